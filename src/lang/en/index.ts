import { compromiseLexicon } from '../../util/compromise.js';
import type { Lang } from '../types.js';
import { entities } from './entities.js';
import { money } from './money.js';
import { quotes } from './quotes.js';

// compromise's lexicon: its nouns, adjectives, verbs and adverbs are English common words.
const COMMON_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Adjective', 'Verb', 'Infinitive', 'Adverb', 'Uncountable', 'Comparable']);

function commonWords(): string[] {
  const lexicon = compromiseLexicon();
  const out: string[] = [];
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
