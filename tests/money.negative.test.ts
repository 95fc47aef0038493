/**
 * Money negative cases: sentences with numbers, scale words and even currency names that
 * hold no amount of money. Each must give `money: []`.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const money = (lang: 'id' | 'en', text: string) => analyze(text, { lang, only: ['money'] }).money;

const id: string[] = [
  // counts and percentages
  '1,5 juta orang terdampak banjir.',
  'Penduduknya 270 juta jiwa.',
  'Sebanyak 4,5 miliar orang menonton.',
  'Investor membukukan volume 6,31 miliar saham.',
  'Inflasi tahunan mencapai 8,2 persen.',
  'Pertumbuhan ekonomi 5,05 % pada kuartal ini.',
  'Rupiah melemah 50 poin.',
  'Indeks naik 1.234,56 poin.',
  'Sebanyak 5.000 mitra bergabung.',
  'Ada 33 tas berisi pecahan mata uang rupiah dan asing.',
  // years and dates
  'Pada 2022 ekspor naik.',
  'Indonesia merdeka pada 17 Agustus 1945.',
  'Rapat digelar 12/03/2024 di Jakarta.',
  'Kontrak berlaku 2019-2024.',
  'Undang-Undang Nomor 12 Tahun 2020 tentang Cipta Kerja.',
  'Liga 1 tahun 2017 dan denda Rp .',
  'Sepanjang 2018 rupiah melemah terhadap dolar AS.',
  'Pada 2020 dolar AS menguat.',
  'Tim itu dikenakan sanksi denda Rp . Persija juga.',
  // phone numbers, scores, times
  'Hubungi 0812-3456-7890 untuk informasi.',
  'Kantor kami di (021) 555-1234.',
  'Skor akhir 2-1 untuk tuan rumah.',
  'Persib menang 3 - 0 atas Persija.',
  'Acara dimulai pukul 10.30 WIB.',
  'Jam operasional 17.00-19.00.',
  // measurements
  'Jaraknya 12,5 km dari pusat kota.',
  'Beratnya 3 kg.',
  'Kebun sawit seluas 8000 ha.',
  'Suhu mencapai 35 derajat.',
  'Rumah itu 2 lantai dan 5 M lebarnya.',
  // versions, names, codes
  'Versi 2.0 dirilis pekan lalu.',
  'PHP 8.2 dirilis bulan lalu.',
  'Perusahaan 3M melaporkan laba.',
  'Pertandingan Euro 2024 digelar di Jerman.',
  'Ia tinggal di RT 05 RW 03.',
  'Pasal 5 ayat 2 mengatur hal itu.',
  // currency names without an amount
  'Mata uang dolar AS menguat terhadap rupiah.',
  'Cook menghasilkan miliaran dolar keuntungan untuk Apple.',
  'Dana itu diberikan dalam bentuk dolar AS .',
  // "dong" is a particle in Indonesian, not the Vietnamese currency
  'Tambah satu dong , kata dia.',
  // "dua-tiga" is "two or three", no sum
  'Dua-tiga rupiah pun tak ada.',
];

const en: string[] = [
  '4.5 billion people live in Asia.',
  'The city has 2 million users.',
  'There are 1.4 billion Chinese citizens.',
  'Inflation hit 8.2 percent.',
  'Inflation hit 8.2%.',
  'Output fell to 4 million barrels a day.',
  'In 2022 exports rose.',
  'In 2020 dollar debt grew.',
  'The vote is on March 3, 2024.',
  'Exports grew in the 1990s.',
  'Call 555-123-4567 for details.',
  'Reach us at +1 (202) 555-0143.',
  'Liverpool won 3-1 at home.',
  'South Korea won 2 gold medals.',
  'The court ruled 5-4.',
  'The meeting starts at 10:30 a.m.',
  'The track is 5 km long.',
  'The wall is 12 m high.',
  'The baby weighed 3.5 kg.',
  'Install version 2.1.3 now.',
  'Apple released iOS 17.2.',
  'Python 3.11 is faster.',
  'The Boeing 737 MAX was grounded.',
  'The firm filed for Chapter 11.',
  'The S&P 500 index fell.',
  'COVID-19 cases rose.',
  'The G20 met in Bali.',
  'The dollar rose against the yen.',
  'The firm issued dollar-denominated bonds.',
  'They sold rupiah-denominated debt.',
  'He bought a pound of beef.',
  'Press the $ key.',
  'She is one of the three finalists.',
  'A top 10 list was published.',
];

describe('no money (id)', () => {
  it.each(id)('%s', (text) => expect(money('id', text)).toEqual([]));
});

describe('no money (en)', () => {
  it.each(en)('%s', (text) => expect(money('en', text)).toEqual([]));
});

describe('known gaps', () => {
  // "pounds" is both a currency and a weight; with digits and no context we read GBP.
  it.fails('en: "5 pounds of flour" is a weight', () => expect(money('en', 'Add 5 pounds of flour.')).toEqual([]));
});
