import type { MoneyWords } from '../types.js';

export const money: MoneyWords = {
  decimalMark: ',',
  scales: {
    ribu: 3, rb: 3, ribuan: 3,
    juta: 6, jt: 6,
    miliar: 9, milyar: 9, miliaran: 9, mlyr: 9,
    triliun: 12, trilyun: 12, tn: 12, trl: 12,
    kuadriliun: 15, kuadrilyun: 15,
    // English scale words appear in Indonesian business copy too
    thousand: 3, million: 6, billion: 9, trillion: 12,
  },
  scaleAbbreviations: { M: 9, T: 12, K: 3 },
  numberWords: {
    nol: '0', satu: '1', se: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6',
    tujuh: '7', delapan: '8', sembilan: '9', sepuluh: '10', sebelas: '11', seratus: '100',
    seribu: '1000', sejuta: '1000000', setengah: '0.5', seperempat: '0.25',
    puluhan: '10', ratusan: '100',
  },
  currencyWords: {
    rupiah: 'IDR',
    'dolar as': 'USD', 'dollar as': 'USD', 'dolar amerika serikat': 'USD', 'dolar amerika': 'USD',
    'dollar amerika': 'USD', 'dolar': 'USD', 'dollar': 'USD', 'dolar us': 'USD', 'dollar us': 'USD',
    'dolar singapura': 'SGD', 'dollar singapura': 'SGD',
    'dolar australia': 'AUD', 'dollar australia': 'AUD',
    'dolar hong kong': 'HKD', 'dolar hongkong': 'HKD',
    'dolar taiwan': 'TWD', 'dolar kanada': 'CAD', 'dolar selandia baru': 'NZD',
    euro: 'EUR', 'poundsterling': 'GBP', 'pound sterling': 'GBP', pound: 'GBP', 'poundsterling inggris': 'GBP',
    yen: 'JPY', 'yen jepang': 'JPY', yuan: 'CNY', renminbi: 'CNY', 'yuan tiongkok': 'CNY',
    ringgit: 'MYR', 'ringgit malaysia': 'MYR', riyal: 'SAR', 'riyal saudi': 'SAR', rial: 'SAR',
    won: 'KRW', 'won korea': 'KRW', rupee: 'INR', 'rupee india': 'INR', rupe: 'INR',
    baht: 'THB', peso: 'PHP', 'peso filipina': 'PHP', dong: 'VND', 'franc swiss': 'CHF',
    dirham: 'AED', rubel: 'RUB', rubl: 'RUB', lira: 'TRY', 'lira turki': 'TRY',
  },
  qualifiers: {
    sekitar: 'approximately', kurang: 'approximately', 'kurang lebih': 'approximately',
    hampir: 'approximately', kira: 'approximately', 'kira-kira': 'approximately', lebih: 'more than',
    'lebih dari': 'more than', 'di atas': 'more than', 'sedikitnya': 'at least', 'setidaknya': 'at least',
    'minimal': 'at least', 'paling sedikit': 'at least', 'kurang dari': 'less than', 'di bawah': 'less than',
    'maksimal': 'at most', 'paling banyak': 'at most', 'hingga': 'up to', 'sampai': 'up to',
  },
  rangeWords: ['-', '–', '—', 'hingga', 'sampai', 's.d.', 'sd', 's/d'],
  betweenWords: [['antara', 'dan'], ['antara', 'hingga'], ['dari', 'menjadi'], ['dari', 'hingga'], ['dari', 'sampai']],
  perWords: ['per', '/'],
  equivalenceCues: ['atau setara dengan', 'atau setara', 'setara dengan', 'setara', 'atau sekitar', 'atau senilai', 'senilai', 'atau sebesar', 'atau'],
  countNouns: [
    'orang', 'jiwa', 'penduduk', 'warga', 'unit', 'ton', 'kg', 'kilogram', 'liter', 'barel', 'hektare',
    'hektar', 'ha', 'km', 'meter', 'persen', 'pelanggan', 'pengguna', 'penumpang', 'kendaraan', 'rumah',
    'lembar', 'saham', 'kali', 'tahun', 'bulan', 'hari', 'suara', 'pasien', 'siswa', 'mahasiswa',
    'wisatawan', 'pekerja', 'buruh', 'keluarga', 'peserta', 'dosis', 'butir', 'ekor', 'batang', 'buah',
  ],
};
