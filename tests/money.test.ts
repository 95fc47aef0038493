/**
 * Money extractor: table tests, input sentence -> every amount it holds, in order.
 * Each row is checked strictly: the span, currency, value or range, qualifier, `per` unit,
 * equivalence link and implied rate must all be as written (absent means absent).
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Money } from '../src/index.js';

type LangCode = 'id' | 'en';

interface Want {
  text: string;
  currency: string;
  value?: string;
  range?: [string, string];
  qualifier?: Money['qualifier'];
  per?: string;
  /** Index (0-based) of the amount this one is stated to equal. */
  eq?: number;
  /** Implied rate as "value CUR/PER", e.g. "15597.56 IDR/USD". */
  rate?: string;
  outlier?: true;
}

interface Row {
  lang: LangCode;
  input: string;
  want: Want[];
}

type Extra = Omit<Want, 'text' | 'currency' | 'value' | 'range'>;
const m = (text: string, currency: string, value: string, extra: Extra = {}): Want => ({ text, currency, value, ...extra });
const r = (text: string, currency: string, min: string, max: string, extra: Extra = {}): Want => ({
  text,
  currency,
  range: [min, max],
  ...extra,
});
/** Two amounts stated to be equal: "X atau setara Y". */
const pair = (a: Want, b: Want, rate: string): Want[] => [
  { ...a, eq: 1, rate },
  { ...b, eq: 0, rate },
];

function check(row: Row): void {
  const money = analyze(row.input, { lang: row.lang, only: ['money'] }).money ?? [];
  const got = money.map((a) => {
    const out: Want = { text: a.text, currency: a.currency };
    if (a.value !== undefined) out.value = a.value;
    if (a.range) out.range = [a.range.min, a.range.max];
    if (a.qualifier) out.qualifier = a.qualifier;
    if (a.per) out.per = a.per;
    if (a.equivalentTo) out.eq = money.findIndex((b) => b.id === a.equivalentTo);
    if (a.impliedRate) out.rate = `${a.impliedRate.value} ${a.impliedRate.currency}/${a.impliedRate.per}`;
    if (a.rateOutlier) out.outlier = true;
    expect(row.input.slice(a.start, a.end)).toBe(a.text);
    expect(a.approximate).toBe(a.qualifier === 'approximately');
    return out;
  });
  expect(got).toEqual(row.want);
}

const id = (input: string, ...want: Want[]): Row => ({ lang: 'id', input, want });
const en = (input: string, ...want: Want[]): Row => ({ lang: 'en', input, want });

// ---------------------------------------------------------------------------------------
// Indonesian
// ---------------------------------------------------------------------------------------

const idCurrencies: Row[] = [
  id('Harga tiketnya Rp500.', m('Rp500', 'IDR', '500')),
  id('Tarifnya Rp 500 saja.', m('Rp 500', 'IDR', '500')),
  id('Dijual seharga Rp. 25.000 di pasar.', m('Rp. 25.000', 'IDR', '25000')),
  id('Harganya RP 10.000 per bungkus.', m('RP 10.000', 'IDR', '10000', { per: 'bungkus' })),
  id('Dana IDR 5 juta dicairkan.', m('IDR 5 juta', 'IDR', '5000000')),
  id('Koin 500 rupiah masih berlaku.', m('500 rupiah', 'IDR', '500')),
  id('Gajinya Rp 5.000.000,- per bulan.', m('Rp 5.000.000,-', 'IDR', '5000000', { per: 'bulan' })),
  id('Nilai ekspor mencapai 8,2 miliar dolar AS.', m('8,2 miliar dolar AS', 'USD', '8200000000')),
  id('Investasi 5 juta dollar AS masuk tahun ini.', m('5 juta dollar AS', 'USD', '5000000')),
  id('Utang 10 juta dolar Amerika Serikat jatuh tempo.', m('10 juta dolar Amerika Serikat', 'USD', '10000000')),
  id('Bantuan 3 juta dolar Amerika tiba.', m('3 juta dolar Amerika', 'USD', '3000000')),
  id('Kontrak US$ 1,2 juta diteken.', m('US$ 1,2 juta', 'USD', '1200000')),
  id('Nilainya US$1,7 miliar.', m('US$1,7 miliar', 'USD', '1700000000')),
  id('Pinjaman USD 250 ribu disetujui.', m('USD 250 ribu', 'USD', '250000')),
  id('Saham senilai $ 1.4 miliar dilepas.', m('$ 1.4 miliar', 'USD', '1400000000')),
  id('Apple membayar 200.000 dolar AS kepada peneliti.', m('200.000 dolar AS', 'USD', '200000')),
  id('Perusahaan itu mengeluarkan 1 miliar dolar selama lima tahun.', m('1 miliar dolar', 'USD', '1000000000')),
  id('Totalnya 5 juta USD.', m('5 juta USD', 'USD', '5000000')),
  id('Harganya 5$ saja.', m('5$', 'USD', '5')),
  id('Transfer 40 juta euro disepakati.', m('40 juta euro', 'EUR', '40000000')),
  id('Denda EUR 2 miliar dijatuhkan.', m('EUR 2 miliar', 'EUR', '2000000000')),
  id('Harganya €15 per potong.', m('€15', 'EUR', '15', { per: 'potong' })),
  id('Klub membayar 70 juta poundsterling.', m('70 juta poundsterling', 'GBP', '70000000')),
  id('Biaya £ 23,000 sudah dibayar.', m('£ 23,000', 'GBP', '23000')),
  id('Penjualan 95 juta pounds disepakati.', m('95 juta pounds', 'GBP', '95000000')),
  id('Nilainya GBP 3 juta.', m('GBP 3 juta', 'GBP', '3000000')),
  id('Harganya 200.000 yen.', m('200.000 yen', 'JPY', '200000')),
  id('Pinjaman ¥ 500 miliar dikucurkan.', m('¥ 500 miliar', 'JPY', '500000000000')),
  id('Hibah 10 miliar yen Jepang diterima.', m('10 miliar yen Jepang', 'JPY', '10000000000')),
  id('Proyek itu bernilai 950 juta yuan.', m('950 juta yuan', 'CNY', '950000000')),
  id('Investasi 10 miliar renminbi ditanam.', m('10 miliar renminbi', 'CNY', '10000000000')),
  id('Dana RMB 5 juta disalurkan.', m('RMB 5 juta', 'CNY', '5000000')),
  id('Nilai kontrak CNY 300 juta.', m('CNY 300 juta', 'CNY', '300000000')),
  id('Gajinya 750 dolar Singapura sebulan.', m('750 dolar Singapura', 'SGD', '750')),
  id('Hadiah S$ 10 juta diperebutkan.', m('S$ 10 juta', 'SGD', '10000000')),
  id('Sewanya SGD 40 ribu.', m('SGD 40 ribu', 'SGD', '40000')),
  id('Dana A$ 2 miliar disiapkan.', m('A$ 2 miliar', 'AUD', '2000000000')),
  id('Bantuan 5 juta dolar Australia diberikan.', m('5 juta dolar Australia', 'AUD', '5000000')),
  id('Biaya kuliah AUD 100 per jam.', m('AUD 100', 'AUD', '100', { per: 'jam' })),
  id('Gajinya 1.500 ringgit.', m('1.500 ringgit', 'MYR', '1500')),
  id('Omzetnya RM 50 ribu sebulan.', m('RM 50 ribu', 'MYR', '50000')),
  id('Nilainya 3,2 juta ringgit Malaysia.', m('3,2 juta ringgit Malaysia', 'MYR', '3200000')),
  id('Biaya visa 5.000 riyal.', m('5.000 riyal', 'SAR', '5000')),
  id('Dendanya SAR 1.000.', m('SAR 1.000', 'SAR', '1000')),
  id('Tarif 750 riyal Saudi dikenakan.', m('750 riyal Saudi', 'SAR', '750')),
  id('Nilai ekspornya telah mencapai 885 juta won.', m('885 juta won', 'KRW', '885000000')),
  id('Investasi KRW 500 miliar masuk.', m('KRW 500 miliar', 'KRW', '500000000000')),
  id('Harganya ₩ 10.000.', m('₩ 10.000', 'KRW', '10000')),
  id('Dana HK$ 20 juta dibekukan.', m('HK$ 20 juta', 'HKD', '20000000')),
  id('Obligasi HKD 1 miliar diterbitkan.', m('HKD 1 miliar', 'HKD', '1000000000')),
  id('Sumbangan 5 juta dolar Hong Kong terkumpul.', m('5 juta dolar Hong Kong', 'HKD', '5000000')),
  id('Gajinya 10.000 rupee sebulan.', m('10.000 rupee', 'INR', '10000')),
  id('Tiketnya ₹ 500 saja.', m('₹ 500', 'INR', '500')),
  id('Investasi INR 2 miliar disetujui.', m('INR 2 miliar', 'INR', '2000000000')),
  id('Proyek 6 miliar baht dibatalkan.', m('6 miliar baht', 'THB', '6000000000')),
  id('Harganya 1 juta dong Vietnam.', m('1 juta dong Vietnam', 'VND', '1000000')),
];

const idNumbers: Row[] = [
  id('Saldo akhirnya Rp 1.234.567,89.', m('Rp 1.234.567,89', 'IDR', '1234567.89')),
  id('Donasi telah mencapai Rp 421.345.935 dari 363 donatur.', m('Rp 421.345.935', 'IDR', '421345935')),
  id('Harga saham Rp 1.114 per saham.', m('Rp 1.114', 'IDR', '1114', { per: 'saham' })),
  id('Bantuan Rp 2,5 juta diberikan.', m('Rp 2,5 juta', 'IDR', '2500000')),
  id('Anggaran Rp 0,5 triliun dialokasikan.', m('Rp 0,5 triliun', 'IDR', '500000000000')),
  id('Nilainya Rp 127.9 triliun.', m('Rp 127.9 triliun', 'IDR', '127900000000000')),
  id('Dana yang disetor Rp 14,650 miliar.', m('Rp 14,650 miliar', 'IDR', '14650000000')),
  id('Modalnya Rp 1.500 miliar.', m('Rp 1.500 miliar', 'IDR', '1500000000000')),
  id('UMK Subang Rp 2.52 juta .', m('Rp 2.52 juta', 'IDR', '2520000')),
  id('Ponsel itu dijual US$ 5,503 di AS.', m('US$ 5,503', 'USD', '5503')),
  id('Smartphone ini dibanderol Rp 3.999.000 , dengan pilihan warna.', m('Rp 3.999.000', 'IDR', '3999000')),
  id('Harga Rp 12.700 berlaku.', m('Rp 12.700', 'IDR', '12700')),
  id('Harganya 2000 rupiah per bungkus.', m('2000 rupiah', 'IDR', '2000', { per: 'bungkus' })),
  id('Tiketnya Rp 10.000,00.', m('Rp 10.000,00', 'IDR', '10000')),
  id('Ditulis Rp 1,234,567 di kuitansi.', m('Rp 1,234,567', 'IDR', '1234567')),
  id('Harganya Rp 5 ribu.', m('Rp 5 ribu', 'IDR', '5000')),
  id('Parkir Rp5rb sekali masuk.', m('Rp5rb', 'IDR', '5000')),
  id('Gajinya Rp 10 jt.', m('Rp 10 jt', 'IDR', '10000000')),
  id('Motor itu dijual Rp 25jt saja.', m('Rp 25jt', 'IDR', '25000000')),
  id('Proyek Rp 4 milyar mangkrak.', m('Rp 4 milyar', 'IDR', '4000000000')),
  id('Kerugian Rp 3 M tercatat.', m('Rp 3 M', 'IDR', '3000000000')),
  id('Omzet Rp1,5M per tahun.', m('Rp1,5M', 'IDR', '1500000000', { per: 'tahun' })),
  id('Utang Rp 7 trilyun belum dibayar.', m('Rp 7 trilyun', 'IDR', '7000000000000')),
  id('Belanja Rp 1,2 T disetujui.', m('Rp 1,2 T', 'IDR', '1200000000000')),
  id('Aset Rp 2,07 kuadriliun dikelola.', m('Rp 2,07 kuadriliun', 'IDR', '2070000000000000')),
  id('Hadiah Rp 500 Juta untuk juara.', m('Rp 500 Juta', 'IDR', '500000000')),
  id('Kerugian negara Rp 2,3 Triliun .', m('Rp 2,3 Triliun', 'IDR', '2300000000000')),
  id('Harganya Rp 130 ribuan .', m('Rp 130 ribuan', 'IDR', '130000')),
  id('Biayanya Rp 2.7 jutaan .', m('Rp 2.7 jutaan', 'IDR', '2700000')),
  id('Sewa Rp 5 ratus ribu sebulan.', m('Rp 5 ratus ribu', 'IDR', '500000')),
  id('Pinjaman US$ 5 miliar disetujui.', m('US$ 5 miliar', 'USD', '5000000000')),
  id('Selisihnya Rp 4,46 miliar', m('Rp 4,46 miliar', 'IDR', '4460000000')),
  id('Uang Rp 15 juta , uang USD 2.400 , dan enam ponsel disita.', m('Rp 15 juta', 'IDR', '15000000'), m('USD 2.400', 'USD', '2400')),
];

const idWords: Row[] = [
  id('Investasi satu triliun rupiah disiapkan.', m('satu triliun rupiah', 'IDR', '1000000000000')),
  id('Hadiahnya setengah juta rupiah.', m('setengah juta rupiah', 'IDR', '500000')),
  id('Nilainya dua miliar dolar AS.', m('dua miliar dolar AS', 'USD', '2000000000')),
  id('Tiketnya sepuluh ribu rupiah.', m('sepuluh ribu rupiah', 'IDR', '10000')),
  id('Harganya seribu rupiah saja.', m('seribu rupiah', 'IDR', '1000')),
  id('Ia meminjam sejuta rupiah.', m('sejuta rupiah', 'IDR', '1000000')),
  id('Dana seratus juta rupiah disalurkan.', m('seratus juta rupiah', 'IDR', '100000000')),
  id('Biayanya lima ratus ribu rupiah.', m('lima ratus ribu rupiah', 'IDR', '500000')),
  id('Hadiah dua puluh lima juta rupiah.', m('dua puluh lima juta rupiah', 'IDR', '25000000')),
  id('Tiket lima belas ribu rupiah.', m('lima belas ribu rupiah', 'IDR', '15000')),
  id('Proyek satu setengah miliar rupiah.', m('satu setengah miliar rupiah', 'IDR', '1500000000')),
  id('Dana tiga ratus lima puluh juta rupiah cair.', m('tiga ratus lima puluh juta rupiah', 'IDR', '350000000')),
  id('Gajinya seratus lima puluh ribu rupiah.', m('seratus lima puluh ribu rupiah', 'IDR', '150000')),
  id('Bantuan dua belas juta rupiah.', m('dua belas juta rupiah', 'IDR', '12000000')),
  id('Nilainya sembilan puluh sembilan juta rupiah.', m('sembilan puluh sembilan juta rupiah', 'IDR', '99000000')),
];

const idRanges: Row[] = [
  id('Proyek itu butuh Rp 10-15 miliar.', r('Rp 10-15 miliar', 'IDR', '10000000000', '15000000000')),
  id('Harganya Rp 18 - 20ribu.', r('Rp 18 - 20ribu', 'IDR', '18000', '20000')),
  id('Gajinya antara Rp 2 juta dan Rp 3 juta.', r('Rp 2 juta dan Rp 3 juta', 'IDR', '2000000', '3000000')),
  id('Bonusnya Rp 100 juta hingga Rp 200 juta.', r('Rp 100 juta hingga Rp 200 juta', 'IDR', '100000000', '200000000')),
  id('Dendanya Rp 5 juta sampai Rp 10 juta.', r('Rp 5 juta sampai Rp 10 juta', 'IDR', '5000000', '10000000')),
  id('Investasinya Rp 1,5-2 triliun.', r('Rp 1,5-2 triliun', 'IDR', '1500000000000', '2000000000000')),
  id('Harganya Rp 500 ribu - Rp 1 juta.', r('Rp 500 ribu - Rp 1 juta', 'IDR', '500000', '1000000')),
  id('Tarifnya Rp 900 ribu-1,2 juta.', r('Rp 900 ribu-1,2 juta', 'IDR', '900000', '1200000')),
  id('Bisa dapat harga Rp 50 ribu sampai 80 ribu padahal baru.', r('Rp 50 ribu sampai 80 ribu', 'IDR', '50000', '80000')),
  id('Harga yang ditawarkan mulai dari Rp 280 sampai Rp 300 per lembar saham .',
    r('Rp 280 sampai Rp 300', 'IDR', '280', '300', { per: 'lembar' })),
  id('Valuasinya antara 20 miliar hingga 25 miliar dolar , kata dia.',
    r('20 miliar hingga 25 miliar dolar', 'USD', '20000000000', '25000000000')),
  id('Biayanya antara 2 dan 3 juta rupiah.', r('2 dan 3 juta rupiah', 'IDR', '2000000', '3000000')),
  id('Pagu Rp 10 s.d. 15 juta per paket.', r('Rp 10 s.d. 15 juta', 'IDR', '10000000', '15000000', { per: 'paket' })),
  id('Nilainya Rp1,5 triliun-Rp2 triliun.', r('Rp1,5 triliun-Rp2 triliun', 'IDR', '1500000000000', '2000000000000')),
  id('Dana US$ 5-7 juta dibutuhkan.', r('US$ 5-7 juta', 'USD', '5000000', '7000000')),
  id('Penari dibayar Rp 700 ribu hingga Rp 1 juta , ujarnya.', r('Rp 700 ribu hingga Rp 1 juta', 'IDR', '700000', '1000000')),
  id('Omzetnya Rp 42 miliar sampai Rp 45 miliar .', r('Rp 42 miliar sampai Rp 45 miliar', 'IDR', '42000000000', '45000000000')),
  id('Biaya kos berkisar antara Rp 1,5 juta hingga Rp 2 juta .',
    r('Rp 1,5 juta hingga Rp 2 juta', 'IDR', '1500000', '2000000')),
  id('Harga naik dari Rp 5.000 menjadi Rp 7.000.', m('Rp 5.000', 'IDR', '5000'), m('Rp 7.000', 'IDR', '7000')),
  id('Harga turun dari Rp 7.000 ke Rp 5.000.', m('Rp 7.000', 'IDR', '7000'), m('Rp 5.000', 'IDR', '5000')),
  id('Harganya Rp 10,5 juta dan Rp 12 juta.', m('Rp 10,5 juta', 'IDR', '10500000'), m('Rp 12 juta', 'IDR', '12000000')),
  id('Upahnya Rp 3,56 juta , Kabupaten Bogor Rp 3,48 juta .',
    m('Rp 3,56 juta', 'IDR', '3560000'), m('Rp 3,48 juta', 'IDR', '3480000')),
];

const idQualifiers: Row[] = [
  id('Negara berhemat sekitar Rp 102 miliar .', m('Rp 102 miliar', 'IDR', '102000000000', { qualifier: 'approximately' })),
  id('Modalnya hampir Rp 1 triliun.', m('Rp 1 triliun', 'IDR', '1000000000000', { qualifier: 'approximately' })),
  id('Pada 2021 dapat mencapai lebih dari Rp 30 miliar .', m('Rp 30 miliar', 'IDR', '30000000000', { qualifier: 'more than' })),
  id('Berikan Nafkah Lebih dari Rp 8 Juta', m('Rp 8 Juta', 'IDR', '8000000', { qualifier: 'more than' })),
  id('Pinjaman kurang dari Rp 10 juta tanpa agunan.', m('Rp 10 juta', 'IDR', '10000000', { qualifier: 'less than' })),
  id('Kerugian sedikitnya Rp 5 miliar.', m('Rp 5 miliar', 'IDR', '5000000000', { qualifier: 'at least' })),
  id('Denda paling banyak Rp 1 miliar .', m('Rp 1 miliar', 'IDR', '1000000000', { qualifier: 'at most' })),
  id('Dana kampanye minimal Rp 350 juta .', m('Rp 350 juta', 'IDR', '350000000', { qualifier: 'at least' })),
  id('Denda maksimal Rp 3 miliar , ucapnya.', m('Rp 3 miliar', 'IDR', '3000000000', { qualifier: 'at most' })),
  id('Untuk pinjaman di bawah Rp 100 juta , tanpa agunan.', m('Rp 100 juta', 'IDR', '100000000', { qualifier: 'less than' })),
  id('Modal tak lebih dari Rp 10 juta cukup.', m('Rp 10 juta', 'IDR', '10000000', { qualifier: 'at most' })),
  id('Biayanya kurang lebih Rp 2 juta.', m('Rp 2 juta', 'IDR', '2000000', { qualifier: 'approximately' })),
  id('Nilainya sekira Rp 5 juta.', m('Rp 5 juta', 'IDR', '5000000', { qualifier: 'approximately' })),
  id('Denda paling kecil Rp 150 juta dan paling banyak Rp 750 juta .',
    m('Rp 150 juta', 'IDR', '150000000', { qualifier: 'at least' }),
    m('Rp 750 juta', 'IDR', '750000000', { qualifier: 'at most' })),
  id('Kasus itu merugikan negara hingga Rp 2,3 triliun .', m('Rp 2,3 triliun', 'IDR', '2300000000000', { qualifier: 'up to' })),
  id('Harga bawang anjlok hingga Rp 12.000 per kilogram .', m('Rp 12.000', 'IDR', '12000', { per: 'kilogram' })),
  id('Omzet dengan peredaran bruto sampai dengan Rp 4,8 miliar .', m('Rp 4,8 miliar', 'IDR', '4800000000', { qualifier: 'up to' })),
  id('Hibah Rp 5 juta sampai dengan Rp 10 juta per desa.', r('Rp 5 juta sampai dengan Rp 10 juta', 'IDR', '5000000', '10000000', { per: 'desa' })),
  id('Upah di kisaran Rp 2,68 juta .', m('Rp 2,68 juta', 'IDR', '2680000', { qualifier: 'approximately' })),
  id('Ia mendapat hampir satu miliar rupiah.', m('satu miliar rupiah', 'IDR', '1000000000', { qualifier: 'approximately' })),
];

const idRates: Row[] = [
  id('Solar dijual Rp 6.500 per liter.', m('Rp 6.500', 'IDR', '6500', { per: 'liter' })),
  id('Bawang merah dijual Rp 22 ribu/kg.', m('Rp 22 ribu', 'IDR', '22000', { per: 'kg' })),
  id('Turun dari Rp 40 ribu / kg sebulan lalu.', m('Rp 40 ribu', 'IDR', '40000', { per: 'kg' })),
  id('Tiket dipatok Rp 750 ribu per penumpang .', m('Rp 750 ribu', 'IDR', '750000', { per: 'penumpang' })),
  id('Petugas meminta Rp 10.000 per pekan .', m('Rp 10.000', 'IDR', '10000', { per: 'pekan' })),
  id('Cicilannya Rp 5 juta setiap bulan.', m('Rp 5 juta', 'IDR', '5000000', { per: 'bulan' })),
  id('WTI menguat menjadi 45,79 dolar AS per barel .', m('45,79 dolar AS', 'USD', '45.79', { per: 'barel' })),
  id('Minyak naik 50 sen menjadi 80,5 dolar AS per barel.', m('50 sen', 'USD', '0.5'), m('80,5 dolar AS', 'USD', '80.5', { per: 'barel' })),
  id('Tiket masuk Rp 200 ribu per orang .', m('Rp 200 ribu', 'IDR', '200000', { per: 'orang' })),
  id('Makan siang Rp 15.000/orang.', m('Rp 15.000', 'IDR', '15000', { per: 'orang' })),
  id('Sewa lahan Rp 3 juta per hektare per tahun.', m('Rp 3 juta', 'IDR', '3000000', { per: 'hektare' })),
  id('Saham baru dijual dengan harga Rp 20 per lembar .', m('Rp 20', 'IDR', '20', { per: 'lembar' })),
  id('Rupiah menguat 32 poin menjadi Rp 13.083 per dolar AS .', m('Rp 13.083', 'IDR', '13083', { per: 'dolar AS' })),
  id('Fee Rp 200 ribu tiap satu jemaah.', m('Rp 200 ribu', 'IDR', '200000')),
];

const idTokenized: Row[] = [
  id('nilai asetnya Rp 2,07 kuadriliun ) .', m('Rp 2,07 kuadriliun', 'IDR', '2070000000000000')),
  id('nilai kontrak mencapai Rp 144 , 34 triliun yang terdiri dari', m('Rp 144 , 34 triliun', 'IDR', '144340000000000')),
  id('Kota Depok Rp 3 , 58 juta , Kota Bekasi', m('Rp 3 , 58 juta', 'IDR', '3580000')),
  id('tahu telur saja dihargai Rp 20 ribu , saya menjual', m('Rp 20 ribu', 'IDR', '20000')),
  id('harga Rp 15 ribu , ” kata dia .', m('Rp 15 ribu', 'IDR', '15000')),
  id('ekspor CPO senilai 2,45 miliar dolar AS .', m('2,45 miliar dolar AS', 'USD', '2450000000')),
  id('Lalu diminta membayar sebesar Rp 200.000 , dan diminta kembali', m('Rp 200.000', 'IDR', '200000')),
  // The document's own "$2.50" settles the three decimals of "$50.875".
  id('Georgia-Pacific turun $2.50 per lembar saham , menjadi $50.875 .',
    m('$2.50', 'USD', '2.5', { per: 'lembar' }), m('$50.875', 'USD', '50.875')),
  id('Ponselnya dijual $ 999 dan $ 1.149 .', m('$ 999', 'USD', '999'), m('$ 1.149', 'USD', '1149')),
];

const idEquivalences: Row[] = [
  id('Nilai ekspor 8,2 miliar dolar AS atau setara Rp 127,9 triliun.',
    ...pair(m('8,2 miliar dolar AS', 'USD', '8200000000'), m('Rp 127,9 triliun', 'IDR', '127900000000000'), '15597.56 IDR/USD')),
  id('Juventus menggelontorkan dana 90 juta euro ( sekitar Rp 1,28 triliun ) sekaligus.',
    ...pair(m('90 juta euro', 'EUR', '90000000'), m('Rp 1,28 triliun', 'IDR', '1280000000000', { qualifier: 'approximately' }), '14222.22 IDR/EUR')),
  id('Pasar terus meningkat hingga US$ 41 miliar ( Rp 545 triliun ) pada 2030 .',
    ...pair(m('US$ 41 miliar', 'USD', '41000000000'), m('Rp 545 triliun', 'IDR', '545000000000000'), '13292.68 IDR/USD')),
  id('Ia akan mendapat gaji 50 juta euro atau setara dengan Rp 800 miliar .',
    ...pair(m('50 juta euro', 'EUR', '50000000'), m('Rp 800 miliar', 'IDR', '800000000000'), '16000 IDR/EUR')),
  id('Gajinya 1.500 ringgit ( Rp 5,4 juta ) sebulan.',
    ...pair(m('1.500 ringgit', 'MYR', '1500'), m('Rp 5,4 juta', 'IDR', '5400000'), '3600 IDR/MYR')),
  id('Upahnya 200.000 yen (Rp 21 juta).',
    ...pair(m('200.000 yen', 'JPY', '200000'), m('Rp 21 juta', 'IDR', '21000000'), '105 IDR/JPY')),
  id('Gajinya mencapai 236 Poundsterling atau setara Rp 3,9 juta .',
    ...pair(m('236 Poundsterling', 'GBP', '236'), m('Rp 3,9 juta', 'IDR', '3900000'), '16525.42 IDR/GBP')),
  id('Dana US$ 150 juta ( atau senilai lebih dari Rp 2 triliun ) .',
    ...pair(m('US$ 150 juta', 'USD', '150000000'), m('Rp 2 triliun', 'IDR', '2000000000000', { qualifier: 'more than' }), '13333.33 IDR/USD')),
  id('Tahap pertama ini adalah US$ 4 miliar , atau Rp 53,2 triliun , dengan 62 persen',
    ...pair(m('US$ 4 miliar', 'USD', '4000000000'), m('Rp 53,2 triliun', 'IDR', '53200000000000'), '13300 IDR/USD')),
  id('Film itu meraih lebih dari US$ 816 juta atau sekitar Rp 10,8 triliun di seluruh dunia.',
    ...pair(m('US$ 816 juta', 'USD', '816000000', { qualifier: 'more than' }),
      m('Rp 10,8 triliun', 'IDR', '10800000000000', { qualifier: 'approximately' }), '13235.29 IDR/USD')),
  id('Hadiahnya 5.000 euro senilai Rp 86 juta.',
    ...pair(m('5.000 euro', 'EUR', '5000'), m('Rp 86 juta', 'IDR', '86000000'), '17200 IDR/EUR')),
  id('Hadiahnya Rp 86 juta (5.000 euro).',
    ...pair(m('Rp 86 juta', 'IDR', '86000000'), m('5.000 euro', 'EUR', '5000'), '17200 IDR/EUR')),
  id('Ponsel ini dipasarkan dengan harga US$ 5,503 ( Rp 74,5 juta ) .',
    ...pair(m('US$ 5,503', 'USD', '5503'), m('Rp 74,5 juta', 'IDR', '74500000'), '13538.07 IDR/USD')),
  id('Thailand menyiapkan 6 miliar baht ( Rp 2,8 triliun ) untuk proyek itu.',
    ...pair(m('6 miliar baht', 'THB', '6000000000'), m('Rp 2,8 triliun', 'IDR', '2800000000000'), '466.67 IDR/THB')),
  id('Pendaki membayar 11.000 dolar AS ( sekitar Rp 146 juta ) untuk izin.',
    ...pair(m('11.000 dolar AS', 'USD', '11000'), m('Rp 146 juta', 'IDR', '146000000', { qualifier: 'approximately' }), '13272.73 IDR/USD')),
  id('Nepal mendapatkan lebih dari empat juta dolar AS ( sekitar Rp 53 miliar ) tahun ini.',
    ...pair(m('empat juta dolar AS', 'USD', '4000000', { qualifier: 'more than' }),
      m('Rp 53 miliar', 'IDR', '53000000000', { qualifier: 'approximately' }), '13250 IDR/USD')),
  id('Ia menerima bayaran € 550 ribu ( setara Rp 8,7 miliar ) per pekan .',
    ...pair(m('€ 550 ribu', 'EUR', '550000', { per: 'pekan' }), m('Rp 8,7 miliar', 'IDR', '8700000000', { per: 'pekan' }), '15818.18 IDR/EUR')),
  id('Allegri kini dibayar 7 juta euro ( 104,8 miliar rupiah ) per musim.',
    ...pair(m('7 juta euro', 'EUR', '7000000', { per: 'musim' }), m('104,8 miliar rupiah', 'IDR', '104800000000', { per: 'musim' }), '14971.43 IDR/EUR')),
  id('Mereka mengumpulkan US$ 12 juta atau Rp 159,4 miliar untuk korban.',
    ...pair(m('US$ 12 juta', 'USD', '12000000'), m('Rp 159,4 miliar', 'IDR', '159400000000'), '13283.33 IDR/USD')),
  id('Harganya hanya sekitar   US$ 200   atau   Rp 2.7 jutaan .',
    ...pair(m('US$ 200', 'USD', '200', { qualifier: 'approximately' }), m('Rp 2.7 jutaan', 'IDR', '2700000'), '13500 IDR/USD')),
  id('Dana US$ 10 juta ( Rp 150 miliar ) , US$ 20 juta ( Rp 300 miliar ) dan US$ 5 juta ( Rp 7,5 miliar ) .',
    ...pair(m('US$ 10 juta', 'USD', '10000000'), m('Rp 150 miliar', 'IDR', '150000000000'), '15000 IDR/USD'),
    ...pair(m('US$ 20 juta', 'USD', '20000000'), m('Rp 300 miliar', 'IDR', '300000000000'), '15000 IDR/USD').map((w) => ({ ...w, eq: w.eq! + 2 })),
    ...pair(m('US$ 5 juta', 'USD', '5000000', { outlier: true }), m('Rp 7,5 miliar', 'IDR', '7500000000', { outlier: true }), '1500 IDR/USD')
      .map((w) => ({ ...w, eq: w.eq! + 4 }))),
  id('Gajinya Rp 5 juta per bulan ( US$ 350 ) .',
    ...pair(m('Rp 5 juta', 'IDR', '5000000', { per: 'bulan' }), m('US$ 350', 'USD', '350', { per: 'bulan' }), '14285.71 IDR/USD')),
  id('Kurs 1 euro = Rp 17.000 pagi ini.',
    ...pair(m('1 euro', 'EUR', '1'), m('Rp 17.000', 'IDR', '17000'), '17000 IDR/EUR')),
  // The same amount said again in brackets is one amount.
  id('Denda sebesar Rp 500.000,- (lima ratus ribu rupiah) dibayar tunai.', m('Rp 500.000,-', 'IDR', '500000')),
  id('Anggaran Rp 1.000.000.000.000 ( satu triliun rupiah ) disetujui.', m('Rp 1.000.000.000.000', 'IDR', '1000000000000')),
  id('Husni menerima US$ 20 ribu dan Rp 30 juta .', m('US$ 20 ribu', 'USD', '20000'), m('Rp 30 juta', 'IDR', '30000000')),
  id('Harganya Rp 5 juta atau Rp 6 juta.', m('Rp 5 juta', 'IDR', '5000000'), m('Rp 6 juta', 'IDR', '6000000')),
];

// ---------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------

const enCurrencies: Row[] = [
  en('The deal is worth $500.', m('$500', 'USD', '500')),
  en('Tickets cost $ 20 each.', m('$ 20', 'USD', '20')),
  en('Revenue rose to US$1.2 billion last year.', m('US$1.2 billion', 'USD', '1200000000')),
  en('The agency approved a U.S.$5 million grant.', m('U.S.$5 million', 'USD', '5000000')),
  en('The bond raised USD 300 million.', m('USD 300 million', 'USD', '300000000')),
  en('He paid 20 dollars for it.', m('20 dollars', 'USD', '20')),
  en('The fund holds 3 million US dollars.', m('3 million US dollars', 'USD', '3000000')),
  en('The EU pledged €50 million.', m('€50 million', 'EUR', '50000000')),
  en('The fine was EUR 2 billion.', m('EUR 2 billion', 'EUR', '2000000000')),
  en('The club paid 3 million euros.', m('3 million euros', 'EUR', '3000000')),
  en('The project costs £1.2bn.', m('£1.2bn', 'GBP', '1200000000')),
  en('She earns £ 300,000 a year.', m('£ 300,000', 'GBP', '300000', { per: 'year' })),
  en('He sold the house for 10 million pounds.', m('10 million pounds', 'GBP', '10000000')),
  en('The loan is GBP 40m.', m('GBP 40m', 'GBP', '40000000')),
  en('Japan set aside ¥500 billion.', m('¥500 billion', 'JPY', '500000000000')),
  en('The firm lost 2 billion yen.', m('2 billion yen', 'JPY', '2000000000')),
  en('The budget is JPY 1.5 trillion.', m('JPY 1.5 trillion', 'JPY', '1500000000000')),
  en('The plant cost 950 million yuan.', m('950 million yuan', 'CNY', '950000000')),
  en('It raised RMB 5 billion.', m('RMB 5 billion', 'CNY', '5000000000')),
  en('Beijing spent 10 billion renminbi.', m('10 billion renminbi', 'CNY', '10000000000')),
  en('The stake is worth CNY 300m.', m('CNY 300m', 'CNY', '300000000')),
  en('Singapore set aside S$10 million.', m('S$10 million', 'SGD', '10000000')),
  en('The prize is 5 million Singapore dollars.', m('5 million Singapore dollars', 'SGD', '5000000')),
  en('Rent is SGD 40,000 a month.', m('SGD 40,000', 'SGD', '40000', { per: 'month' })),
  en('Canberra pledged A$2 billion.', m('A$2 billion', 'AUD', '2000000000')),
  en('The fee is AU$500.', m('AU$500', 'AUD', '500')),
  en('The grant is 3 million Australian dollars.', m('3 million Australian dollars', 'AUD', '3000000')),
  en('Petronas invested RM50 million.', m('RM50 million', 'MYR', '50000000')),
  en('Workers earn 1,500 ringgit a month.', m('1,500 ringgit', 'MYR', '1500', { per: 'month' })),
  en('Visas cost SAR 1,000.', m('SAR 1,000', 'SAR', '1000')),
  en('Pilgrims paid 5,000 riyals.', m('5,000 riyals', 'SAR', '5000')),
  en('Samsung will spend 500 billion won.', m('500 billion won', 'KRW', '500000000000')),
  en('A meal costs ₩10,000.', m('₩10,000', 'KRW', '10000')),
  en('The IPO raised HK$20 million.', m('HK$20 million', 'HKD', '20000000')),
  en('Donors gave 5 million Hong Kong dollars.', m('5 million Hong Kong dollars', 'HKD', '5000000')),
  en('The scheme costs ₹500 crore.', m('₹500 crore', 'INR', '5000000000')),
  en('Farmers get Rs 2 lakh each.', m('Rs 2 lakh', 'INR', '200000')),
  en('He paid 10,000 rupees.', m('10,000 rupees', 'INR', '10000')),
  en('Infosys spent INR 2 billion.', m('INR 2 billion', 'INR', '2000000000')),
  en('Jakarta allocated Rp 5 trillion.', m('Rp 5 trillion', 'IDR', '5000000000000')),
  en('The bank lent 2 trillion rupiah.', m('2 trillion rupiah', 'IDR', '2000000000000')),
  en('Fuel costs IDR 15,000 a liter.', m('IDR 15,000', 'IDR', '15000', { per: 'liter' })),
  en('Ottawa offered C$3 million.', m('C$3 million', 'CAD', '3000000')),
  en('Wellington spent NZ$1 billion.', m('NZ$1 billion', 'NZD', '1000000000')),
  en('Thailand approved 6 billion baht.', m('6 billion baht', 'THB', '6000000000')),
  en('Nestle paid CHF 200 million.', m('CHF 200 million', 'CHF', '200000000')),
  en('A ticket costs 50 € here.', m('50 €', 'EUR', '50')),
  en('The sum of $5\u00a0million arrived.', m('$5\u00a0million', 'USD', '5000000')),
  en('It raised USD5m.', m('USD5m', 'USD', '5000000')),
];

const enNumbers: Row[] = [
  en('The account held $1,234,567.89.', m('$1,234,567.89', 'USD', '1234567.89')),
  en('A laptop costs $1,500.', m('$1,500', 'USD', '1500')),
  en('Coffee is $2.50 here.', m('$2.50', 'USD', '2.5')),
  en('The app costs $0.99.', m('$0.99', 'USD', '0.99')),
  en('They raised $1.5 million.', m('$1.5 million', 'USD', '1500000')),
  en('Debt reached $1,500 billion.', m('$1,500 billion', 'USD', '1500000000000')),
  en('The EU set aside €1.250 billion.', m('€1.250 billion', 'EUR', '1250000000')),
  en('The stock closed at $12.75 per share.', m('$12.75', 'USD', '12.75', { per: 'share' })),
  en('He won $1,000,000 in the lottery.', m('$1,000,000', 'USD', '1000000')),
  en('Interns earn $5k.', m('$5k', 'USD', '5000')),
  en('The salary is $50K.', m('$50K', 'USD', '50000')),
  en('The startup raised $5m.', m('$5m', 'USD', '5000000')),
  en('The startup raised $5M.', m('$5M', 'USD', '5000000')),
  en('The deal is worth $3 mn.', m('$3 mn', 'USD', '3000000')),
  en('The grant is $7mln.', m('$7mln', 'USD', '7000000')),
  en('The merger is worth $2bn.', m('$2bn', 'USD', '2000000000')),
  en('The fund manages $4b.', m('$4b', 'USD', '4000000000')),
  en('Global debt is $1.2tn.', m('$1.2tn', 'USD', '1200000000000')),
  en('The economy is worth $5 trillion.', m('$5 trillion', 'USD', '5000000000000')),
  en('He signed a $5-million contract.', m('$5-million', 'USD', '5000000')),
  en('The house sold for $300 thousand.', m('$300 thousand', 'USD', '300000')),
  en('The tax raised $2.5 billion.', m('$2.5 billion', 'USD', '2500000000')),
  en('The company spent two billion dollars.', m('two billion dollars', 'USD', '2000000000')),
  en('She won a million dollars.', m('a million dollars', 'USD', '1000000')),
  en('The project needs half a billion dollars.', m('half a billion dollars', 'USD', '500000000')),
  en('The fine was five hundred dollars.', m('five hundred dollars', 'USD', '500')),
  en('The budget is twenty-five million dollars.', m('twenty-five million dollars', 'USD', '25000000')),
  en('The club paid one hundred million euros.', m('one hundred million euros', 'EUR', '100000000')),
  en('The deal is worth two hundred million dollars.', m('two hundred million dollars', 'USD', '200000000')),
  en('He owed ten thousand pounds.', m('ten thousand pounds', 'GBP', '10000')),
  en('It lost $1.2 billion, or 45 cents a share.', m('$1.2 billion', 'USD', '1200000000'), m('45 cents', 'USD', '0.45', { per: 'share' })),
  en('Brent was down 94 cents, or 1.2 percent, at $79.31 a barrel.',
    m('94 cents', 'USD', '0.94'), m('$79.31', 'USD', '79.31', { per: 'barrel' })),
  en('A stamp costs 85 pence.', m('85 pence', 'GBP', '0.85')),
];

const enRanges: Row[] = [
  en('The project will cost $5-7 billion.', r('$5-7 billion', 'USD', '5000000000', '7000000000')),
  en('Estimates run from $5 billion to $7 billion.', r('$5 billion to $7 billion', 'USD', '5000000000', '7000000000')),
  en('It will cost between $2 million and $3 million.', r('$2 million and $3 million', 'USD', '2000000', '3000000')),
  en('Fees are $10–15 million.', r('$10–15 million', 'USD', '10000000', '15000000')),
  en('It costs between 2 and 3 million dollars.', r('2 and 3 million dollars', 'USD', '2000000', '3000000')),
  en('Prices ranging from $5 to $7 were seen.', r('$5 to $7', 'USD', '5', '7')),
  en('The price rose from $5 to $7.', m('$5', 'USD', '5'), m('$7', 'USD', '7')),
  en('The price fell from $7 to $5.', m('$7', 'USD', '7'), m('$5', 'USD', '5')),
  en('The deal is valued at €2-3bn.', r('€2-3bn', 'EUR', '2000000000', '3000000000')),
  en('Homes sell for $900,000-$1.2 million.', r('$900,000-$1.2 million', 'USD', '900000', '1200000')),
  en('The plan costs $1.5 - 2 billion.', r('$1.5 - 2 billion', 'USD', '1500000000', '2000000000')),
  en('Tickets cost $5 to $7 million each.', r('$5 to $7 million', 'USD', '5000000', '7000000')),
  en('The company paid $5 million and $3 million.', m('$5 million', 'USD', '5000000'), m('$3 million', 'USD', '3000000')),
  en('Shares fell $2.50 to $20.125.', m('$2.50', 'USD', '2.5'), m('$20.125', 'USD', '20.125')),
  en('Prices rose by $5 to $7.', m('$5', 'USD', '5'), m('$7', 'USD', '7')),
  en('Tickets cost $5 to $7.', r('$5 to $7', 'USD', '5', '7')),
];

const enQualifiers: Row[] = [
  en('The firm raised about $5 million.', m('$5 million', 'USD', '5000000', { qualifier: 'approximately' })),
  en('Debt is nearly $1 trillion.', m('$1 trillion', 'USD', '1000000000000', { qualifier: 'approximately' })),
  en('It lost more than $500 million.', m('$500 million', 'USD', '500000000', { qualifier: 'more than' })),
  en('Sales hit almost $2 billion.', m('$2 billion', 'USD', '2000000000', { qualifier: 'approximately' })),
  en('Damages are at least $10 million.', m('$10 million', 'USD', '10000000', { qualifier: 'at least' })),
  en('It costs less than $1 million.', m('$1 million', 'USD', '1000000', { qualifier: 'less than' })),
  en('Fines of up to $5,000 apply.', m('$5,000', 'USD', '5000', { qualifier: 'up to' })),
  en('It will cost roughly £300m.', m('£300m', 'GBP', '300000000', { qualifier: 'approximately' })),
  en('The storm caused an estimated $4.5 billion in damage.', m('$4.5 billion', 'USD', '4500000000', { qualifier: 'approximately' })),
  en('Exports topped over $2 billion.', m('$2 billion', 'USD', '2000000000', { qualifier: 'more than' })),
  en('The company invested some $50 million.', m('$50 million', 'USD', '50000000', { qualifier: 'approximately' })),
  en('Donations of no more than $100 are allowed.', m('$100', 'USD', '100', { qualifier: 'at most' })),
  en('Investors could lose as much as $3 billion.', m('$3 billion', 'USD', '3000000000', { qualifier: 'up to' })),
  en('The transfer was around 5 million euros.', m('5 million euros', 'EUR', '5000000', { qualifier: 'approximately' })),
];

const enRates: Row[] = [
  en('Oil traded at $45 a barrel.', m('$45', 'USD', '45', { per: 'barrel' })),
  en('Gas costs $3.50 per gallon.', m('$3.50', 'USD', '3.5', { per: 'gallon' })),
  en('The minimum wage is $15 an hour.', m('$15', 'USD', '15', { per: 'hour' })),
  en('Rooms cost $100/night.', m('$100', 'USD', '100', { per: 'night' })),
  en('The contract pays $2 million a year.', m('$2 million', 'USD', '2000000', { per: 'year' })),
  en('Dinner is £40 per head.', m('£40', 'GBP', '40', { per: 'head' })),
  en('The company raised $5 billion a week ago.', m('$5 billion', 'USD', '5000000000')),
  en('Gas sells for between $2 and $3 a gallon.', r('$2 and $3', 'USD', '2', '3', { per: 'gallon' })),
];

const enEquivalences: Row[] = [
  en('Indonesia will spend Rp 5 trillion ($310 million) on roads.',
    ...pair(m('Rp 5 trillion', 'IDR', '5000000000000'), m('$310 million', 'USD', '310000000'), '16129.03 IDR/USD')),
  en('The fund holds 1 billion yuan, or about $140 million.',
    ...pair(m('1 billion yuan', 'CNY', '1000000000'), m('$140 million', 'USD', '140000000', { qualifier: 'approximately' }), '7.142857 CNY/USD')),
  en('The club was sold for £100 million ($127 million).',
    ...pair(m('£100 million', 'GBP', '100000000'), m('$127 million', 'USD', '127000000'), '1.27 USD/GBP')),
  en('Singapore pledged S$50 million (US$37 million).',
    ...pair(m('S$50 million', 'SGD', '50000000'), m('US$37 million', 'USD', '37000000'), '1.351351 SGD/USD')),
  en('Toyota lost 10 billion yen, equivalent to $67 million.',
    ...pair(m('10 billion yen', 'JPY', '10000000000'), m('$67 million', 'USD', '67000000'), '149.25 JPY/USD')),
  en('Siemens booked €200 million, or around $216 million.',
    ...pair(m('€200 million', 'EUR', '200000000'), m('$216 million', 'USD', '216000000', { qualifier: 'approximately' }), '1.08 USD/EUR')),
  en('Canberra set aside A$3 billion (about US$2 billion).',
    ...pair(m('A$3 billion', 'AUD', '3000000000'), m('US$2 billion', 'USD', '2000000000', { qualifier: 'approximately' }), '1.5 AUD/USD')),
  en('The budget is IDR 15.5 trillion (US$1 billion).',
    ...pair(m('IDR 15.5 trillion', 'IDR', '15500000000000'), m('US$1 billion', 'USD', '1000000000'), '15500 IDR/USD')),
  en('The prize is 50,000 ringgit (US$11,000).',
    ...pair(m('50,000 ringgit', 'MYR', '50000'), m('US$11,000', 'USD', '11000'), '4.545455 MYR/USD')),
  en('Singapore will spend S$3 billion, about US$2.2 billion, on it.',
    ...pair(m('S$3 billion', 'SGD', '3000000000'), m('US$2.2 billion', 'USD', '2200000000', { qualifier: 'approximately' }), '1.363636 SGD/USD')),
  en('It paid $5 million and €3 million in fines.', m('$5 million', 'USD', '5000000'), m('€3 million', 'EUR', '3000000')),
];

const tables: Array<[string, Row[]]> = [
  ['id currencies', idCurrencies],
  ['id numbers and scales', idNumbers],
  ['id number words', idWords],
  ['id ranges', idRanges],
  ['id qualifiers', idQualifiers],
  ['id unit rates', idRates],
  ['id tokenized text', idTokenized],
  ['id equivalences', idEquivalences],
  ['en currencies', enCurrencies],
  ['en numbers, scales and words', enNumbers],
  ['en ranges', enRanges],
  ['en qualifiers', enQualifiers],
  ['en unit rates', enRates],
  ['en equivalences', enEquivalences],
];

for (const [name, rows] of tables) {
  describe(name, () => {
    it.each(rows)('[$lang] $input', (row) => check(row));
  });
}

/**
 * Known gaps: real amounts read wrongly today. Each row states what is right; `it.fails`
 * keeps it visible and flags the day it starts to pass.
 */
const gaps: Array<[string, Row]> = [
  // A qualifier after the amount ("Rp 57 juta lebih") is easily a comparative ("lebih mahal").
  ['a qualifier after the amount', id('Pelaku membawa kabur uang Rp 57 juta lebih milik korban.',
    m('Rp 57 juta', 'IDR', '57000000', { qualifier: 'more than' }))],
  // "$20.125" with no other amount in the document: thousands or three decimals?
  ['three decimals with no evidence in the document', en('A share costs $20.125.', m('$20.125', 'USD', '20.125'))],
  // Vague amounts have no exact value; today they are left out.
  ['vague amounts', id('Kerugian mencapai ratusan juta rupiah.', m('ratusan juta rupiah', 'IDR', '100000000', { qualifier: 'at least' }))],
  // One scale word for a list: "Rp 15 dan 25 ribu" is two amounts in thousands.
  ['a scale shared by a list', id('Harganya masing-masing Rp 15 dan 25 ribu .',
    m('Rp 15', 'IDR', '15000'), m('25 ribu', 'IDR', '25000'))],
  // A bare "$" in an article about Singapore dollars is still read as USD.
  ['a bare dollar sign in another dollar currency', en('Singapore dollars only: the MRT line cost S$5 billion and the airport $3 billion.',
    m('S$5 billion', 'SGD', '5000000000'), m('$3 billion', 'SGD', '3000000000'))],
];

describe('known gaps', () => {
  it.fails.each(gaps)('%s', (_, row) => check(row));
});

it('has at least 150 rows across both languages', () => {
  const rows = tables.flatMap(([, t]) => t);
  expect(rows.length).toBeGreaterThanOrEqual(150);
  expect(rows.filter((row) => row.lang === 'en').length).toBeGreaterThanOrEqual(50);
});
