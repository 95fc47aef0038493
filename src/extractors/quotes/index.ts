/**
 * Quotations: a small pipeline.
 *   1. candidates  quoted spans from the marks (marks.ts), each with the speech cue after,
 *                  before or around it (cues.ts); reported speech per sentence (reported.ts)
 *   2. filter      scare quotes and titles go: a direct quote needs a cue, or >= 4 words
 *                  standing as an utterance (not a title, not a phrase inside a sentence)
 *   3. refiners    split quotes share their cue (`"A," he said. "B."`); a cue-less quote
 *                  right before a cued one shares its speaker; pronoun cues and cue-less
 *                  quotes get the most recent named speaker or subject (one sweep);
 *                  overlaps removed
 * Speakers are linked through the shared EntityIndex. Each result carries its rule.
 */
import { type Document, tokenAt } from '../../document.js';
import type { Lang } from '../../lang/types.js';
import type { Quote } from '../../schema.js';
import { perKey } from '../../util/regex.js';
import type { EntityDraft } from '../entities/index.js';
import type { EntityIndex } from '../entities/link.js';
import { type Cue, cueAfter, cueBefore, SUBJECT_WINDOW, subjectStart } from './cues.js';
import { findMarkSpans, type MarkSpan } from './marks.js';
import { firstIndex } from '../../util/search.js';
import { reportedSpeech } from './reported.js';
import { type Ctx, resolveSubject, type SpeakerRef } from './speaker.js';
import { quoteWords } from './words.js';

interface Draft {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  unclosed?: boolean;
  cue: Cue | null;
  /** The speaker as the cue gives it; null: from context. */
  ref: SpeakerRef | null;
  rule: string;
  span?: MarkSpan;
  /** A quote that shares the speaker of the quote before (split) or after it (continued). */
  sharesWith?: Draft;
  speaker?: EntityDraft;
  speakerName?: string | null;
  role?: string;
}

/** Fewest words of a quote with no speech cue. */
const MIN_WORDS = 4;

const abbreviationSet = perKey((lang: Lang) => new Set(lang.abbreviations.map((a) => a.toLowerCase())));
const connectorSet = perKey((lang: Lang) => new Set(lang.entities.connectors.map((a) => a.toLowerCase())));
const titleSet = perKey((lang: Lang) => new Set(lang.entities.titles.filter((t) => !t.includes(' ')).map((a) => a.toLowerCase())));

/** A quote and the entity draft of its speaker, which the pipeline numbers once entities are ranked. */
export interface FoundQuote {
  quote: Quote;
  speaker?: EntityDraft;
}

export function extractQuotes(doc: Document, index: EntityIndex): FoundQuote[] {
  const low = doc.tokens.map((t) => t.lower);
  const ctx: Ctx = { doc, low, w: quoteWords(doc.lang), index, abbreviations: abbreviationSet(doc.lang), connectors: connectorSet(doc.lang), titles: titleSet(doc.lang) };
  const direct = directQuotes(ctx);
  const indirect: Draft[] = reportedSpeech(
    ctx,
    direct.map((d) => ({ from: d.span!.open, to: d.span!.closeToken >= 0 ? d.span!.close + 1 : d.span!.close })),
  ).map((r) => ({ kind: 'indirect', start: r.start, end: r.end, cue: r.cue, ref: r.speaker, rule: r.rule }));
  const drafts = removeOverlaps([...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end));
  assignSpeakers(ctx, drafts);
  return drafts.map((d, k) => ({
    speaker: d.speaker,
    quote: {
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
      cue: d.cue ? { text: d.cue.text, start: d.cue.start, end: d.cue.end } : null,
      rule: d.rule,
    },
  }));
}

function directQuotes(ctx: Ctx): Draft[] {
  const out: Draft[] = [];
  let previous: Draft | undefined;
  for (const span of findMarkSpans(ctx.doc)) {
    const short = span.words < MIN_WORDS;
    const after = cueAfter(ctx, span);
    const before = cueBefore(ctx, span, short);
    // `"…," kata Budi` binds tighter than a cue before; after a full stop the cue before wins.
    const c = after && !endsSentence(ctx, span) ? after : (before ?? after);
    const base = span.unclosed ? 'quote-unclosed' : span.single ? 'quote-single' : 'quote-marks';
    const d: Draft = { kind: 'direct', start: span.start, end: span.end, cue: c, ref: c?.speaker ?? null, rule: c ? `${base}+${c.rule}` : base, span };
    if (span.unclosed) d.unclosed = true;
    if (!c) {
      const split = previous && splitFrom(ctx, previous, span);
      if (split && previous) {
        // `"A," he said. "B."`: B shares A's cue and speaker.
        d.cue = previous.cue;
        d.ref = previous.ref;
        d.sharesWith = previous;
        d.rule = `${base}+split`;
      } else if (span.single || short || titleLike(ctx, span)) continue;
      else if (!standsAlone(ctx, span)) {
        // A phrase quoted inside a sentence counts only when the sentence reports speech.
        const inner = cueInSentence(ctx, span);
        if (!inner) continue;
        d.cue = inner;
        d.ref = inner.speaker;
        d.rule = `${base}+cue-in-sentence`;
      }
    }
    out.push(d);
    previous = d;
  }
  return out;
}

/** The quote ends with a full stop inside its marks: `…needed."`. */
function endsSentence(ctx: Ctx, span: MarkSpan): boolean {
  return /[.]/.test(ctx.doc.text[span.end - 1] ?? '');
}

/**
 * `"A," he said. "B."` and `"A," ujar Fadli, "B."`: B follows A's cue with no other
 * sentence between, in the same paragraph; or follows A directly (`"A." "B."`).
 */
function splitFrom(ctx: Ctx, previous: Draft, span: MarkSpan): boolean {
  const p = previous.span;
  if (!p || p.paragraph !== span.paragraph || !previous.cue) return false;
  const { tokens } = ctx.doc;
  const open = tokens[span.openToken]!;
  if (previous.cue.start >= p.end) {
    const cueLast = tokens[tokenBefore(ctx, previous.cue.end)]!;
    return cueLast.end <= open.start && open.sentence - cueLast.sentence <= 1;
  }
  return p.closeToken >= 0 && span.openToken - p.closeToken <= 2;
}

/** Index of the last token ending at or before `offset`. */
function tokenBefore(ctx: Ctx, offset: number): number {
  const { tokens } = ctx.doc;
  return Math.max(0, firstIndex(tokens.length, (i) => tokens[i]!.end <= offset) - 1);
}

/**
 * A title or a name in quotes: a title word right before it (`film "…"`, `program "…"`),
 * or every word capitalised with no sentence punctuation inside (`"The Lord of the Rings"`).
 */
function titleLike(ctx: Ctx, span: MarkSpan): boolean {
  const { tokens } = ctx.doc;
  const prev = tokens[span.openToken - 1];
  if (prev && ctx.w.titleCues.has(ctx.low[span.openToken - 1]!)) return true;
  let upper = 0;
  let words = 0;
  for (let i = span.openToken + 1; i < tokens.length && tokens[i]!.start < span.end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (/[.!?,;:]/.test(t.text)) return false;
      continue;
    }
    if (t.kind !== 'word') continue;
    words++;
    if (t.upper) upper++;
    else if (t.text.length > 3) return false;
  }
  return words > 0 && upper >= 2 && words <= 12;
}

/** The quote starts an utterance: at a paragraph or sentence start, or after a colon or dash. */
function standsAlone(ctx: Ctx, span: MarkSpan): boolean {
  const { tokens } = ctx.doc;
  const prev = tokens[span.openToken - 1];
  if (!prev || prev.sentence !== tokens[span.openToken]!.sentence) return true;
  if (ctx.doc.paragraphs[span.paragraph]!.start === span.open) return true;
  return /^[.!?…:;—–"”»]$/.test(prev.text);
}

/** A reporting verb earlier in the quote's sentence, with its subject: `Budi said the deal was "…"`. */
function cueInSentence(ctx: Ctx, span: MarkSpan): Cue | null {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  const sentenceFirst = ctx.doc.sentences[tokens[span.openToken]!.sentence]!.first;
  for (let v = Math.max(sentenceFirst + 1, span.openToken - SUBJECT_WINDOW); v < span.openToken; v++) {
    const n = w.cue.at(ctx.low, v, span.openToken);
    if (n === 0 || tokens[v]!.upper) continue;
    const speaker = resolveSubject(ctx, subjectStart(ctx, v, sentenceFirst), v);
    if (!speaker) continue;
    const start = tokens[v]!.start;
    const end = tokens[v + n - 1]!.end;
    return { text: ctx.doc.text.slice(start, end), start, end, speaker, rule: 'cue-in-sentence' };
  }
  return null;
}

/** Drafts sorted by start; a draft overlapping an earlier one is dropped (direct quotes come first at ties). */
function removeOverlaps(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      if (last.kind === 'indirect' && d.kind === 'direct') out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * One sweep in text order resolves the speakers the cues left open. A pronoun ("ujarnya",
 * "he said", "Ia mengatakan") names the most recent person who spoke or was the subject of
 * a sentence (the first person named in it, outside quotes, not a possessive); "it" names
 * the most recent organisation; a cue-less quote continues the last speaker. A cue-less
 * quote right before a cued one ("A. "B," ujarnya.") takes that one's speaker.
 */
function assignSpeakers(ctx: Ctx, drafts: Draft[]): void {
  const { index, doc } = ctx;
  const { tokens } = doc;

  // A cue-less direct quote glued to the next direct quote takes its speaker.
  for (let k = drafts.length - 2; k >= 0; k--) {
    const d = drafts[k]!;
    const next = drafts[k + 1]!;
    if (d.kind !== 'direct' || d.cue || next.kind !== 'direct' || d.sharesWith) continue;
    // A quote left open at its paragraph end continues in the next one; a closed quote
    // shares only within its paragraph.
    if (!d.unclosed && d.span?.paragraph !== next.span?.paragraph) continue;
    if (/^[\s"“”„«»'‘’,.…—–-]*$/u.test(doc.text.slice(d.end, next.start))) d.sharesWith = next;
  }

  // Names inside quoted or reported words are not subjects of the article's sentences.
  const quoteSpans = drafts;
  const anchor = (d: Draft) => (d.cue && !d.sharesWith ? d.cue.start : d.start);
  const order = [...drafts].sort((a, b) => anchor(a) - anchor(b));
  const mentions = index.mentions;
  let m = 0;
  let q = 0;
  let salientSentence = -1;
  let salient: EntityDraft | undefined;
  let anyPerson: EntityDraft | undefined;
  let org: EntityDraft | undefined;
  let salientAt = -1;
  let lastSpeaker: EntityDraft | undefined;
  let lastSpoken: Draft | undefined;
  let lastSpokenAt = -1;

  for (const d of order) {
    const at = anchor(d);
    for (; m < mentions.length && mentions[m]!.start < at; m++) {
      const mention = mentions[m]!;
      while (q < quoteSpans.length && quoteSpans[q]!.end <= mention.start) q++;
      const quoted = q < quoteSpans.length && quoteSpans[q]!.start <= mention.start;
      if (quoted || index.isPossessive(mention)) continue;
      if (mention.draft.type === 'organization') {
        org = mention.draft;
        continue;
      }
      if (mention.draft.type !== 'person') continue;
      anyPerson = mention.draft;
      const sentence = tokens[tokenAt(doc, mention.start)]?.sentence ?? -1;
      if (sentence !== salientSentence) {
        salientSentence = sentence;
        salient = mention.draft;
        salientAt = mention.start;
      }
    }
    if (d.sharesWith && d.sharesWith.start > d.start) continue; // filled after the sweep
    if (d.sharesWith) copySpeaker(d, d.sharesWith);
    else if (d.ref?.kind === 'entity') {
      d.speaker = d.ref.entity;
      if (d.ref.role) d.role = d.ref.role;
    } else if (d.ref?.kind === 'text') {
      d.speakerName = d.ref.text;
      if (d.ref.role) d.role = d.ref.role;
    } else if (d.ref?.kind === 'pronoun') {
      d.speaker = d.ref.impersonal ? (org ?? salient) : (salient ?? anyPerson ?? lastSpeaker);
    } else if (lastSpoken && lastSpokenAt >= salientAt) {
      // A quote with no cue goes on with the last speaker, unless a sentence since then
      // named someone else first ("Herring didn't care for this. "I've heard ...").
      copySpeaker(d, lastSpoken);
    } else {
      d.speaker = salient ?? anyPerson;
    }
    if (d.speaker || d.speakerName) {
      lastSpoken = d;
      lastSpokenAt = at;
    }
    if (d.speaker) {
      if (d.speaker.type === 'person') {
        salient = d.speaker;
        salientAt = at;
        salientSentence = Infinity; // until the next sentence's own subject
      }
      lastSpeaker = d.speaker;
    }
  }
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.sharesWith && d.sharesWith.start > d.start) copySpeaker(d, d.sharesWith);
  }
  for (const d of drafts) {
    if (!d.speaker) continue;
    d.speakerName = d.speaker.name;
    if (!d.role && d.speaker.roles[0]) d.role = d.speaker.roles[0];
    d.speaker.quotes++;
  }
}

function copySpeaker(d: Draft, from: Draft): void {
  if (from.speaker) d.speaker = from.speaker;
  else if (from.speakerName !== undefined) d.speakerName = from.speakerName;
  if (from.role) d.role = from.role;
}
