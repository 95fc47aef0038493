/**
 * The Document: decoded text split once into paragraphs, sentences and tokens, with
 * offsets into the original string. Every extractor reads from it; none re-tokenizes.
 */
import type { Lang } from './lang/types.js';
import { isSpace } from './util/chars.js';
import { firstIndex } from './util/search.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /** `text` in lower case, computed once. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Whitespace (or the text start) right before this token. */
  spaceBefore: boolean;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Sentence index range [first, last). */
  first: number;
  last: number;
}

export interface Document {
  text: string;
  lang: Lang;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

// An acronym with digits inside ("BP2MI", "P3K"), a word (letters with inner apostrophes
// or hyphens, or with question marks where a lost encoding dropped a letter: "M??nchen";
// "Rp500" is two tokens, and so is the possessive "China's"), a number with
// inner separators,
// or any other single character. One pass, no backtracking across tokens.
const TOKEN = /\p{Lu}+\p{N}+\p{Lu}[\p{Lu}\p{N}]*(?![\p{L}\p{M}])|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+|\?+\p{Ll}[\p{L}\p{M}]*|['’](?![sS](?![\p{L}\p{M}]))[\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
/** Top-level and second-level domains that end a site's name. */
const TLDS = new Set(['com', 'net', 'org', 'id', 'co', 'ac', 'go', 'or', 'io', 'tv', 'news', 'asia', 'info', 'uk', 'au', 'sg', 'my']);
const NUMBER_START = /^\p{N}/u;
const LETTER_START = /^[\p{L}\p{M}]/u;

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);

const abbreviationCache = new WeakMap<Lang, Set<string>>();
function abbreviations(lang: Lang): Set<string> {
  let set = abbreviationCache.get(lang);
  if (!set) {
    set = new Set(lang.abbreviations.map((a) => a.toLowerCase()));
    abbreviationCache.set(lang, set);
  }
  return set;
}

/** Paragraphs: blocks between blank lines; when the text has no blank line, each line. */
function paragraphSpans(text: string): Array<[number, number]> {
  const separator = /\n[ \t\r]*\n/.test(text) ? /\n[ \t\r]*\n\s*/g : /\n\s*/g;
  const spans: Array<[number, number]> = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push([start, end]);
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Character classes by code for the common ASCII cases; the regexes handle the rest. */
function kindOf(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  return NUMBER_START.test(t) ? 'number' : LETTER_START.test(t) ? 'word' : 'punct';
}

function isUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(t);
}

/**
 * Split `text` once. `language` is a Lang, or a function that picks one from the tokens
 * (language detection reads the tokens instead of scanning the text again).
 */
export function buildDocument(text: string, language: Lang | ((tokens: Token[]) => Lang)): Document {
  const tokens: Token[] = [];
  const spans = paragraphSpans(text);
  const firstTokens: number[] = [];
  for (const [, pEnd] of spans) {
    firstTokens.push(tokens.length);
    TOKEN.lastIndex = spans[firstTokens.length - 1]![0];
    // Paragraphs end before whitespace, so no token straddles pEnd.
    for (let m = TOKEN.exec(text); m && m.index < pEnd; m = TOKEN.exec(text)) {
      const t = m[0];
      const start = m.index;
      // A site's name is one word: "Kompas.com", "AS.com", "Detik.co.id".
      const dot = tokens[tokens.length - 1];
      const name = tokens[tokens.length - 2];
      if (dot?.text === '.' && start === dot.end && dot.start === name?.end && TLDS.has(t.toLowerCase()) && (name.kind === 'word' || name.kind === 'number') && tokens.length - 2 >= firstTokens[firstTokens.length - 1]!) {
        tokens.length -= 2;
        const site = text.slice(name.start, start + t.length);
        tokens.push({ ...name, text: site, lower: site.toLowerCase(), end: start + t.length, kind: 'word' });
        continue;
      }
      tokens.push({
        text: t,
        lower: t.toLowerCase(),
        start,
        end: start + t.length,
        kind: kindOf(t),
        upper: isUpper(t),
        spaceBefore: start === 0 || isSpace(text.charCodeAt(start - 1)),
        sentence: -1,
      });
    }
  }
  const lang = typeof language === 'function' ? language(tokens) : language;
  const abbr = abbreviations(lang);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  spans.forEach(([start, end], k) => {
    const first = sentences.length;
    splitSentences(tokens, firstTokens[k]!, firstTokens[k + 1] ?? tokens.length, abbr, sentences, k);
    paragraphs.push({ start, end, first, last: sentences.length });
  });
  return { text, lang, tokens, sentences, paragraphs };
}

function splitSentences(
  tokens: Token[],
  first: number,
  last: number,
  abbr: Set<string>,
  out: Sentence[],
  paragraph: number,
): void {
  let sentenceFirst = first;
  const close = (lastToken: number) => {
    if (lastToken <= sentenceFirst) return;
    const index = out.length;
    for (let i = sentenceFirst; i < lastToken; i++) tokens[i]!.sentence = index;
    out.push({
      start: tokens[sentenceFirst]!.start,
      end: tokens[lastToken - 1]!.end,
      first: sentenceFirst,
      last: lastToken,
      paragraph,
    });
    sentenceFirst = lastToken;
  };
  for (let i = first; i < last; i++) {
    const token = tokens[i]!;
    if (!SENTENCE_END.has(token.text)) continue;
    if (token.text === '.' && i > first) {
      const previous = tokens[i - 1]!;
      // "Dr." "No." or an initial "J." directly before the stop: not an end.
      if (!token.spaceBefore && (abbr.has(previous.text.toLowerCase()) || /^\p{Lu}$/u.test(previous.text))) continue;
    }
    // Closing marks glued to the stop stay in this sentence: `lebar."`, `ends.)`
    let end = i + 1;
    while (end < last && CLOSERS.has(tokens[end]!.text) && !tokens[end]!.spaceBefore) end++;
    if (end >= last) break;
    const next = tokens[end]!;
    if (!next.spaceBefore) continue;
    if (next.upper || next.kind === 'number' || OPENERS.has(next.text)) close(end);
  }
  close(last);
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(doc: Document, offset: number): number {
  return firstIndex(doc.tokens.length, (i) => doc.tokens[i]!.start < offset);
}
