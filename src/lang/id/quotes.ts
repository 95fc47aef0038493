import type { QuoteWords } from '../types.js';

/** Short speech verbs used after a quote ("kata Budi"); each also takes -nya ("ujarnya"). */
const CUE_ROOTS = [
  'kata', 'ujar', 'tutur', 'ucap', 'ungkap', 'jelas', 'tegas', 'imbuh', 'tambah', 'sebut', 'papar',
  'terang', 'lanjut', 'tandas', 'pungkas', 'seru', 'sambung', 'kilah', 'aku', 'klaim', 'tulis', 'tanya',
  'jawab', 'pinta', 'bilang', 'kenang', 'cerita', 'keluh', 'timpal', 'sahut', 'bantah', 'ajak', 'desak',
  'harap', 'nilai', 'kisah', 'urai', 'beber', 'ingat', 'catat', 'tukas', 'tuding', 'akui', 'teriak',
  'bisik', 'cetus', 'sergah', 'kelakar', 'canda', 'sindir', 'imbau', 'pesan', 'tanggap', 'tepis',
];

/** Prefixed speech verbs: after a subject ("Budi mengatakan ...") and next to a quote. */
const SPEECH_VERBS = [
  'berkata', 'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'mengungkapkan', 'menambahkan',
  'menuturkan', 'menyebutkan', 'menyebut', 'memaparkan', 'menerangkan', 'melanjutkan', 'mengaku',
  'mengakui', 'mengklaim', 'menulis', 'menuliskan', 'bertanya', 'menanyakan', 'menjawab', 'berujar',
  'bertutur', 'berpesan', 'mengingatkan', 'menekankan', 'mengemukakan', 'menyampaikan', 'membantah',
  'berharap', 'mengharapkan', 'meminta', 'mendesak', 'mengajak', 'menceritakan', 'mengisahkan',
  'mengeluhkan', 'menandaskan', 'memungkaskan', 'menyerukan', 'mengimbau', 'membeberkan', 'menguraikan',
  'mencatat', 'menilai', 'berpendapat', 'menduga', 'memperkirakan', 'memastikan', 'mengumumkan',
  'melaporkan', 'menyimpulkan', 'menggarisbawahi', 'mengutarakan',
];

/** Verbs that report speech or opinion after a subject and take a clause: "Budi mengatakan (bahwa) ...". */
const REPORTING_VERBS = [
  'berkata', 'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'mengungkapkan', 'menambahkan',
  'menuturkan', 'menyebutkan', 'memaparkan', 'menerangkan', 'mengaku', 'mengakui', 'mengklaim', 'menilai',
  'berpendapat', 'mengingatkan', 'menekankan', 'mengemukakan', 'menduga', 'memperkirakan', 'membantah',
  'mengutarakan', 'menandaskan', 'menyimpulkan', 'berujar', 'bertutur', 'membeberkan', 'menguraikan',
];

const DAYS = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu'];

export const quotes: QuoteWords = {
  cueVerbs: [...new Set([...CUE_ROOTS, ...CUE_ROOTS.map((w) => `${w}nya`), ...SPEECH_VERBS, ...REPORTING_VERBS, 'demikian'])],
  // "demikian Iqbal" after a quote: "so (said) Iqbal".
  invertedCues: [...CUE_ROOTS, ...CUE_ROOTS.map((w) => `${w}nya`), 'berkata', 'menambahkan', 'menjelaskan', 'menegaskan', 'demikian'],
  pronounCues: [...CUE_ROOTS.map((w) => `${w}nya`), 'menurutnya'],
  pronouns: ['dia', 'ia', 'beliau', 'mereka', 'kami', 'saya'],
  impersonalPronouns: ['pihaknya'],
  reportingVerbs: REPORTING_VERBS,
  listenerVerbs: ['memberi tahu', 'memberitahu', 'memberitahukan'],
  listeners: ['wartawan', 'media', 'awak media', 'jurnalis', 'pers'],
  complementizers: ['bahwa', 'jika', 'kalau', 'apabila'],
  accordingTo: ['menurut'],
  accordingToPronoun: ['menurutnya', 'menurut dia', 'menurut beliau', 'menurut mereka'],
  speakerStops: [
    'di', 'ke', 'dari', 'saat', 'ketika', 'dalam', 'kepada', 'pada', 'usai', 'seusai', 'sebelum', 'setelah',
    'sesudah', 'sambil', 'seraya', 'melalui', 'lewat', 'yang', 'dengan', 'kemarin', 'untuk', 'bagi',
    'soal', 'terkait', 'mengenai', 'tentang', 'atas', 'sebagaimana', 'seperti', 'selaku', 'sebagai', 'dan',
    'tetapi', 'namun', 'karena', 'sejak', 'hingga', 'sampai', 'oleh', 'ketika', 'tatkala', 'sewaktu',
    'via', 'menurut', 'pula', 'lagi', 'kala',
  ],
  negations: ['tidak', 'tak', 'belum', 'bukan', 'enggan', 'menolak', 'tanpa'],
  passiveMarkers: [],
  relativePronouns: ['yang'],
  adverbs: [
    'juga', 'pun', 'kembali', 'lalu', 'kemudian', 'sebelumnya', 'pernah', 'sudah', 'telah', 'sempat',
    'lantas', 'pula', 'bahkan', 'sendiri', 'turut', 'secara', 'tegas', 'terpisah', 'hanya', 'demikian',
    'begitu',
  ],
  roleDeterminers: ['sang', 'si', 'para'],
  roleDeterminersAfter: ['itu', 'tersebut', 'ini'],
  timeWords: [
    'kemarin', 'hari ini', 'tadi', 'tadi pagi', 'tadi malam', 'semalam', 'sebelumnya',
    ...DAYS.flatMap((d) => [d, `pada ${d}`, `hari ${d}`, `pada hari ${d}`, `${d} lalu`, `${d} pagi`, `${d} siang`, `${d} sore`, `${d} malam`]),
    ...['pekan', 'minggu', 'bulan', 'tahun'].flatMap((p) => [`${p} lalu`, `${p} ini`, `pada ${p} lalu`]),
    'dalam keterangan tertulis', 'dalam keterangannya', 'dalam siaran pers', 'dalam konferensi pers',
    'dalam jumpa pers', 'dalam wawancara', 'melalui keterangan tertulis', 'secara terpisah',
  ],
  titleCues: [
    'program', 'film', 'buku', 'lagu', 'album', 'acara', 'kampanye', 'gerakan', 'slogan', 'tagar', 'tema',
    'bertajuk', 'berjudul', 'bertema', 'bernama', 'berlabel', 'disebut', 'dijuluki', 'istilah', 'julukan',
    'aplikasi', 'judul', 'sebutan', 'label', 'moto', 'motto', 'jargon', 'semboyan', 'festival', 'operasi',
    'proyek', 'kebijakan', 'skema', 'paket', 'inisiatif', 'sinetron', 'novel', 'drama', 'serial', 'istilahnya',
  ],
};
