/**
 * Speaker phrases: the words of a cue that name who speaks ("Budi", "Menteri Keuangan Sri
 * Mulyani", "the minister", "dia", "seorang pengemudi ojek daring"), linked through the
 * shared EntityIndex. A phrase gives an entity, a pronoun to resolve from context, or the
 * words as written.
 */
import type { Document, Token } from '../../document.js';
import type { EntityDraft } from '../entities/index.js';
import type { EntityIndex } from '../entities/link.js';
import type { QuoteWordSets } from './words.js';
import { firstIndex } from '../../util/search.js';

export type SpeakerRef =
  /** `end`: where the person's mention ends in the phrase. */
  | { kind: 'entity'; entity: EntityDraft; role?: string; end?: number }
  | { kind: 'pronoun'; impersonal: boolean }
  | { kind: 'text'; text: string; role?: string };

export interface Ctx {
  doc: Document;
  /** Each token's text in lower case, by token index. */
  low: readonly string[];
  w: QuoteWordSets;
  index: EntityIndex;
  abbreviations: Set<string>;
  /** Lower-case words that join the parts of a name or title ("dan", "of"). */
  connectors: Set<string>;
  /** Lower-case title words ("kapolres", "governor"): a bare title names its holder. */
  titles: Set<string>;
}

/** Longest speaker phrase, in tokens. */
const MAX_PHRASE = 8;
/** Longest phrase of a title and a name: "Direktur Lalu Lintas dan Angkutan Kereta Api DJKA Kemenhub Arif Anwar". */
const MAX_TITLED = 16;
/** Longest speaker given only as words after a verb: "kata seorang pengemudi ojek daring". */
const MAX_AFTER_VERB = 4;
const NAME_INNER_PUNCT = new Set(['-', '&', '+', "'", '’']);
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

const isWord = (t: Token) => t.kind !== 'punct';

/** A full stop inside a name: after an initial or an abbreviation ("J.", "Sen.", "Dr."). */
function innerStop(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.text !== '.' || !prev || !next || t.spaceBefore || !next.upper) return false;
  return /^\p{Lu}$/u.test(prev.text) || ctx.abbreviations.has(prev.text.toLowerCase());
}

/** Punctuation a speaker phrase may hold: "OPEC+", "Sen. Ortiz", "Jean-Paul" (hyphens are inside words). */
export function phrasePunct(ctx: Ctx, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  return NAME_INNER_PUNCT.has(t.text) || innerStop(ctx, i);
}

/**
 * End (exclusive) of the speaker phrase after a verb-first cue: `kata Budi di Jakarta` ->
 * "Budi", `said Grace Tan, a mining analyst` -> "Grace Tan", `kata seorang pengemudi ojek
 * daring yang ...` -> "seorang pengemudi ojek daring". With `connectors`, a title goes on
 * through "dan" before a capital: "Direktur Lalu Lintas dan Angkutan ... Arif Anwar".
 */
export function phraseAfter(ctx: Ctx, i: number, limit: number, connectors?: Set<string>): number {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  const max = connectors ? MAX_TITLED : MAX_PHRASE + 2;
  let j = i;
  for (; j < limit && j - i < max; j++) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[i]!.sentence) break;
    if (!isWord(t)) {
      if (phrasePunct(ctx, j)) continue;
      break;
    }
    if (j > i && connectors?.has(ctx.low[j]!) && tokens[j + 1]?.upper && tokens[j - 1]!.upper) continue;
    if (j > i && (w.stops.has(ctx.low[j]!) || w.cue.at(ctx.low, j, limit) > 0 || w.time.at(ctx.low, j, limit) > 0)) break;
    if (t.kind === 'number') break;
  }
  return j;
}

/**
 * The speaker after a verb-first cue at [v, v+n): `kata Budi`, `said Grace Tan, ...`,
 * `ujarnya`, `kata seorang warga`. The phrase must end there (a comma, a preposition, a
 * time or the sentence end follows); a listener verb has its listener there, not its
 * speaker (`told Reuters`). Returns the phrase end and the speaker, or null.
 */
export function speakerAfterVerb(ctx: Ctx, v: number, n: number, limit: number): { end: number; speaker: SpeakerRef } | null {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  if (w.listener.at(ctx.low, v, limit) > 0) return null;
  if (n === 1 && w.pronounCues.has(ctx.low[v]!)) return { end: v + 1, speaker: { kind: 'pronoun', impersonal: false } };
  const a = v + n;
  const ends = (e: number) => {
    const next = tokens[e];
    return e >= limit || !next || next.sentence !== tokens[v]!.sentence || next.kind === 'punct' || w.stops.has(ctx.low[e]!) || w.time.at(ctx.low, e, limit) > 0;
  };
  let e = phraseAfter(ctx, a, limit);
  if (e === a) return ends(a) ? { end: a, speaker: { kind: 'pronoun', impersonal: false } } : null;
  let speaker = resolvePhrase(ctx, a, e);
  // A title that goes on after "dan" with capitals names the person at its end.
  if (speaker?.kind !== 'entity' || (ctx.connectors.has(ctx.low[e] ?? '') && tokens[e + 1]?.upper)) {
    const e2 = phraseAfter(ctx, a, limit, ctx.connectors);
    const longer = e2 > e ? resolvePhrase(ctx, a, e2) : null;
    if (longer?.kind === 'entity') {
      e = e2;
      speaker = longer;
    }
  }
  if (!speaker) return null;
  if (speaker.kind === 'entity' && speaker.entity.type !== 'person') {
    // A title naming an organisation, then the person: "ujar Kabareskrim Polri, Komjen Agus Andrianto".
    if (tokens[e]?.text === ',') {
      const e3 = phraseAfter(ctx, e + 1, limit);
      const person = e3 > e + 1 ? resolvePhrase(ctx, e + 1, e3) : null;
      if (person?.kind === 'entity' && person.entity.type === 'person') {
        e = e3;
        speaker = person;
      }
    }
  }
  if (speaker.kind === 'entity' && speaker.end !== undefined && speaker.entity.type === 'person') {
    // The phrase ends with the person's name: "lanjut Iqbal sejumlah warga ..." is no speaker phrase.
    const cut = tokenIndexAt(ctx, speaker.end, a, e);
    if (cut < e && !tokens[cut]!.upper) e = cut;
  }
  if (!ends(e)) return null;
  if (speaker.kind === 'text' && !speaker.role && e - a > MAX_AFTER_VERB) return null;
  return { end: e, speaker };
}

/** Words that are not part of a speaker phrase at its edges: adverbs, time words, stray punctuation. */
function trim(ctx: Ctx, a: number, b: number): [number, number] {
  const { tokens } = ctx.doc;
  const { w } = ctx;
  for (;;) {
    const before = [a, b];
    while (a < b && (w.adverbs.has(ctx.low[a]!) || (!isWord(tokens[a]!) && tokens[a]!.text !== '('))) a++;
    while (a < b && (w.adverbs.has(ctx.low[b - 1]!) || (!isWord(tokens[b - 1]!) && tokens[b - 1]!.text !== ')'))) b--;
    // Trailing time words: "Hendra ..., Jumat mengatakan".
    for (let k = a; k < b; k++) {
      const n = w.time.at(ctx.low, k, b);
      if (n > 0 && k + n === b && k > a) {
        b = k;
        break;
      }
    }
    if (before[0] === a && before[1] === b) return [a, b];
  }
}

/**
 * What a comma-free phrase [a, b) names: a person in it (not a possessive, not after a
 * preposition), a pronoun, an organisation at its head, a role noun with a definite
 * determiner ("the minister" -> the person holding it), else its words as written.
 */
export function resolvePhrase(ctx: Ctx, a0: number, b0: number): SpeakerRef | null {
  const { tokens } = ctx.doc;
  const { w, index } = ctx;
  const [a, b] = trim(ctx, a0, b0);
  if (a >= b) return null;
  if (b - a === 1) {
    const word = ctx.low[a]!;
    if (w.pronouns.has(word)) return { kind: 'pronoun', impersonal: false };
    if (w.impersonal.has(word)) return { kind: 'pronoun', impersonal: true };
  }
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const mentions = index.mentionsIn(start, end);
  // The last person named, not a possessive, and not after a preposition unless it ends the
  // phrase: in "Deputi Bidang X dan Y Irwan Setiabudi" the name nearest the verb.
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n]!;
    if (m.draft.type !== 'person' || index.isPossessive(m)) continue;
    const k = tokenIndexAt(ctx, m.start, a, b);
    const head = tokenIndexAt(ctx, m.end, a, b) >= b;
    if (!head && k > a && w.stops.has(ctx.low[k - 1]!)) continue;
    return withRole({ kind: 'entity', entity: m.draft, end: m.end });
  }
  // An organisation at the head: "The Commerce Department", "The IMF (International ...)".
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n]!;
    if (m.draft.type !== 'organization' || index.isPossessive(m)) continue;
    if (headEnds(ctx, m.end, b)) return { kind: 'entity', entity: m.draft };
    break;
  }
  if (b - a > MAX_PHRASE) return null;
  const text = ctx.doc.text.slice(start, end);
  // A name the entity pass did not mark here: "Tan said" -> Grace Tan; a bare title:
  // "kata Kapolres" -> the person who holds it.
  if (mentions.length === 0 && isName(ctx, a, b)) {
    const entity = index.named(text, start);
    if (entity) return entity.type === 'person' ? withRole({ kind: 'entity', entity }) : { kind: 'entity', entity };
    if (ctx.titles.has(ctx.low[b - 1]!)) {
      const holder = index.byRole(ctx.low[b - 1]!, start);
      if (holder) return { kind: 'entity', entity: holder, role: text };
    }
  }
  const first = ctx.low[a]!;
  const last = tokens[b - 1]!;
  // "the minister", "the central bank", "sang menteri", "menteri tersebut".
  let noun: Token | undefined;
  let role: string | undefined;
  if (w.roleDeterminers.has(first) && b - a >= 2 && isWord(last)) {
    noun = last;
    role = ctx.doc.text.slice(tokens[a + 1]!.start, end);
  } else if (w.roleDeterminersAfter.has(ctx.low[b - 1]!) && b - a >= 2 && isWord(tokens[b - 2]!)) {
    noun = tokens[b - 2]!;
    role = ctx.doc.text.slice(start, tokens[b - 2]!.end);
  }
  if (noun && role) {
    const entity = index.byRole(noun.text, start) ?? index.orgNamed(noun.text, start);
    if (entity) return { kind: 'entity', entity, role };
    return { kind: 'text', text, role };
  }
  if (b - a > MAX_PHRASE) return null;
  // Words as written need a word that is not a function word: "officials", not "That".
  let content = false;
  for (let k = a; k < b && !content; k++) content = isWord(tokens[k]!) && !w.stopwords.has(ctx.low[k]!) && !w.stops.has(ctx.low[k]!);
  return content ? { kind: 'text', text } : null;
}

/** Every word capitalised (inner name punctuation allowed): "Tan", "Sri Mulyani". */
function isName(ctx: Ctx, a: number, b: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' ? !phrasePunct(ctx, k) : !t.upper) return false;
  }
  return true;
}

function withRole(ref: { kind: 'entity'; entity: EntityDraft; end?: number }): SpeakerRef {
  const role = ref.entity.roles[0];
  return role ? { ...ref, role } : ref;
}

/** Only brackets follow `end` up to token b: "Bank Indonesia (BI)", "(TAT)" closing. */
function headEnds(ctx: Ctx, end: number, b: number): boolean {
  const { tokens } = ctx.doc;
  let depth = 0;
  for (let k = tokenIndexAt(ctx, end, 0, tokens.length); k < b; k++) {
    const t = tokens[k]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) return false;
  }
  return true;
}

/** Index of the first token starting at or after `offset`, searched inside [lo, hi). */
function tokenIndexAt(ctx: Ctx, offset: number, lo: number, hi: number): number {
  const { tokens } = ctx.doc;
  return firstIndex(hi, (i) => tokens[i]!.start < offset, lo);
}

/**
 * The speaker of a clause whose verb is at token b, from the words before it [a, b): the
 * phrase right before the verb; when a comma comes right before the verb (an apposition:
 * "Salma Wirawan, a campaigner at ..., said"), the nearest earlier comma-separated part that
 * does not start in lower case and names someone.
 */
export function resolveSubject(ctx: Ctx, a: number, b: number): SpeakerRef | null {
  const { tokens } = ctx.doc;
  const segments: Array<[number, number]> = [];
  let from = a;
  let depth = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t === ',' || t === ';' || t === '—' || t === '–')) {
      segments.push([from, k]);
      from = k + 1;
    }
  }
  segments.push([from, b]);
  const [la, lb] = trim(ctx, ...segments[segments.length - 1]!);
  let namedOnly = false;
  if (la < lb) {
    // A subject does not start with a preposition or conjunction ("and is expected").
    if (ctx.w.stops.has(ctx.low[la]!) || ctx.w.complementizers.at(ctx.low, la, lb) > 0) return null;
    const ref = resolvePhrase(ctx, la, lb);
    // A long lower-case part is a verb phrase of a subject named earlier: "Shandong Haihua
    // Co, one of ..., reported a loss ... and said ...".
    if (ref || !LOWER.test(tokens[la]!.text)) return ref;
    namedOnly = true;
  }
  let fallback: SpeakerRef | null = null;
  for (let s = segments.length - 2; s >= 0; s--) {
    const [x, y] = trim(ctx, ...segments[s]!);
    if (x >= y) continue;
    const ref = resolvePhrase(ctx, x, y);
    if (!ref) continue;
    if (ref.kind !== 'text') {
      if (ref.kind === 'pronoun' || !LOWER.test(tokens[x]!.text) || s === 0) return ref;
      continue;
    }
    if (!fallback && UPPER.test(tokens[x]!.text)) fallback = ref;
  }
  return namedOnly ? null : fallback;
}
