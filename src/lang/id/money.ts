import type { MoneyWords } from '../types.js';

export const money: MoneyWords = {
  decimalMark: ',',
  scales: {
    // below a thousand: multiply the number word before ("lima puluh", "dua ratus")
    puluh: 1, ratus: 2,
    ribu: 3, rb: 3, ribuan: 3,
    juta: 6, jt: 6, jutaan: 6,
    miliar: 9, milyar: 9, miliaran: 9, mlyr: 9,
    triliun: 12, trilyun: 12, triliunan: 12, tn: 12, trl: 12,
    kuadriliun: 15, kuadrilyun: 15,
    // English scale words appear in Indonesian business copy too
    thousand: 3, million: 6, billion: 9, trillion: 12,
  },
  scaleAbbreviations: { M: 9, T: 12, K: 3 },
  numberWords: {
    nol: '0', satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6',
    tujuh: '7', delapan: '8', sembilan: '9', sepuluh: '10', sebelas: '11', belas: '10', seratus: '100',
    seribu: '1000', sejuta: '1000000', semiliar: '1000000000', setriliun: '1000000000000',
    setengah: '0.5', seperempat: '0.25',
  },
  currencyWords: {
    rupiah: 'IDR',
    'dolar as': 'USD', 'dollar as': 'USD', 'dolar amerika serikat': 'USD', 'dollar amerika serikat': 'USD',
    'dolar amerika': 'USD', 'dollar amerika': 'USD', 'dolar': 'USD', 'dollar': 'USD', 'dolar us': 'USD',
    'dollar us': 'USD',
    'dolar singapura': 'SGD', 'dollar singapura': 'SGD',
    'dolar australia': 'AUD', 'dollar australia': 'AUD',
    'dolar hong kong': 'HKD', 'dolar hongkong': 'HKD', 'dollar hong kong': 'HKD',
    'dolar taiwan': 'TWD', 'dolar kanada': 'CAD', 'dolar selandia baru': 'NZD', 'dolar brunei': 'BND',
    euro: 'EUR', 'poundsterling': 'GBP', 'pound sterling': 'GBP', pound: 'GBP', pounds: 'GBP',
    'poundsterling inggris': 'GBP',
    yen: 'JPY', 'yen jepang': 'JPY', yuan: 'CNY', renminbi: 'CNY', 'yuan tiongkok': 'CNY', 'yuan china': 'CNY',
    ringgit: 'MYR', 'ringgit malaysia': 'MYR', riyal: 'SAR', 'riyal saudi': 'SAR', 'riyal arab saudi': 'SAR',
    rial: 'SAR', 'riyal qatar': 'QAR', 'rial qatar': 'QAR',
    won: 'KRW', 'won korea': 'KRW', 'won korea selatan': 'KRW', rupee: 'INR', 'rupee india': 'INR', rupe: 'INR',
    baht: 'THB', 'baht thailand': 'THB', peso: 'PHP', 'peso filipina': 'PHP',
    // "dong" alone is a common particle ("satu dong"): only with the country
    'dong vietnam': 'VND', 'franc swiss': 'CHF', 'franc': 'CHF',
    dirham: 'AED', rubel: 'RUB', rubl: 'RUB', lira: 'TRY', 'lira turki': 'TRY',
  },
  qualifiers: {
    sekitar: 'approximately', sekira: 'approximately', 'kurang lebih': 'approximately', 'lebih kurang': 'approximately',
    hampir: 'approximately', 'kira-kira': 'approximately', kisaran: 'approximately', 'di kisaran': 'approximately',
    'lebih dari': 'more than', lebih: 'more than', 'di atas': 'more than',
    sedikitnya: 'at least', setidaknya: 'at least', minimal: 'at least', minimum: 'at least',
    'paling sedikit': 'at least', 'paling kecil': 'at least', 'paling rendah': 'at least',
    'tak kurang dari': 'at least', 'tidak kurang dari': 'at least',
    'kurang dari': 'less than', 'di bawah': 'less than',
    maksimal: 'at most', maksimum: 'at most', 'paling banyak': 'at most', 'paling besar': 'at most',
    'paling tinggi': 'at most', 'tak lebih dari': 'at most', 'tidak lebih dari': 'at most',
    hingga: 'up to', sampai: 'up to', 'sampai dengan': 'up to', 'hingga mencapai': 'up to',
  },
  rangeWords: ['-', '–', '—', 'hingga', 'sampai dengan', 'sampai', 's.d.', 's.d', 'sd', 's/d'],
  // "dari X menjadi Y" is a change, not a range
  betweenWords: [['antara', 'dan'], ['antara', 'hingga'], ['antara', 'sampai'], ['dari', 'hingga'], ['dari', 'sampai']],
  perWords: ['per', 'setiap', 'tiap', '/'],
  equivalenceCues: [
    'atau setara dengan', 'atau setara', 'setara dengan', 'setara', 'atau sekitar', 'atau senilai', 'senilai',
    'atau sebesar', 'atau sama dengan', 'atau', '=',
  ],
  changeCues: [
    'naik', 'turun', 'meningkat', 'menurun', 'melonjak', 'anjlok', 'merosot', 'bertambah', 'berkurang',
    'dinaikkan', 'diturunkan', 'tumbuh', 'melambung', 'menyusut', 'membengkak', 'berubah', 'direvisi',
    'melemah', 'menguat', 'jatuh', 'terjun', 'meroket',
  ],
  // "sen" in Indonesian news is nearly always a US cent: "naik 50 sen menjadi 80,5 dolar AS"
  minorUnits: {
    sen: ['USD', 2], 'sen dolar as': ['USD', 2], 'sen dolar': ['USD', 2], 'sen as': ['USD', 2],
    'sen euro': ['EUR', 2], 'sen ringgit': ['MYR', 2],
  },
  perStops: [],
  yearCues: [
    'tahun', 'pada', 'sejak', 'sepanjang', 'selama', 'hingga', 'sampai', 'akhir', 'awal', 'pertengahan',
    'medio', 'di', 'periode', 'semester', 'kuartal', 'triwulan',
  ],
  countNouns: [
    'orang', 'jiwa', 'penduduk', 'warga', 'unit', 'ton', 'kg', 'kilogram', 'liter', 'barel', 'hektare',
    'hektar', 'ha', 'km', 'meter', 'persen', 'pelanggan', 'pengguna', 'penumpang', 'kendaraan', 'rumah',
    'lembar', 'saham', 'kali', 'tahun', 'bulan', 'hari', 'suara', 'pasien', 'siswa', 'mahasiswa',
    'wisatawan', 'pekerja', 'buruh', 'keluarga', 'peserta', 'dosis', 'butir', 'ekor', 'batang', 'buah',
  ],
};
