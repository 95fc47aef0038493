/**
 * Quoted spans from quotation marks, one left-to-right pass over each paragraph's mark
 * tokens with a stack: straight, curly, low and guillemet marks; single marks nested in
 * double ones; a mark opens or closes by what flanks it, else by its glyph, else by
 * whether a quote is open. A quote still open at its paragraph end is closed there
 * (`unclosed`); an opening mark after a sentence end inside an open quote starts a new
 * quote (paragraphs flattened into one line).
 */
import type { Document } from '../../document.js';

export interface MarkSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; for an unclosed quote, where it was cut. */
  close: number;
  /** Content span: inside the marks, without outer spaces and a trailing comma. */
  start: number;
  end: number;
  unclosed: boolean;
  /** Single marks at the top level ('…'): speech only with a cue. */
  single: boolean;
  /** Token index of the opening mark; of the closing mark or -1. */
  openToken: number;
  closeToken: number;
  paragraph: number;
  /** Word and number tokens inside. */
  words: number;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟', '〝', '〞', '＂']);
const SINGLE = new Set(["'", '‘', '’', '‚', '‹', '›', '‛']);
const OPEN_GLYPH = new Set(['“', '„', '«', '‘', '‚', '‹', '‟', '‛', '〝']);
const CLOSE_GLYPH = new Set(['”', '»', '’', '›', '〞']);
/** Characters after which a mark may open: space, brackets, dashes, slashes, other marks. */
const BEFORE_OPEN = /[\s(\[{—–\-/“„«‘‚‹"']/u;
/** Characters before which a mark may close: space, punctuation, brackets, other marks. */
const AFTER_CLOSE = /[\s.,;:!?…)\]}—–\-/”»’›"']/u;
const SENTENCE_END = /[.!?…]/u;
const DIGIT = /\p{N}/u;
/** Quotes nest a few levels at most; deeper opening marks are ignored (keeps each mark O(1)). */
const MAX_DEPTH = 6;

interface Open {
  at: number;
  token: number;
  double: boolean;
  /** A single mark opening an utterance (paragraph or sentence start, after a colon): British style. */
  utterance?: boolean;
}

export function findMarkSpans(doc: Document): MarkSpan[] {
  const { text, tokens } = doc;
  const out: MarkSpan[] = [];
  doc.paragraphs.forEach((para, p) => {
    if (para.first >= para.last) return;
    const firstToken = doc.sentences[para.first]!.first;
    const lastToken = doc.sentences[para.last - 1]!.last;
    const stack: Open[] = [];
    const emit = (o: Open, close: number, closeToken: number, unclosed: boolean) => {
      const span = content(doc, o, close, closeToken, unclosed, p);
      if (span) out.push(span);
    };
    for (let i = firstToken; i < lastToken; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'punct') continue;
      const double = DOUBLE.has(t.text);
      if (!double && !SINGLE.has(t.text)) continue;
      const at = t.start;
      const before = at > para.start ? text[at - 1]! : ' ';
      const after = at + 1 < para.end ? text[at + 1]! : ' ';
      const mayOpen = BEFORE_OPEN.test(before) && !/\s/u.test(after);
      const mayClose = !/\s/u.test(before) && AFTER_CLOSE.test(after);
      let dir: 'open' | 'close' | null = mayOpen && !mayClose ? 'open' : mayClose && !mayOpen ? 'close' : null;
      dir ??= OPEN_GLYPH.has(t.text) ? 'open' : CLOSE_GLYPH.has(t.text) ? 'close' : null;
      const openDouble = lastIndex(stack, true);

      if (double) {
        // Inch marks: 32" with no quote open.
        if (openDouble < 0 && DIGIT.test(before)) continue;
        const closes = dir === 'close' || (dir === null && openDouble >= 0);
        if (closes) {
          if (openDouble < 0) continue; // a stray closing mark
          const o = stack[openDouble]!;
          stack.length = openDouble;
          if (stack.length === 0) emit(o, at, i, false);
          continue;
        }
        if (openDouble < 0) {
          // Inside a single quote that opened an utterance ('He said "go",' she said) the
          // double mark nests; any other single mark left open was an apostrophe.
          if (!stack[0]?.utterance) stack.length = 0;
          stack.push({ at, token: i, double: true });
          continue;
        }
        // An opening mark inside an open quote: a restart after a sentence end, else nested.
        if (openDouble === 0 && SENTENCE_END.test(previousVisible(text, at, para.start))) {
          emit(stack[0]!, at, -1, true);
          stack.length = 0;
        }
        if (stack.length < MAX_DEPTH) stack.push({ at, token: i, double: true });
        continue;
      }

      // Single marks.
      const top = stack[stack.length - 1];
      if (dir === 'close' || (dir === null && top && !top.double)) {
        if (!top || top.double) continue; // an apostrophe: "investors' money"
        stack.pop();
        if (stack.length === 0) emit(top, at, i, false);
        continue;
      }
      if (dir === 'open' && t.text !== '’' && t.text !== '›' && stack.length < MAX_DEPTH) {
        const utterance = stack.length === 0 && /^$|[.!?…:]/u.test(previousVisible(text, at, para.start));
        stack.push({ at, token: i, double: false, utterance });
      }
    }
    if (stack[0]?.double) emit(stack[0], para.end, -1, true);
  });
  return out;
}

function lastIndex(stack: Open[], double: boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.double === double) return k;
  return -1;
}

/** The last non-space character before `at` (within the paragraph), or ''. */
function previousVisible(text: string, at: number, floor: number): string {
  for (let k = at - 1; k >= floor; k--) if (!/\s/u.test(text[k]!)) return text[k]!;
  return '';
}

function content(doc: Document, o: Open, close: number, closeToken: number, unclosed: boolean, paragraph: number): MarkSpan | null {
  const { text, tokens } = doc;
  let start = o.at + 1;
  let end = close;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start && text[end - 1] === ',') end--;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  let words = 0;
  for (let i = o.token + 1; i < tokens.length && tokens[i]!.start < end; i++) if (tokens[i]!.kind !== 'punct') words++;
  return { open: o.at, close, start, end, unclosed, single: !o.double, openToken: o.token, closeToken, paragraph, words };
}
