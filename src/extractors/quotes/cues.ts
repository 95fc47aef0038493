/**
 * Speech cues next to a quoted span: after it (`"…," kata Budi`, `"…," ujarnya`, `"…," he
 * said`, `"…," said Grace Tan`), before it (`Budi berkata, "…"`, `X said: "…"`, `ujar
 * Fadli, "…"`, `Menurut X, "…"`). Token walks of a few tokens each: no scan grows with the
 * article.
 */
import type { Token } from '../../document.js';
import type { MarkSpan } from './marks.js';
import { type Ctx, phraseAfter, phrasePunct, resolvePhrase, resolveSubject, type SpeakerRef, speakerAfterVerb } from './speaker.js';

export interface Cue {
  text: string;
  start: number;
  end: number;
  /** Null when the cue gives no speaker words ("said" alone). */
  speaker: SpeakerRef | null;
  rule: string;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const QUOTE_MARKS = new Set([...DOUBLE_MARKS, "'", '‘', '’', '‚', '‹', '›']);
/** How far a speaker-first cue may sit from the closing mark, in tokens. */
const SPEAKER_WINDOW = 10;
/** How far a speaker-first cue with an apposition may reach: `," X, state secretary in ..., told`. */
const APPOSITION_WINDOW = 24;
/** How many tokens a listener or place may take between a verb and its colon: `told reporters in Bangkok: "`. */
const COLON_WINDOW = 6;
/** Longest subject before a verb, in tokens. */
export const SUBJECT_WINDOW = 40;


export function cue(ctx: Ctx, first: number, last: number, speaker: SpeakerRef | null, rule: string): Cue {
  const { tokens, text } = ctx.doc;
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return { text: text.slice(start, end), start, end, speaker, rule };
}

export function paragraphTokens(ctx: Ctx, paragraph: number): [number, number] {
  const { doc } = ctx;
  const p = doc.paragraphs[paragraph]!;
  return [doc.sentences[p.first]!.first, doc.sentences[p.last - 1]!.last];
}

/** The verb-first or speaker-first cue right after a closing mark, in its paragraph. */
export function cueAfter(ctx: Ctx, span: MarkSpan): Cue | null {
  if (span.closeToken < 0) return null;
  const { tokens, text } = ctx.doc;
  const { w } = ctx;
  const [, limit] = paragraphTokens(ctx, span.paragraph);
  let i = span.closeToken + 1;
  while (i < limit && (tokens[i]!.text === ',' || tokens[i]!.text === '—')) i++;
  if (i >= limit || QUOTE_MARKS.has(tokens[i]!.text)) return null;
  // A quote ending a sentence ("…needed.") is followed by a new sentence, not a cue,
  // unless the cue is lower case or ends right there: `"…." Santosa said.`
  const final = /[.]/.test(lastVisible(text, span.close));
  // `"…," demikian kata Budi`, `"…," then said Smith`.
  while (i < limit && w.adverbs.has(ctx.low[i]!) && w.inverted.at(ctx.low, i + 1, limit) > 0) i++;

  const n = w.inverted.at(ctx.low, i, limit);
  if (n > 0 && !tokens[i]!.upper) {
    const after = speakerAfterVerb(ctx, i, n, limit);
    if (after && (after.end > i + n || !final || w.pronounCues.has(ctx.low[i]!))) return cue(ctx, i, Math.max(after.end, i + n), after.speaker, 'cue-after');
    return null;
  }
  if (w.stops.has(ctx.low[i]!)) return null;
  // `," he said`, `," Commerce Secretary Laura Brennan said`, and with an apposition:
  // `," Franziska Brantner, state secretary in the ministry, told Reuters`.
  let comma = -1;
  for (let k = i + 1; k < limit && k - i <= (comma < 0 ? SPEAKER_WINDOW : APPOSITION_WINDOW); k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence) break;
    if (t.kind === 'punct') {
      if (phrasePunct(ctx, k)) continue;
      if (t.text === ',' && comma < 0 && tokens[i]!.upper) {
        comma = k;
        continue;
      }
      if (t.text === ',' && comma >= 0 && w.cue.at(ctx.low, k + 1, limit) > 0) continue;
      break;
    }
    const m = w.cue.at(ctx.low, k, limit);
    if (m === 0) continue;
    if (w.pronounCues.has(ctx.low[k]!)) break;
    if (comma >= 0 && tokens[k - 1]!.text !== ',') continue;
    if (final && !cueEndsClause(ctx, k, m, limit)) return null;
    const speaker = comma >= 0 ? resolveSubject(ctx, i, k) : resolvePhrase(ctx, i, k);
    if (!speaker) return null;
    return cue(ctx, i, k + m, speaker, 'speaker-cue-after');
  }
  return null;
}

/** After the verb at [k, k+m) comes nothing of a new clause: an end, a preposition, a listener, a time. */
export function cueEndsClause(ctx: Ctx, k: number, m: number, limit: number): boolean {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  const next = tokens[k + m];
  if (!next || k + m >= limit || next.sentence !== tokens[k]!.sentence) return true;
  if (next.kind === 'punct') return next.text !== '"' && next.text !== '“';
  return w.stops.has(ctx.low[k + m]!) || w.listener.at(ctx.low, k, limit) > 0 || w.time.at(ctx.low, k + m, limit) > 0;
}

/** The cue right before an opening mark, in its paragraph. */
export function cueBefore(ctx: Ctx, span: MarkSpan, requireSeparator: boolean): Cue | null {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  const [floor] = paragraphTokens(ctx, span.paragraph);
  let k = span.openToken - 1;
  if (k < floor) return null;
  const sep = tokens[k]!.text;
  const separated = sep === ':' || sep === ',' || sep === '—' || sep === '–';
  if (separated) k--;
  else if (requireSeparator) return null;
  if (k < floor) return null;

  // `Menurutnya, "…"`
  const sentenceFirst = Math.max(floor, ctx.doc.sentences[tokens[k]!.sentence]!.first);
  const ap = w.accordingToPronoun.endingAt(ctx.low, k, sentenceFirst);
  if (ap >= 0 && startsClause(ctx, ap, sentenceFirst)) return cue(ctx, ap, k + 1, { kind: 'pronoun', impersonal: false }, 'according-to-before');

  // `Budi berkata, "…"`, `X said: "…"`, `Ia menambahkan: "…"`
  let v = w.cue.endingAt(ctx.low, k, sentenceFirst);
  let vEnd = k + 1;
  if (v < 0 && sep === ':') {
    for (let j = k - 1; j >= sentenceFirst && k - j <= COLON_WINDOW; j--) {
      if (tokens[j]!.kind === 'punct' && !phrasePunct(ctx, j)) break;
      const s = w.cue.endingAt(ctx.low, j, sentenceFirst);
      if (s >= 0) {
        v = s;
        vEnd = j + 1;
        break;
      }
    }
  }
  if (v >= 0 && !tokens[v]!.upper) {
    if (w.pronounCues.has(ctx.low[v]!) && vEnd === v + 1) return cue(ctx, v, vEnd, { kind: 'pronoun', impersonal: false }, 'cue-before');
    const from = subjectStart(ctx, v, sentenceFirst);
    const speaker = from < v ? resolveSubject(ctx, from, v) : null;
    if (speaker) return cue(ctx, v, v + (w.cue.at(ctx.low, v) || 1), speaker, 'cue-before');
  }

  // `ujar Fadli, "…"`: a verb-first cue, then the quote.
  if (separated) {
    for (let j = k; j >= sentenceFirst && k - j <= 8; j--) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && !phrasePunct(ctx, j)) break;
      const s = w.inverted.endingAt(ctx.low, j, sentenceFirst);
      if (s < 0 || j === k || tokens[s]!.upper) continue;
      if (phraseAfter(ctx, j + 1, k + 1) !== k + 1) break;
      const speaker = resolvePhrase(ctx, j + 1, k + 1);
      if (speaker) return cue(ctx, s, k + 1, speaker, 'cue-between');
      break;
    }
  }

  // `Menurut Budi, "…"`
  if (separated) {
    for (let s = sentenceFirst; s <= k && s - sentenceFirst <= 6; s++) {
      const n = w.accordingTo.at(ctx.low, s, k + 1);
      if (n === 0 || !startsClause(ctx, s, sentenceFirst)) continue;
      for (let j = s + n; j <= k; j++) if (tokens[j]!.kind === 'punct' && !phrasePunct(ctx, j)) return null;
      const speaker = resolvePhrase(ctx, s + n, k + 1);
      if (speaker) return cue(ctx, s, k + 1, speaker, 'according-to-before');
      return null;
    }
  }
  return null;
}

/** Token i starts its sentence, follows a comma in it ("Namun, menurut Budi, …") or one opening conjunction. */
export function startsClause(ctx: Ctx, i: number, sentenceFirst: number): boolean {
  if (i <= sentenceFirst) return true;
  const prev = ctx.doc.tokens[i - 1]!.text;
  if (prev === ',' || QUOTE_MARKS.has(prev) || prev === ':' || prev === ';') return true;
  // After one opening conjunction or adverb: "Namun menurutnya ...", "But according to X, ...".
  return i - 1 === sentenceFirst && (ctx.w.stops.has(ctx.low[i - 1]!) || ctx.w.adverbs.has(ctx.low[i - 1]!));
}

/**
 * Where the subject of the verb at v may start: its sentence start, after a double quote
 * mark (single ones are apostrophes too: "Silverline’s"), within a window.
 */
export function subjectStart(ctx: Ctx, v: number, sentenceFirst: number): number {
  const { tokens } = ctx.doc;
  let from = v;
  while (from > sentenceFirst && v - from < SUBJECT_WINDOW && !DOUBLE_MARKS.has(tokens[from - 1]!.text)) from--;
  return from;
}

function lastVisible(text: string, at: number): string {
  for (let k = at - 1; k >= 0 && at - k < 4; k--) if (!/[\s,]/u.test(text[k]!)) return text[k]!;
  return '';
}

export { QUOTE_MARKS };
