/**
 * Quotations. Direct quotes from quotation marks, paragraph by paragraph (a quote with no
 * closing mark ends at its paragraph, or where the next quote opens), with the speech cue
 * after or before them; reported speech from reporting verbs and "according to" phrases.
 * Speakers are resolved through the shared EntityIndex.
 */
import type { Document, Token } from '../../document.js';
import type { Lang } from '../../lang/types.js';
import type { Quote } from '../../schema.js';
import type { EntityDraft } from '../entities/index.js';
import type { EntityIndex } from '../entities/link.js';
import { alternation, perKey, withCapitals } from '../../util/regex.js';

interface Draft {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  unclosed?: boolean;
  speaker?: EntityDraft;
  speakerName?: string | null;
  role?: string;
  cue: { text: string; start: number; end: number } | null;
  /** Speaker came from a pronoun or no cue: filled from context. */
  needsSpeaker: boolean;
  rule: string;
}

const MIN_WORDS = 4;
const MARKS = /["“”„«»]/g;
const OPENING_ONLY = new Set(['“', '„', '«']);
const CLOSING_ONLY = new Set(['”', '»']);

const compile = perKey((lang: Lang) => {
  const q = lang.quotes;
  // No `i` flag on patterns holding \p{Lu}: it would let lower-case words pass as names.
  const cue = alternation(withCapitals(q.cueVerbs));
  const pronoun = alternation(withCapitals(q.pronouns));
  // A speaker phrase: a capitalised run, "the <role noun>", or a pronoun.
  const name = String.raw`\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|bin|binti|van|de|dan))*`;
  const speaker = String.raw`(?:(${name})|(?:the\s+)(\p{Ll}+(?:\s+\p{Ll}+)?)|(${pronoun}))`;
  return {
    pronounCues: new Set(q.pronounCues.map((w) => w.toLowerCase())),
    pronouns: new Set(q.pronouns.map((w) => w.toLowerCase())),
    // After a closing mark: `," kata Budi`, `," ujarnya`, `," said the minister`.
    verbThenSpeaker: new RegExp(String.raw`[,.!?]?\s*(${cue})(?![\p{L}])(?:\s+${speaker})?`, 'uy'),
    // After a closing mark: `," he said`, `," Smith said`.
    speakerThenVerb: new RegExp(String.raw`[,.!?]?\s*${speaker}\s+(${cue})(?![\p{L}])`, 'uy'),
    // Before an opening mark: `Budi berkata, "`, `Smith said: "`.
    beforeQuote: new RegExp(String.raw`${speaker}\s+(?:(?:juga|pun|kembali|also|then)\s+)?(${cue})\s*[,:]?\s*$`, 'u'),
    reporting: new Set(q.reportingVerbs.map((w) => w.toLowerCase())),
    complementizers: new Set(q.complementizers.map((w) => w.toLowerCase())),
    accordingTo: new RegExp(String.raw`^(?:${alternation(withCapitals(q.accordingTo))})\s+${speaker}\s*,\s*`, 'u'),
    accordingToPronoun: new RegExp(String.raw`^(?:${alternation(q.accordingToPronoun)})(?![\p{L}])\s*,?\s*`, 'iu'),
    adverbs: new Set(['juga', 'pun', 'kembali', 'also', 'then', 'later', 'previously', 'sebelumnya']),
  };
});
type Patterns = ReturnType<typeof compile>;

export function extractQuotes(doc: Document, index: EntityIndex): Quote[] {
  const p = compile(doc.lang);
  const drafts = directQuotes(doc, p, index);
  drafts.push(...reportedSpeech(doc, p, index, drafts));
  drafts.sort((a, b) => a.start - b.start);
  fillSpeakers(drafts, index);
  return drafts.map((d, k) => ({
    id: `q${k + 1}`,
    kind: d.kind,
    text: doc.text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    ...(d.unclosed ? { unclosed: true } : {}),
    speaker: {
      entity: null,
      name: d.speaker?.name ?? d.speakerName ?? null,
      ...(d.role ? { role: d.role } : {}),
    },
    cue: d.cue,
    rule: d.rule,
    // The entity id is set by the pipeline once entities are numbered.
    _entity: d.speaker,
  })) as Quote[];
}

/** The entity draft behind a quote, for the pipeline to number; not part of the output. */
export function speakerDraft(q: Quote): EntityDraft | undefined {
  return (q as Quote & { _entity?: EntityDraft })._entity;
}

function directQuotes(doc: Document, p: Patterns, index: EntityIndex): Draft[] {
  const { text } = doc;
  const out: Draft[] = [];
  for (const para of doc.paragraphs) {
    let open = -1;
    const slice = text.slice(para.start, para.end);
    for (const m of slice.matchAll(MARKS)) {
      const at = para.start + m.index;
      const mark = m[0];
      const before = text[at - 1] ?? ' ';
      const after = text[at + 1] ?? ' ';
      const opensHere = !CLOSING_ONLY.has(mark) && (OPENING_ONLY.has(mark) || (/[\s(\[—–-]/.test(before) || at === para.start) && !/\s/.test(after));
      const closesHere = !OPENING_ONLY.has(mark) && !/\s/.test(before) && at !== para.start;
      if (open < 0) {
        if (opensHere) open = at;
      } else if (closesHere) {
        pushDirect(doc, p, index, open, at, false, out);
        open = -1;
      } else if (opensHere) {
        // A new opening mark while a quote is open: the open one had no closing mark.
        pushDirect(doc, p, index, open, at, true, out);
        open = at;
      }
    }
    if (open >= 0) pushDirect(doc, p, index, open, para.end, true, out);
  }
  return out;
}

function pushDirect(doc: Document, p: Patterns, index: EntityIndex, open: number, close: number, unclosed: boolean, out: Draft[]): void {
  const { text } = doc;
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const words = text.slice(start, end).split(/\s+/).length;
  const draft: Draft = { kind: 'direct', start, end, cue: null, needsSpeaker: true, rule: unclosed ? 'quote-unclosed' : 'quote-marks' };
  if (unclosed) draft.unclosed = true;
  const after = unclosed ? close : close + 1;
  if (!unclosed) attachCueAfter(doc, p, index, draft, after);
  if (!draft.cue) attachCueBefore(doc, p, index, draft, open);
  // Scare quotes and titles: short and with no speech cue.
  if (words < MIN_WORDS && !draft.cue) return;
  out.push(draft);
}

function setSpeaker(index: EntityIndex, d: Draft, m: RegExpExecArray, nameGroup: number): void {
  const [name, role, pronoun] = [m[nameGroup], m[nameGroup + 1], m[nameGroup + 2]];
  if (name) {
    const start = m.index + m[0].indexOf(name);
    const entity = index.within(start, start + name.length);
    d.speaker = entity;
    d.speakerName = entity ? entity.name : name;
    d.needsSpeaker = false;
  } else if (role) {
    const entity = index.byRole(role.split(/\s+/).pop()!, d.start);
    d.speaker = entity;
    d.speakerName = entity?.name ?? `the ${role}`;
    d.role = role;
    d.needsSpeaker = false;
  } else if (pronoun) {
    d.needsSpeaker = true;
  }
}

function cueOf(m: RegExpExecArray, text: string): { text: string; start: number; end: number } {
  let start = m.index;
  while (start < m.index + m[0].length && /[\s,.!?]/.test(text[start]!)) start++;
  return { text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length };
}

function attachCueAfter(doc: Document, p: Patterns, index: EntityIndex, d: Draft, pos: number): void {
  const { text } = doc;
  p.verbThenSpeaker.lastIndex = pos;
  let m = p.verbThenSpeaker.exec(text);
  if (m) {
    d.cue = cueOf(m, text);
    d.rule += '+cue-after';
    if (p.pronounCues.has(m[1]!.toLowerCase())) d.needsSpeaker = true;
    else setSpeaker(index, d, m, 2);
    return;
  }
  p.speakerThenVerb.lastIndex = pos;
  m = p.speakerThenVerb.exec(text);
  if (m) {
    d.cue = cueOf(m, text);
    d.rule += '+speaker-cue-after';
    setSpeaker(index, d, m, 1);
  }
}

function attachCueBefore(doc: Document, p: Patterns, index: EntityIndex, d: Draft, open: number): void {
  const { text } = doc;
  const from = Math.max(0, open - 120);
  const m = p.beforeQuote.exec(text.slice(from, open));
  if (!m) return;
  const shifted = Object.assign([...m], { index: m.index + from, input: text }) as unknown as RegExpExecArray;
  d.cue = cueOf(shifted, text);
  d.rule += '+cue-before';
  setSpeaker(index, d, shifted, 1);
}

function inside(drafts: Draft[], start: number, end: number): boolean {
  return drafts.some((d) => start < d.end + 1 && end > d.start - 1);
}

function reportedSpeech(doc: Document, p: Patterns, index: EntityIndex, direct: Draft[]): Draft[] {
  const { text, tokens } = doc;
  const out: Draft[] = [];
  for (const s of doc.sentences) {
    if (inside(direct, s.start, s.end)) continue;
    const sentence = text.slice(s.start, s.end);
    const contentEnd = (() => {
      let e = s.end;
      while (e > s.start && /[\s.!?"”]/.test(text[e - 1]!)) e--;
      return e;
    })();
    // "Menurutnya, ..." / "Menurut Budi, ..."
    const pr = p.accordingToPronoun.exec(sentence);
    if (pr) {
      const start = s.start + pr[0].length;
      if (contentEnd > start) {
        out.push({ kind: 'indirect', start, end: contentEnd, cue: cueText(text, s.start, s.start + pr[0].replace(/[\s,]+$/, '').length), needsSpeaker: true, rule: 'according-to-pronoun' });
      }
      continue;
    }
    const acc = p.accordingTo.exec(sentence);
    if (acc) {
      const start = s.start + acc[0].length;
      const d: Draft = { kind: 'indirect', start, end: contentEnd, cue: cueText(text, s.start, s.start + acc[0].replace(/[\s,]+$/, '').length), needsSpeaker: true, rule: 'according-to' };
      setSpeaker(index, d, Object.assign([...acc], { index: s.start, input: text }) as unknown as RegExpExecArray, 1);
      if (contentEnd > start) out.push(d);
      continue;
    }
    // "Budi mengatakan (bahwa) ...", "Smith said (that) ..."
    for (let i = s.first + 1; i < s.last - 1; i++) {
      const verb = tokens[i]!;
      if (!p.reporting.has(verb.text.toLowerCase())) continue;
      let subjectEnd = i - 1;
      if (p.adverbs.has(tokens[subjectEnd]!.text.toLowerCase()) && subjectEnd > s.first) subjectEnd--;
      const subjectToken = tokens[subjectEnd]!;
      const entity = index.within(subjectToken.start, subjectToken.end);
      const pronoun = p.pronouns.has(subjectToken.text.toLowerCase());
      if (!entity && !pronoun) continue;
      if (entity && entity.mentions.every((m) => m.end !== subjectToken.end)) continue;
      let c = i + 1;
      if (tokens[c] && p.complementizers.has(tokens[c]!.text.toLowerCase())) c++;
      const next: Token | undefined = tokens[c];
      if (!next || next.text === ',' || next.text === ':' || /["“]/.test(next.text) || next.start >= contentEnd) break;
      const d: Draft = { kind: 'indirect', start: next.start, end: contentEnd, cue: cueText(text, verb.start, verb.end), needsSpeaker: !entity, rule: 'reporting-verb' };
      if (entity) {
        d.speaker = entity;
        d.speakerName = entity.name;
      }
      out.push(d);
      break;
    }
  }
  return out;
}

function cueText(text: string, start: number, end: number) {
  return { text: text.slice(start, end), start, end };
}

/**
 * Speakers the cue left open. A cue-less quote glued to the next one ("A. "B," ujarnya.")
 * shares its speaker; a pronoun cue ("ujarnya", "he said") names the last person mentioned
 * before the quote; any other cue-less quote continues the previous speaker.
 */
function fillSpeakers(drafts: Draft[], index: EntityIndex): void {
  const follows = new Map<Draft, Draft>();
  for (let k = drafts.length - 2; k >= 0; k--) {
    const d = drafts[k]!;
    const next = drafts[k + 1]!;
    const between = index.text.slice(d.end, next.start).replace(/["“”„,.\s]/g, '');
    if (d.kind === 'direct' && !d.cue && next.kind === 'direct' && between === '') follows.set(d, follows.get(next) ?? next);
  }
  let lastSpeaker: EntityDraft | undefined;
  for (const d of drafts) {
    if (d.needsSpeaker && !d.speaker && !follows.has(d)) {
      d.speaker = d.cue ? (index.lastPersonBefore(d.start) ?? lastSpeaker) : (lastSpeaker ?? index.lastPersonBefore(d.start));
    }
    if (d.speaker) lastSpeaker = d.speaker;
  }
  for (const [d, next] of follows) if (!d.speaker) d.speaker = next.speaker;
  for (const d of drafts) {
    if (!d.speaker) continue;
    d.speakerName = d.speaker.name;
    d.speaker.quotes++;
  }
}
