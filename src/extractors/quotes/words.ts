/**
 * The quote words of a language (src/lang/<code>/quotes.ts), compiled once per Lang into
 * sets and token-phrase matchers. Nothing here names a language.
 */
import type { Lang } from '../../lang/types.js';
import { perKey } from '../../util/regex.js';

/**
 * Phrases of one or more words, matched against document tokens (case-insensitive). A
 * phrase's words are split at spaces; "so-called" is one token, as the Document has it.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  readonly maxLength: number;

  constructor(phrases: Iterable<string>) {
    let max = 0;
    for (const p of new Set([...phrases].map((x) => x.toLowerCase().trim()).filter(Boolean))) {
      const parts = p.split(/\s+/);
      const list = this.byFirst.get(parts[0]!);
      if (list) list.push(parts);
      else this.byFirst.set(parts[0]!, [parts]);
      max = Math.max(max, parts.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.maxLength = max;
  }

  /**
   * Number of tokens of the longest phrase starting at token i (before `limit`), or 0.
   * `words`: the document's tokens in lower case.
   */
  at(words: readonly string[], i: number, limit = words.length): number {
    const first = words[i];
    if (first === undefined || i >= limit) return 0;
    const list = this.byFirst.get(first);
    if (!list) return 0;
    for (const parts of list) {
      if (i + parts.length > limit) continue;
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) ok = words[i + k] === parts[k];
      if (ok) return parts.length;
    }
    return 0;
  }

  /** Start index of the longest phrase ending at token `last` (at or after `floor`), or -1. */
  endingAt(words: readonly string[], last: number, floor = 0): number {
    for (let n = Math.min(this.maxLength, last - floor + 1); n >= 1; n--) {
      if (this.at(words, last - n + 1, last + 1) === n) return last - n + 1;
    }
    return -1;
  }

  has(word: string): boolean {
    const list = this.byFirst.get(word.toLowerCase());
    return !!list && list.some((p) => p.length === 1);
  }
}

const lower = (words: Iterable<string>) => new Set([...words].map((w) => w.toLowerCase()));

export const quoteWords = perKey((lang: Lang) => {
  const q = lang.quotes;
  return {
    /** Speech verbs next to a quote; reporting verbs count too. */
    cue: new PhraseSet([...q.cueVerbs, ...q.reportingVerbs]),
    reporting: new PhraseSet(q.reportingVerbs),
    inverted: new PhraseSet([...q.invertedCues, ...q.pronounCues]),
    listener: new PhraseSet(q.listenerVerbs),
    listeners: new PhraseSet(q.listeners),
    pronounCues: lower(q.pronounCues),
    pronouns: lower(q.pronouns),
    impersonal: lower(q.impersonalPronouns),
    complementizers: new PhraseSet(q.complementizers),
    accordingTo: new PhraseSet(q.accordingTo),
    accordingToPronoun: new PhraseSet(q.accordingToPronoun),
    stops: lower(q.speakerStops),
    adverbs: lower(q.adverbs),
    roleDeterminers: lower(q.roleDeterminers),
    roleDeterminersAfter: lower(q.roleDeterminersAfter),
    time: new PhraseSet(q.timeWords),
    titleCues: lower(q.titleCues),
    relatives: lower(q.relativePronouns),
    passive: lower(q.passiveMarkers),
    negations: lower(q.negations),
    stopwords: lower(lang.stopwords),
  };
});
export type QuoteWordSets = ReturnType<typeof quoteWords>;
