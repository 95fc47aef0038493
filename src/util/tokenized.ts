/**
 * Pre-tokenised text: corpora and NLP pipelines hand out articles as tokens joined by single
 * spaces ("Presiden Joko Widodo , kata dia ."; "Tonny H . Wangania"; "Mary ' s"). Such text
 * is turned back into running text before analysis, keeping for every character where it
 * came from, so that offsets can be given in the text as it was read.
 */

import { isSpace } from './chars.js';

/** Running text and, for each of its UTF-16 units (and its end), the offset in the input. */
export interface Detokenized {
  text: string;
  origin: Int32Array;
}

/** Punctuation written onto the word before it. */
const CLOSING = /^[.,;:!?%)\]}…”’]+$/u;
/** Punctuation written onto the word after it. */
const OPENING = /^[([{“‘]$/u;
/** Marks tokenisers part from their word. */
const MARKS = '.,;:!?)';
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or a digit: ASCII by code, the rest by its Unicode class. */
function wordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

const wordStart = (t: string | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t);
const wordEnd = (t: string | undefined) => t !== undefined && /[\p{L}\p{N}]$/u.test(t);
const digits = (t: string | undefined, max: number) => t !== undefined && t.length <= max && /^\d+$/u.test(t);

/**
 * Tokenised text has its punctuation standing alone: at least two marks after a word with a
 * space before them or straight quotation marks between spaces, and hardly any mark written
 * onto the word.
 */
export function looksTokenized(text: string): boolean {
  let detached = 0;
  let attached = 0;
  for (let i = 1; i < text.length; i++) {
    // a straight quotation mark standing between two spaces: Robert " Robbie " Mark
    if (text[i] === '"' && text[i - 1] === ' ' && text[i + 1] === ' ') detached++;
    if (!MARKS.includes(text[i]!) || (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1)))) continue;
    // "kata dia ." stands alone; "kata dia." is written onto its word
    if (text[i - 1] === ' ' && i >= 2 && wordChar(text.charCodeAt(i - 2), text[i - 2]!)) detached++;
    else if (wordChar(text.charCodeAt(i - 1), text[i - 1]!)) attached++;
  }
  return detached >= 2 && attached * 10 <= detached;
}

/**
 * Joins what the tokeniser split: punctuation onto its word, brackets and quotation marks
 * onto what they enclose, numbers ("1 . 400", "8 / 9 / 2017"), possessives and elisions
 * ("Mary ' s", "Syafi ' i") and a hyphen between short syllables, after the Arabic article or
 * in a repeated word ("Si - won", "Al - Hilal", "Alun - alun", "U - 23"). A dash between
 * words or names ("Jakarta - Presiden", "AS - RI") stays as it is. Only single spaces are
 * removed; line breaks stay.
 */
export function detokenize(input: string): Detokenized {
  const starts: number[] = [];
  const tokens: string[] = [];
  // tokens are what whitespace parts
  for (let i = 0; i < input.length; ) {
    while (i < input.length && isSpace(input.charCodeAt(i))) i++;
    if (i >= input.length) break;
    const start = i;
    while (i < input.length && !isSpace(input.charCodeAt(i))) i++;
    starts.push(start);
    tokens.push(input.slice(start, i));
  }
  /** A single space parts token i from the one before. */
  const spaced = (i: number) => i > 0 && i < tokens.length && starts[i]! === starts[i - 1]! + tokens[i - 1]!.length + 1 && input[starts[i]! - 1] === ' ';
  const glue = new Uint8Array(tokens.length + 1);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const single = spaced(i);
    // a quotation does not run across a line break
    if (i > 0 && !single && input.slice(starts[i - 1]! + tokens[i - 1]!.length, starts[i]!).includes('\n')) open = false;
    if (single) {
      const prev = tokens[i - 1]!;
      // the next token, when a single space parts it from this one
      const next = spaced(i + 1) ? tokens[i + 1] : undefined;
      // after an opening mark; a mark after an opening one closes the quotation
      if (prev === '"' && open) glue[i] = 1;
      else if (t === '"') glue[i] = open ? 1 : 0;
      // "1 . 400", "2 , 5", "8 / 9 / 2017" (not "150 . 2018 menjadi ...": a year starts a sentence)
      else if ((t === '.' || t === ',' || t === '/') && digits(prev, 3) && digits(next, t === '/' ? 4 : 3)) glue[i] = glue[i + 1] = 1;
      else if ((t === "'" || t === '’') && wordEnd(prev) && wordStart(next)) {
        // "Mary ' s", "Mi ' ing", "O ' Reilly" are one word; "Girls ' Generation" a plural's possessive.
        if (/^\p{Ll}{1,3}$/u.test(next!) || /^\p{Lu}$/u.test(prev)) glue[i] = glue[i + 1] = 1;
        else if (/s$/u.test(prev) && /^\p{Lu}/u.test(next!)) glue[i] = 1;
      } else if (CLOSING.test(t)) glue[i] = 1;
      // a letter a lost encoding wrote as question marks: "M ? ? nchen", "Bj ? ? rn"
      else if (/^\p{Ll}/u.test(t) && prev === '?' && tokens[i - 2] === '?' && glue[i - 1] && glue[i - 2] && wordEnd(tokens[i - 3])) glue[i] = 1;
      else if (OPENING.test(prev)) glue[i] = 1;
      else if (t === '-' && wordEnd(prev) && next !== undefined && hyphenated(prev, next, tokens[i - 2], tokens[i + 2])) glue[i] = glue[i + 1] = 1;
    }
    if (t === '"') open = !open;
  }
  // The running text is the input less the single spaces before glued tokens.
  let removed = 0;
  for (let i = 1; i < tokens.length; i++) removed += glue[i]!;
  const origin = new Int32Array(input.length - removed + 1);
  const parts: string[] = [];
  let from = 0;
  let o = 0;
  const copy = (to: number) => {
    parts.push(input.slice(from, to));
    for (let k = from; k < to; k++) origin[o++] = k;
  };
  for (let i = 1; i < tokens.length; i++) {
    if (!glue[i]) continue;
    copy(starts[i]! - 1);
    from = starts[i]!;
  }
  copy(input.length);
  origin[o] = input.length;
  return { text: parts.join(''), origin };
}

/**
 * "Si - won", "Yat - sen", "Eun - Hye", "Al - Hilal", "Alun - alun", "Siborong - borong",
 * "Mbuang - Mbuang", "U - 23": parts of one word. A short syllable after a short one (not
 * "Budi Santoso - ia ...", a dash before a word).
 */
function hyphenated(prev: string, next: string, before: string | undefined, after: string | undefined): boolean {
  if (/^\p{Lu}$/u.test(prev) && /^\d+$/u.test(next)) return true;
  // the Arabic article: "Al - Hilal", "El - Shirazy", "at - Tirmasi"
  if (ARTICLE.test(prev) && /^\p{L}{3,}$/u.test(next)) return true;
  // a name said twice: "Mbuang - Mbuang", "Lumbi - Lumbia" (not two names: "AS - ASEAN", "Bali -
  // Balikpapan", "PSM - PSMS", "Papua - Papua Nugini")
  const b = next.toLowerCase();
  if (/^\p{Lu}\p{Ll}+$/u.test(prev) && /^\p{Lu}\p{Ll}+$/u.test(next) && b.startsWith(prev.toLowerCase()) && b.length - prev.length <= 1 && !/^\p{Lu}/u.test(after ?? '')) return true;
  // the syllables of a given name after its family name: "Yoon Eun - Hye", "Choi Han - Kyul" (not "( Edy - Musa )")
  if (before !== undefined && /^\p{Lu}\p{Ll}+$/u.test(before) && /^\p{Lu}\p{Ll}{1,2}$/u.test(prev) && /^\p{Lu}\p{Ll}{1,3}$/u.test(next)) return true;
  if (!/^\p{Ll}/u.test(next)) return false;
  // (not a word after a dash: "Ahok - yang kini ...")
  return (next.length <= 3 && /^\p{Lu}\p{Ll}{0,3}$/u.test(prev)) || prev.toLowerCase().endsWith(next.toLowerCase());
}

const ARTICLE = /^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]sy|[Aa]sh|[Aa]t|[Aa]z)$/u;

/** The input's span for the running text's span [start, end). */
export function originSpan(d: Detokenized, start: number, end: number): [number, number] {
  if (end <= start) return [d.origin[start]!, d.origin[start]!];
  return [d.origin[start]!, d.origin[end - 1]! + 1];
}
