import { LANGS, LANG_CODES, type LangCode } from './index.js';

const SAMPLE_CHARS = 20_000;
const WORD = /\p{L}+/gu;

const stopSets = new Map<LangCode, Set<string>>(
  LANG_CODES.map((code) => [code, new Set(LANGS[code].stopwords)]),
);

const SAMPLE_WORDS = 3000;

/** The same guess from tokens already made (the Document's), first 3,000 words. */
export function detectLanguageOfWords(words: Iterable<{ text: string; kind: string }>, fallback: LangCode = 'en'): LangCode {
  const scores = new Map<LangCode, number>(LANG_CODES.map((code) => [code, 0]));
  let n = 0;
  for (const t of words) {
    if (t.kind !== 'word') continue;
    if (++n > SAMPLE_WORDS) break;
    const word = t.text.toLowerCase();
    for (const code of LANG_CODES) if (stopSets.get(code)!.has(word)) scores.set(code, scores.get(code)! + 1);
  }
  return best(scores, fallback);
}

/**
 * Guess the language from function words in the first 20,000 characters. Ties (including
 * text with no words at all) go to `fallback`.
 */
export function detectLanguage(text: string, fallback: LangCode = 'en'): LangCode {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const scores = new Map<LangCode, number>(LANG_CODES.map((code) => [code, 0]));
  for (const match of sample.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    for (const code of LANG_CODES) {
      if (stopSets.get(code)!.has(word)) scores.set(code, scores.get(code)! + 1);
    }
  }
  return best(scores, fallback);
}

function best(scores: Map<LangCode, number>, fallback: LangCode): LangCode {
  let winner = fallback;
  let top = scores.get(fallback)!;
  for (const [code, score] of scores) {
    if (score > top) {
      winner = code;
      top = score;
    }
  }
  return winner;
}
