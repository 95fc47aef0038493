/**
 * Quote extractor: inputs that hold no quotation (or fewer than a naive reader would see):
 * scare quotes, titles and names in quotes, apostrophes, inch and foot marks, verbs that
 * look like speech but report none.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

type Row = [lang: 'id' | 'en', input: string];

function quoteTexts(lang: 'id' | 'en', input: string): string[] {
  return analyze(input, { lang, only: ['quotes'] }).quotes!.map((q) => `${q.kind}: ${q.text}`);
}

const SCARE_QUOTES_AND_TITLES: Row[] = [
  ['id', 'Pemerintah Kota Makassar memperluas program "Kota Cerdas" ke 15 kecamatan.'],
  ['id', 'Warga dapat memakai aplikasi "Makassar Dalam Genggaman" untuk melapor.'],
  ['id', 'Pertamina memperluas program “Subsidi Tepat” bagi pembeli Pertalite.'],
  ['id', 'Kebijakan yang disebut "hilirisasi" itu diperluas ke bauksit.'],
  ['id', 'Gerakan "Ayo Makan Ikan Setiap Hari" digelar di sekolah-sekolah.'],
  ['id', 'Film berjudul "Laskar Pelangi di Tanah Belitung" diputar ulang pekan ini.'],
  ['id', 'Istilah "orang dalam" kerap dipakai warganet untuk menyindir.'],
  ['id', 'Festival "Jakarta Fair" dibuka pada Juni.'],
  ['en', 'The campaign will lean heavily on the film "Blue Lagoon," a romantic drama shot on Koh Phi Phi.'],
  ['en', 'Remote workers can use a so-called "digital nomad" visa introduced in July.'],
  ['en', 'The so-called “chip war” between Washington and Beijing has made such projects a matter of security.'],
  ['en', 'The government plans to sell so-called "green bonds" worth up to Rp 15 trillion.'],
  ['en', 'He read the novel titled "The Old Man and the Sea" in one night.'],
  ['en', 'Fans queued for "The Lord of the Rings" at the cinema.'],
  ['en', 'The policy, known locally as "hilirisasi", has drawn investment.'],
  ['en', 'The plan, dubbed "zero waste by the year 2030", was shelved.'],
  ['en', 'Critics call it "OK" at best.'],
];

const APOSTROPHES_AND_INCHES: Row[] = [
  ['en', "Silverline’s chief executive visited the plant and the investors' meeting."],
  ['en', "Rock 'n' roll fans don't agree on the '90s."],
  ['en', 'The company sells a 55" TV and a 65" TV at the same price.'],
  ['en', 'He is 5\'10" tall and weighs 80 kg.'],
  ['en', "The workers' union and the farmers' group met on Monday."],
  ['id', "Jum'at lalu warga Ma'ruf Amin berkumpul di masjid."],
  ['id', 'Layar 32" itu dijual Rp 2 juta.'],
];

const NOT_SPEECH: Row[] = [
  ['id', 'Pemerintah memastikan bonus bagi atlet cair sebelum akhir Januari.'],
  ['id', 'Data Badan Pusat Statistik menunjukkan produksi bawang merah mencapai 565.000 ton.'],
  ['id', 'Budi mendorong kerja sama kedua negara mencakup teknologi terkini.'],
  ['id', 'Warga yang mengatakan hal itu tidak hadir dalam rapat.'],
  ['id', 'Sebanyak 1,5 juta orang bekerja di sektor perkebunan pada 2022.'],
  ['en', 'Officials hope to make up the difference with travelers from India.'],
  ['en', 'The acquisition requires approval from regulators and is expected to close in the third quarter.'],
  ['en', 'China’s crude imports fell 8.7 percent in May, customs data showed.'],
  ['en', 'The expected rate of growth is 5 percent this year.'],
  ['en', 'He was told to leave the building by the police.'],
  ['en', 'The United States produced record amounts of oil last year.'],
  ['en', 'Silverline shares rose 3.4% to $118.45 in afternoon trading on the Nasdaq.'],
  ['en', 'That said, the economy is growing faster than most forecasters expected.'],
  ['en', 'Smith has not said whether the plan will go ahead this year.'],
  ['id', 'Ia tidak menyebutkan jumlah korban dalam kecelakaan itu kemarin.'],
];

describe('quotes: scare quotes and titles are not quotations', () => {
  it.each(SCARE_QUOTES_AND_TITLES)('%s: %s', (lang, input) => {
    expect(quoteTexts(lang, input)).toEqual([]);
  });
});

describe('quotes: apostrophes and inch marks open no quotation', () => {
  it.each(APOSTROPHES_AND_INCHES)('%s: %s', (lang, input) => {
    expect(quoteTexts(lang, input)).toEqual([]);
  });
});

describe('quotes: verbs that report no speech', () => {
  it.each(NOT_SPEECH)('%s: %s', (lang, input) => {
    expect(quoteTexts(lang, input)).toEqual([]);
  });
});

describe('quotes: a short quotation with a speech cue is kept', () => {
  it.each<[Row[0], string, string]>([
    ['id', '"Siap," kata Budi Santoso.', 'direct: Siap'],
    ['en', '"No comment," said John Smith.', 'direct: No comment'],
    ['en', 'John Smith said: "Never."', 'direct: Never.'],
  ])('%s: %s', (lang, input, want) => {
    expect(quoteTexts(lang, input)).toEqual([want]);
  });

  it('keeps the sentence around a scare quote as reported speech', () => {
    expect(quoteTexts('en', 'Sri Mulyani Indrawati said the government would sell so-called "green bonds" next year.')).toEqual([
      'indirect: the government would sell so-called "green bonds" next year',
    ]);
  });

  it('keeps an inch mark inside a quotation', () => {
    expect(quoteTexts('en', '"We sold every 55-inch set in the shop by noon," said John Smith.')).toEqual([
      'direct: We sold every 55-inch set in the shop by noon',
    ]);
  });
});
