import { createRequire } from 'node:module';
import { compromiseLexicon } from '../../util/compromise.js';
import type { Lang } from '../types.js';
import { entities } from './entities.js';
import { money } from './money.js';
import { quotes } from './quotes.js';

// compromise's lexicon: its nouns, adjectives, verbs and adverbs are English common words,
// with the frequent words of the ranked list below (the lexicon leaves out the regular
// nouns compromise tags by their ending: "medicine", "surgery").
const COMMON_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Adjective', 'Verb', 'Infinitive', 'Adverb', 'Uncountable', 'Comparable']);

// @zxcvbn-ts/language-en ships English word lists ranked by frequency (OpenSubtitles) and
// lists of first names and surnames; only those three are loaded, not the whole package.
const require = createRequire(import.meta.url);
const wordList = (name: 'commonWords' | 'firstnames' | 'lastnames') => require(`@zxcvbn-ts/language-en/dist/${name}.json.cjs`) as string[];
/**
 * The most frequent words of the ranked list taken as common words, the first names and
 * the more frequent surnames left out ("medicine" is a surname too, far down the list).
 * Subtitles name people often, so only words of five letters or more: no "dea", "axel", "thor".
 */
const FREQUENT = 10_000;
const SURNAMES = 30_000;
const WORD = /^(?=\p{Ll}*[aeiouy])\p{Ll}{5,}$/u;

function commonWords(): string[] {
  const lexicon = compromiseLexicon();
  const out: string[] = [];
  const names = new Set([...wordList('firstnames'), ...wordList('lastnames').slice(0, SURNAMES)]);
  for (const word of wordList('commonWords').slice(0, FREQUENT)) if (WORD.test(word) && !names.has(word)) out.push(word);
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (!list.some((t) => COMMON_TAGS.has(t)) || word.includes(' ')) continue;
    out.push(word);
    // The lexicon lists base forms: add the plural and third-person "s" form ("shares").
    if (list.some((t) => t === 'Singular' || t === 'Noun' || t === 'Infinitive' || t === 'Verb')) out.push(`${word}s`);
  }
  return out;
}

export const en: Lang = {
  code: 'en',
  commonWords,
  moreGivenNames: () => [],
  listedFirstNames: () => wordList('firstnames'),
  stopwords: [
    'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'on', 'was', 'with', 'as', 'be', 'by',
    'at', 'he', 'she', 'this', 'have', 'from', 'or', 'had', 'not', 'but', 'are', 'they', 'we', 'has',
    'were', 'which', 'been', 'its', 'their', 'would', 'will', 'there', 'an', 'his', 'her', 'also', 'said',
    'after', 'than', 'more', 'about', 'into', 'who', 'when', 'while', 'if', 'could', 'other', 'some', 'what',
    'all', 'so', 'up', 'out', 'can', 'these', 'those', 'over', 'last', 'new', 'year', 'since', 'under',
    'however', 'because', 'them', 'our', 'i', 'you', 'may', 'should', 'before', 'such', 'most', 'many',
    'then', 'where', 'how', 'both', 'any', 'only', 'first', 'one', 'two', 'no', 'yet', 'meanwhile', 'still',
  ],
  abbreviations: [
    'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'Gen', 'Col',
    'Lt', 'Sgt', 'Capt', 'Rep', 'Sen', 'Gov', 'Rev', 'vs', 'etc', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul',
    'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'U.S', 'U.K', 'U.N', 'a.m', 'p.m', 'Mt', 'Ft', 'approx',
  ],
  money,
  quotes,
  entities,
  metadata: {
    sourceLabels: ['Source', 'Sumber'],
    reporterLabels: ['Reporting by', 'Reported by', 'Written by', 'Reporter', 'By'],
    editorLabels: ['Editing by', 'Edited by', 'Editor'],
    labelsNeedColon: false,
  },
};
