/**
 * Reported speech, one sentence at a time (sentences holding a direct quote are skipped):
 *   - "Menurut X, ...", "Menurutnya ...", "According to X, ..."  (according-to)
 *   - "..., X said." / "..., said X." / "..., kata X." / "..., according to X." (attribution-after)
 *   - "X mengatakan (bahwa) ...", "X said (on Monday) (that) ...", "X told Reuters ..." (reporting-verb)
 * The content runs to the end of the sentence, without its final stop.
 */
import type { Sentence, Token } from '../../document.js';
import { cue, type Cue, cueEndsClause, QUOTE_MARKS, startsClause, subjectStart } from './cues.js';
import { type Ctx, phrasePunct, resolvePhrase, resolveSubject, type SpeakerRef, speakerAfterVerb } from './speaker.js';

export interface Reported {
  start: number;
  end: number;
  cue: Cue;
  speaker: SpeakerRef | null;
  rule: string;
}

/** Fewest words a reported clause needs. */
const MIN_WORDS = 3;
/** Longest speaker given only as words in an attribution after the clause: "officials", "hotel operators". */
const MAX_TEXT_SPEAKER = 4;
/** Longest place, time or listener after a verb that ends its sentence: "said in a filing to the Exchange (IDX)". */
const SHORT_TAIL = 12;
/** Commas examined from the end of a sentence for an attribution after the clause. */
const MAX_TAIL_COMMAS = 3;
/** Longest attribution after the clause, in tokens. */
const TAIL_WINDOW = 24;
/** How far a complementiser may follow its verb: `said in a report last month that`. */
const THAT_WINDOW = 8;
/** How far into a sentence "Menurut X" may start: `Namun, menurut X, ...`. */
const INTRO_WINDOW = 6;

const FINAL = new Set(['.', '!', '?', '…', ...QUOTE_MARKS]);

/** `spans`: the direct quotes, [from, to) with their marks, sorted. */
export function reportedSpeech(ctx: Ctx, spans: ReadonlyArray<{ from: number; to: number }>): Reported[] {
  const out: Reported[] = [];
  let k = 0;
  for (let s of ctx.doc.sentences) {
    while (k < spans.length && spans[k]!.to <= s.start) k++;
    if (k < spans.length && spans[k]!.from < s.end) continue;
    s = { ...s, first: afterDateline(ctx, s) };
    // A subject with a name or a pronoun first; then an attribution at the end
    // ("..., Kestrel said."); then a subject given only as words ("Hotel operators said").
    const r = accordingTo(ctx, s) ?? reportingVerb(ctx, s, true) ?? attributionAfter(ctx, s) ?? reportingVerb(ctx, s, false);
    if (r) out.push(r);
  }
  return out;
}

const DASHES = new Set(['—', '–', '-']);
const DATELINE_PUNCT = new Set(['(', ')', ',', '.', '/']);
/** Tokens a dateline may take before its dash. */
const DATELINE_WINDOW = 14;
/** A dateline opens one of the first paragraphs only. */
const DATELINE_PARAGRAPHS = 3;

/**
 * The first token after a dateline opening the sentence ("WASHINGTON (AP) —", "JAKARTA,
 * March 3 (Reuters) -", "Jakarta , CNN Indonesia --"): capitalised words, numbers and
 * brackets up to a dash, with an agency in brackets or in capitals. Else the sentence start.
 */
function afterDateline(ctx: Ctx, s: Sentence): number {
  const { tokens } = ctx.doc;
  if (s.paragraph >= DATELINE_PARAGRAPHS) return s.first;
  let agency = false;
  for (let k = s.first; k < s.last && k - s.first <= DATELINE_WINDOW; k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) {
      if (k === s.first || !agency) return s.first;
      let j = k;
      while (j + 1 < s.last && DASHES.has(tokens[j + 1]!.text)) j++;
      return j + 1 < s.last ? j + 1 : s.first;
    }
    if (t.kind === 'word' && !t.upper) return s.first;
    if (t.kind === 'punct' && !DATELINE_PUNCT.has(t.text)) return s.first;
    if (t.text === ')' || (t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase())) agency = true;
  }
  return s.first;
}

/** End (exclusive) of a sentence's content: without its final stop and closing marks. */
function contentEnd(ctx: Ctx, s: Sentence): number {
  const { tokens } = ctx.doc;
  let e = s.last;
  while (e > s.first && FINAL.has(tokens[e - 1]!.text)) e--;
  return e;
}

/** Word tokens in [a, b), counted up to `enough` (a sentence may be very long). */
function words(tokens: readonly Token[], a: number, b: number, enough: number): number {
  let n = 0;
  for (let i = a; i < b && n < enough; i++) if (tokens[i]!.kind !== 'punct') n++;
  return n;
}

function make(ctx: Ctx, a: number, b: number, c: Cue, rule: string, minWords = MIN_WORDS): Reported | null {
  const { tokens } = ctx.doc;
  while (a < b && (tokens[a]!.text === ',' || tokens[a]!.text === ':')) a++;
  while (b > a && tokens[b - 1]!.text === ',') b--;
  if (words(tokens, a, b, minWords) < minWords) return null;
  return { start: tokens[a]!.start, end: tokens[b - 1]!.end, cue: c, speaker: c.speaker, rule };
}

function accordingTo(ctx: Ctx, s: Sentence): Reported | null {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  const e = contentEnd(ctx, s);
  for (let p = s.first; p < e && p - s.first <= INTRO_WINDOW; p++) {
    if (!startsClause(ctx, p, s.first)) continue;
    const np = w.accordingToPronoun.at(ctx.low, p, e);
    if (np > 0) return make(ctx, p + np, e, cue(ctx, p, p + np, { kind: 'pronoun', impersonal: false }, 'according-to'), 'according-to');
    const n = w.accordingTo.at(ctx.low, p, e);
    if (n === 0) continue;
    // The source runs to the next comma, brackets allowed: "According to the Agency (Bawaslu), ...".
    let j = p + n;
    let depth = 0;
    for (; j < e && j - p < 16; j++) {
      const t = tokens[j]!.text;
      if (t === '(') depth++;
      else if (t === ')') depth--;
      else if (depth === 0 && t === ',') break;
      else if (depth === 0 && tokens[j]!.kind === 'punct' && !phrasePunct(ctx, j)) return null;
    }
    if (j >= e || tokens[j]!.text !== ',' || j === p + n) return null;
    const speaker = resolvePhrase(ctx, p + n, j);
    if (!speaker) return null;
    return make(ctx, j + 1, e, cue(ctx, p, j, speaker, 'according-to'), 'according-to');
  }
  return null;
}

function attributionAfter(ctx: Ctx, s: Sentence): Reported | null {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  const e = contentEnd(ctx, s);
  let commas = 0;
  for (let c = e - 1; c > s.first && e - c <= TAIL_WINDOW && commas < MAX_TAIL_COMMAS; c--) {
    if (tokens[c]!.text !== ',') continue;
    commas++;
    const t0 = c + 1;
    if (t0 >= e) continue;
    // ", according to X." / ", menurutnya."
    const np = w.accordingToPronoun.at(ctx.low, t0, e);
    if (np > 0 && t0 + np === e) return make(ctx, s.first, c, cue(ctx, t0, e, { kind: 'pronoun', impersonal: false }, 'according-to'), 'according-to-after');
    const n = w.accordingTo.at(ctx.low, t0, e);
    if (n > 0) {
      let j = t0 + n;
      let depth = 0;
      for (; j < e; j++) {
        const t = tokens[j]!.text;
        if (t === '(') depth++;
        else if (t === ')') depth--;
        else if (depth === 0 && tokens[j]!.kind === 'punct' && !phrasePunct(ctx, j)) break;
      }
      const speaker = j > t0 + n ? resolvePhrase(ctx, t0 + n, j) : null;
      if (speaker) return make(ctx, s.first, c, cue(ctx, t0, j, speaker, 'according-to'), 'according-to-after');
      continue;
    }
    // ", said X." / ", kata X." / ", ujarnya."
    const v = w.inverted.at(ctx.low, t0, e);
    if (v > 0 && !tokens[t0]!.upper) {
      // The speaker is a name, a pronoun or a few words, and ends the sentence, or an
      // apposition or a place follows: ", said Karen Liu, research director at ...".
      if (w.complementizers.at(ctx.low, t0 + v, e) > 0) continue;
      const after = speakerAfterVerb(ctx, t0, v, e);
      if (!after || (after.end === t0 + v && !(v === 1 && w.pronounCues.has(ctx.low[t0]!)))) continue;
      return make(ctx, s.first, c, cue(ctx, t0, after.end, after.speaker, 'cue-after'), 'attribution-after', MIN_WORDS + 1);
    }
    // ", X said." / ", the central bank said in a statement." / ", officials said."
    // After the verb only a place, a time or a listener ends the sentence.
    if (w.stops.has(ctx.low[t0]!)) continue;
    for (let k = t0 + 1; k < e && k - t0 <= 10; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct') {
        if (phrasePunct(ctx, k)) continue;
        break;
      }
      const m = w.cue.at(ctx.low, k, e);
      if (m === 0) continue;
      if (!cueEndsClause(ctx, k, m, e) || !shortTail(ctx, k + m, e)) break;
      const speaker = resolvePhrase(ctx, t0, k);
      // Words as written stay few and hold no preposition or conjunction ("sejumlah
      // pemuda menghampiri dan mencoba bertanya" is a clause, not a speaker).
      if (speaker?.kind === 'text' && !speaker.role && (k - t0 > MAX_TEXT_SPEAKER || hasStop(ctx, t0, k))) break;
      if (speaker) return make(ctx, s.first, c, cue(ctx, t0, k + m, speaker, 'speaker-cue-after'), 'attribution-after', MIN_WORDS + 1);
      break;
    }
  }
  return null;
}

/** [a, b) holds no comma and at most SHORT_TAIL tokens: a place, a time, a listener, not a clause. */
function shortTail(ctx: Ctx, a: number, b: number): boolean {
  if (b - a > SHORT_TAIL) return false;
  for (let k = a; k < b; k++) if (ctx.doc.tokens[k]!.text === ',') return false;
  return true;
}

function hasStop(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.w.stops.has(ctx.low[k]!)) return true;
  return false;
}

/** `named`: accept only a subject that is an entity, a pronoun or a role ("the minister"). */
function reportingVerb(ctx: Ctx, s: Sentence, named: boolean): Reported | null {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  const e = contentEnd(ctx, s);
  for (let v = s.first + 1; v < e - 1; v++) {
    const n = w.reporting.at(ctx.low, v, e);
    if (n === 0 || tokens[v]!.upper) continue;
    let p = v - 1;
    while (p > s.first && w.adverbs.has(ctx.low[p]!)) p--;
    if (w.relatives.has(ctx.low[p]!) || w.passive.has(ctx.low[p]!) || w.negations.has(ctx.low[p]!)) continue;
    const from = subjectStart(ctx, v, s.first);
    const speaker: SpeakerRef | null = resolveSubject(ctx, from, v);
    if (!speaker || (named && speaker.kind === 'text' && !speaker.role)) continue;
    let c = v + n;
    const comma = tokens[c]?.text === ',';
    if (comma || tokens[c]?.text === ':') c++;
    if (c >= e || QUOTE_MARKS.has(tokens[c]!.text)) return null;
    // `said on Monday that ...`, `told reporters after the event that ...`,
    // `mengatakan, Senin (5/1), bahwa ...`: "that" may wait behind a place, a time or a
    // listener, not behind the content itself (`said Kestrel would comply with rules that`).
    let that = -1;
    const listener = w.listener.at(ctx.low, v, e) > 0;
    const opener = tokens[c];
    const free =
      !!opener && (w.stops.has(ctx.low[c]!) || w.time.at(ctx.low, c, e) > 0 || (listener && (opener.upper || w.listeners.at(ctx.low, c, e) > 0)));
    for (let j = c; j < e && j - c <= THAT_WINDOW; j++) {
      const t = tokens[j]!;
      const m = w.complementizers.at(ctx.low, j, e);
      if (m > 0) {
        that = j + m;
        break;
      }
      if (t.kind === 'punct' && !(comma && (t.text === ',' || t.text === '(' || t.text === ')' || t.text === '/'))) break;
      // After a comma only names, numbers, times and brackets: `, Senin (5/1), bahwa`.
      if (!free && !(comma && (t.upper || t.kind !== 'word' || w.time.at(ctx.low, j, e) > 0))) break;
    }
    if (that >= 0) c = that;
    else {
      // `told Reuters the group ...`: the listener is not the content.
      if (listener) c = skipListener(ctx, c, e);
      for (let m = w.time.at(ctx.low, c, e); m > 0; m = w.time.at(ctx.low, c, e)) c += m;
      // `said in a filing to ...`: a short phrase after a preposition is no reported clause;
      // a longer one is ("menjelaskan usai video itu viral, pihaknya ...").
      if (!comma && c < e && w.stops.has(ctx.low[c]!) && shortTail(ctx, c, e)) continue;
    }
    const r = make(ctx, c, e, cue(ctx, v, v + n, speaker, 'reporting-verb'), 'reporting-verb');
    if (r) return r;
  }
  return null;
}

/** Skip the listener after "told": a capitalised name or a listener word ("reporters"). */
function skipListener(ctx: Ctx, c: number, e: number): number {
  const { tokens } = ctx.doc;
  if (c >= e) return c;
  const n = ctx.w.listeners.at(ctx.low, c, e);
  if (n > 0) return c + n;
  while (c < e && (tokens[c]!.upper || phrasePunct(ctx, c))) c++;
  return c;
}
