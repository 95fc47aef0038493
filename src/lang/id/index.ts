import { createRequire } from 'node:module';
import type { Lang } from '../types.js';
import { entities } from './entities.js';
import { money } from './money.js';
import { quotes } from './quotes.js';

// @zxcvbn-ts/language-id ships Indonesian word lists: the most frequent words of
// OpenSubtitles (ranked) and Indonesian given names from Wiktionary.
const require = createRequire(import.meta.url);
type Dictionary = Record<string, string[]>;
const dictionary = () => (require('@zxcvbn-ts/language-id') as { dictionary: Dictionary }).dictionary;

// sastrawijs: the Sastrawi stemmer and its dictionary of Indonesian roots (KBBI).
interface Stemmer {
  stem(word: string): string;
  find(word: string): boolean;
}
let stemmer: Stemmer | undefined;
const roots = new Map<string, string | undefined>();
// Prefixes that make verbs and nouns of roots; not "se-" or "be-", which start names
// ("Sebayang", "Belawan"), nor "per-" and "pe-", which start clubs' ("Persela", "Persebaya").
const ROOT_PREFIXES = ['me', 'di', 'ber', 'ter', 'ke'];
/** Distinct words remembered; past it the memory starts again, so a long batch stays bounded. */
const MAX_ROOTS = 100_000;

function loadStemmer(): Stemmer {
  return (stemmer ??= new (require('sastrawijs') as { Stemmer: new () => Stemmer }).Stemmer());
}

/**
 * "dilansir" -> "lansir", "merangkum" -> "rangkum", "kedaulatan" -> "daulat": a root of four
 * letters or more after a prefix; or before the suffix -an or -kan alone: "tendangan" ->
 * "tendang", "sematkan" -> "semat" (names in -an keep their ending: "Setiawan", "Sudirman").
 */
function affixedRoot(lower: string): string | undefined {
  const prefixed = ROOT_PREFIXES.some((x) => lower.startsWith(x));
  if (!prefixed && !(lower.length >= 6 && lower.endsWith('an'))) return undefined;
  if (roots.has(lower)) return roots.get(lower);
  const stem = loadStemmer().stem(lower);
  // A prefix came off (the word does not start with its root), not only a suffix ("bekasi").
  const root = stem.length < 4 || !loadStemmer().find(stem)
    ? undefined
    : prefixed
      ? (stem !== lower && !lower.startsWith(stem) ? stem : undefined)
      : (lower === `${stem}an` || lower === `${stem}kan` ? stem : undefined);
  if (roots.size >= MAX_ROOTS) roots.clear();
  roots.set(lower, root);
  return root;
}

export const id: Lang = {
  code: 'id',
  // All ~20,000: the rarer ones are the words most often capitalised in titles and names of things.
  commonWords: () => dictionary()['commonWords-id']!,
  frequentWords: 5000,
  wordsNotNames: [
    'hal', 'kali', 'cara', 'kira', 'berat', 'tanya', 'umum', 'gigi', 'gaya', 'dewan', 'bandara', 'bandar',
    'yatim', 'pena', 'tabib', 'musnah', 'kera', 'waris',
  ],
  clitics: ['nya', 'lah', 'kah', 'pun'],
  // Not "ke", "me", "pe", "se", "be": they change or hide the root ("memukul", "kemala") or
  // make names of words ("Sekayu", "Belawan", "Sebayang").
  prefixes: ['di', 'ber', 'ter', 'per'],
  // Nouns made with ke-...-an and pe-...-an ("ketersediaan", "pemangkasan", "perkembangbiakan"),
  // and loan nouns in -asi, -itas, -isme, -logi, -grafi, -ator ("edukasi", "obesitas", "indikator").
  derivedWord: /^(?:(?:ke|pe)[\p{Ll}-]{4,}an|\p{Ll}{3,}(?:asi|itas|isme|logi|grafi|ator))$/u,
  verbPrefixes: ['me', 'ber', 'di', 'ter'],
  affixedRoot,
  isRoot: (lower) => loadStemmer().find(lower),
  moreGivenNames: () => dictionary()['names-id']!,
  stopwords: [
    'yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'pada', 'dalam', 'tidak', 'akan',
    'juga', 'adalah', 'oleh', 'atau', 'karena', 'sudah', 'telah', 'bisa', 'dapat', 'ada', 'mereka', 'kami',
    'kita', 'saya', 'ia', 'dia', 'lebih', 'para', 'tersebut', 'seperti', 'namun', 'tetapi', 'serta',
    'sebagai', 'bahwa', 'hal', 'saat', 'agar', 'jika', 'kata', 'ujar', 'menjadi', 'sejak', 'hingga',
    'masih', 'belum', 'sangat', 'bagi', 'antara', 'setelah', 'sebelum', 'sementara', 'selain', 'yakni',
    'yaitu', 'tahun', 'secara', 'lagi', 'pun', 'kepada', 'bagaimana', 'mengapa', 'apa', 'siapa', 'kemudian',
    'hanya', 'harus', 'sedang', 'baru', 'sebuah', 'seorang', 'beberapa', 'semua', 'setiap', 'tak', 'nya',
    'berbagai', 'terhadap', 'melalui', 'menurut', 'sehingga', 'bila', 'maka', 'pula', 'lalu', 'tentang',
    'dirinya', 'anda', 'sebelumnya', 'selanjutnya', 'selama', 'terus', 'kedua', 'salah', 'satu', 'dua',
    'diharapkan', 'adanya',
  ],
  abbreviations: [
    'Dr', 'Drs', 'Dra', 'Ir', 'Prof', 'H', 'Hj', 'KH', 'No', 'Jl', 'Kab', 'Kec', 'Kel', 'Prov', 'Sdr',
    'St', 'Tbk', 'dll', 'dsb', 'dkk', 'Rp', 'S.H', 'M.Si', 'Ph.D', 'M.Sc', 'S.Kom', 'Kol', 'Let', 'Bpk',
    'tgl', 'hlm', 'sda', 'yth', 'Yth', 'a.n', 'u.p', 'Jend', 'Pol', 'Brig', 'Mayj', 'Letj', 'Adv',
  ],
  money,
  quotes,
  entities,
  metadata: {
    sourceLabels: ['Sumber', 'Source'],
    reporterLabels: ['Pewarta', 'Reporter', 'Penulis', 'Wartawan', 'Laporan', 'Oleh'],
    editorLabels: ['Editor', 'Penyunting', 'Redaktur'],
    labelsNeedColon: true,
  },
};
