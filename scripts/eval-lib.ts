/**
 * Scoring for `npm run eval`: pure functions, no I/O, no analyzer import, so they can be
 * unit-tested with small tables (tests/eval-lib.test.ts).
 *
 * Conventions:
 * - names are compared case-insensitively after whitespace normalisation (`normName`);
 * - every matcher is one-to-one and returns a maximum matching (Kuhn's augmenting paths),
 *   trying each gold item's candidates best first, so that a greedy early choice never
 *   costs a match;
 * - a score that divides 0 by 0 is `null` (shown as "—"), never 0 or 1.
 */

// ---------------------------------------------------------------------------------------
// Precision / recall / F1

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF extends Counts {
  /** tp / (tp + fp); null without predictions. */
  precision: number | null;
  /** tp / (tp + fn); null without gold items. */
  recall: number | null;
  /** 2tp / (2tp + fp + fn); null when there is nothing at all. */
  f1: number | null;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds `b` into `a` (mutates and returns `a`). */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  return a;
}

// ---------------------------------------------------------------------------------------
// Helpers

export interface Span {
  start: number;
  end: number;
}

/** Case-insensitive, whitespace-normalised form of a name. */
export function normName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Lower-cased word set: runs of letters, marks and digits. */
export function wordSet(text: string): Set<string> {
  return new Set(Array.from(text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu), (m) => m[0]));
}

/** |A ∩ B| / |A ∪ B| of the word sets; two texts without words count as equal (1). */
export function jaccard(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

/**
 * Canonical form of an exact decimal string ("0950.50" -> "950.5", "-0.0" -> "0"), so
 * equal amounts compare equal as strings. Returns the trimmed input when it is not a
 * plain decimal.
 */
export function canonicalDecimal(value: string): string {
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/.exec(value);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return value.trim();
  const int = (m[2] ?? '').replace(/^0+/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

/**
 * Locates gold items given as text, as fixtures/README.md says: each `text` is taken at its
 * first occurrence at or after the previous item's start. One refinement: an occurrence
 * an earlier item already took (same start and end) is skipped, so an amount or quote the
 * gold lists twice ("Rp250 miliar" in the title and in the body) gets two distinct spans
 * instead of the same one twice. An item not found gets null and does not move the cursor.
 */
export function locateAll(article: string, texts: readonly string[]): Array<Span | null> {
  let cursor = 0;
  const taken = new Set<string>();
  return texts.map((text) => {
    if (!text) return null;
    let at = article.indexOf(text, cursor);
    while (at >= 0 && taken.has(`${at}:${at + text.length}`)) at = article.indexOf(text, at + 1);
    if (at < 0) return null;
    cursor = at;
    taken.add(`${at}:${at + text.length}`);
    return { start: at, end: at + text.length };
  });
}

/**
 * Maximum one-to-one matching in a bipartite graph. `candidates[i]` lists the right-hand
 * indices left item i may pair with, best first. Returns `pairOfLeft[i]` = matched right
 * index or -1.
 */
export function maxMatching(candidates: readonly (readonly number[])[], rightCount: number): number[] {
  const leftOf = new Array<number>(rightCount).fill(-1);
  const rightOf = new Array<number>(candidates.length).fill(-1);
  const tryAugment = (i: number, seen: boolean[]): boolean => {
    for (const j of candidates[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const owner = leftOf[j]!;
      if (owner < 0 || tryAugment(owner, seen)) {
        leftOf[j] = i;
        rightOf[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < candidates.length; i++) tryAugment(i, new Array<boolean>(rightCount).fill(false));
  return rightOf;
}

/** Pairs [goldIndex, predIndex] of a matching returned by maxMatching. */
function pairsOf(rightOf: number[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  rightOf.forEach((j, i) => {
    if (j >= 0) pairs.push([i, j]);
  });
  return pairs;
}

// ---------------------------------------------------------------------------------------
// Entities (document level, type-aware, by name or alias)

export const ENTITY_TYPES = ['person', 'organization', 'location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface NamedEntity {
  type: string;
  name: string;
  aliases?: readonly string[];
}

export interface EntityMatch extends Counts {
  /** [goldIndex, predIndex] */
  pairs: Array<[number, number]>;
  byType: Record<EntityType, Counts>;
  /** Indices of unmatched gold (false negatives) and predicted (false positives) items. */
  missed: number[];
  spurious: number[];
}

function nameForms(e: NamedEntity): Set<string> {
  const forms = new Set<string>();
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    const k = normName(n);
    if (k) forms.add(k);
  }
  return forms;
}

function byTypeCounts(): Record<EntityType, Counts> {
  return { person: emptyCounts(), organization: emptyCounts(), location: emptyCounts() };
}

function isEntityType(t: string): t is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(t);
}

/**
 * A predicted entity matches a gold entity when the types are equal and any of the
 * predicted name and aliases equals any of the gold name and aliases. Candidates whose
 * names (not just aliases) agree are tried first.
 */
export function matchEntities(gold: readonly NamedEntity[], pred: readonly NamedEntity[]): EntityMatch {
  const predForms = pred.map(nameForms);
  const candidates = gold.map((g) => {
    const forms = nameForms(g);
    const gName = normName(g.name);
    const list: Array<{ j: number; rank: number }> = [];
    pred.forEach((p, j) => {
      if (p.type !== g.type) return;
      let shared = false;
      for (const f of predForms[j]!) if (forms.has(f)) shared = true;
      if (shared) list.push({ j, rank: normName(p.name) === gName ? 0 : 1 });
    });
    return list.sort((a, b) => a.rank - b.rank || a.j - b.j).map((c) => c.j);
  });
  const rightOf = maxMatching(candidates, pred.length);
  const pairs = pairsOf(rightOf);
  const matchedPred = new Set(pairs.map(([, j]) => j));
  const missed = gold.map((_, i) => i).filter((i) => rightOf[i]! < 0);
  const spurious = pred.map((_, j) => j).filter((j) => !matchedPred.has(j));
  const byType = byTypeCounts();
  for (const [i] of pairs) {
    const t = gold[i]!.type;
    if (isEntityType(t)) byType[t].tp++;
  }
  for (const i of missed) {
    const t = gold[i]!.type;
    if (isEntityType(t)) byType[t].fn++;
  }
  for (const j of spurious) {
    const t = pred[j]!.type;
    if (isEntityType(t)) byType[t].fp++;
  }
  return { tp: pairs.length, fp: spurious.length, fn: missed.length, pairs, byType, missed, spurious };
}

// ---------------------------------------------------------------------------------------
// Money

export interface Amount {
  currency: string;
  value?: string;
  range?: { min: string; max: string };
}

export interface SpannedAmount extends Amount, Span {}

export interface ItemMatch extends Counts {
  pairs: Array<[number, number]>;
  missed: number[];
  spurious: number[];
}

export function sameAmount(a: Amount, b: Amount): boolean {
  if (a.currency !== b.currency) return false;
  if (a.range || b.range) {
    return (
      !!a.range &&
      !!b.range &&
      canonicalDecimal(a.range.min) === canonicalDecimal(b.range.min) &&
      canonicalDecimal(a.range.max) === canonicalDecimal(b.range.max)
    );
  }
  return a.value !== undefined && b.value !== undefined && canonicalDecimal(a.value) === canonicalDecimal(b.value);
}

/**
 * A predicted amount matches a gold amount when currency and value (or range min and max)
 * are equal and the spans overlap. A gold amount whose span could not be located (null)
 * can only be a false negative.
 */
export function matchMoney(gold: ReadonlyArray<Amount & { span: Span | null }>, pred: readonly SpannedAmount[]): ItemMatch {
  const candidates = gold.map((g) => {
    const span = g.span;
    if (!span) return [];
    return pred
      .map((p, j) => ({ j, ok: sameAmount(g, p) && overlaps(span, p), off: Math.abs(p.start - span.start) }))
      .filter((c) => c.ok)
      .sort((a, b) => a.off - b.off)
      .map((c) => c.j);
  });
  return itemMatch(candidates, gold.length, pred.length);
}

function itemMatch(candidates: number[][], goldCount: number, predCount: number): ItemMatch {
  const rightOf = maxMatching(candidates, predCount);
  const pairs = pairsOf(rightOf);
  const matchedPred = new Set(pairs.map(([, j]) => j));
  const missed = Array.from({ length: goldCount }, (_, i) => i).filter((i) => rightOf[i]! < 0);
  const spurious = Array.from({ length: predCount }, (_, j) => j).filter((j) => !matchedPred.has(j));
  return { tp: pairs.length, fp: spurious.length, fn: missed.length, pairs, missed, spurious };
}

// ---------------------------------------------------------------------------------------
// Quotes

export type QuoteKind = 'direct' | 'indirect';

/** Token-overlap thresholds of fixtures scoring. */
export const QUOTE_THRESHOLDS: Record<QuoteKind, number> = { direct: 0.8, indirect: 0.5 };

export interface GoldQuote {
  kind: string;
  text: string;
  speaker: string | null;
  span: Span | null;
}

export interface PredQuote extends Span {
  kind: string;
  text: string;
  speaker: string | null;
}

export interface QuoteMatch extends ItemMatch {
  /** Matched pairs whose speakers agree. */
  speakerCorrect: number;
  /** Indices (into the inputs, not the kind-filtered lists). */
  pairs: Array<[number, number]>;
}

export function sameSpeaker(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === null && pred === null;
  return normName(gold) === normName(pred);
}

/**
 * Matches the quotes of one kind: spans overlap and the Jaccard overlap of the word sets is
 * at least `threshold` (default: 0.8 direct, 0.5 indirect). Items of other kinds are
 * ignored; indices in the result refer to the full input arrays.
 */
export function matchQuotes(
  gold: readonly GoldQuote[],
  pred: readonly PredQuote[],
  kind: QuoteKind,
  threshold: number = QUOTE_THRESHOLDS[kind],
): QuoteMatch {
  const gi = gold.map((_, i) => i).filter((i) => gold[i]!.kind === kind);
  const pj = pred.map((_, j) => j).filter((j) => pred[j]!.kind === kind);
  const candidates = gi.map((i) => {
    const g = gold[i]!;
    const span = g.span;
    if (!span) return [];
    return pj
      .map((j, local) => ({ local, p: pred[j]! }))
      .filter(({ p }) => overlaps(span, p))
      .map(({ local, p }) => ({ local, score: jaccard(g.text, p.text) }))
      .filter((c) => c.score >= threshold)
      .sort((a, b) => b.score - a.score)
      .map((c) => c.local);
  });
  const local = itemMatch(candidates, gi.length, pj.length);
  const pairs = local.pairs.map(([a, b]): [number, number] => [gi[a]!, pj[b]!]);
  const speakerCorrect = pairs.filter(([i, j]) => sameSpeaker(gold[i]!.speaker, pred[j]!.speaker)).length;
  return {
    tp: local.tp,
    fp: local.fp,
    fn: local.fn,
    pairs,
    missed: local.missed.map((a) => gi[a]!),
    spurious: local.spurious.map((b) => pj[b]!),
    speakerCorrect,
  };
}

// ---------------------------------------------------------------------------------------
// BIO (CoNLL) files and exact-span mention scoring

export interface TypedSpan extends Span {
  type: EntityType;
}

export interface BioSentence {
  tokens: string[];
  /** Tokens joined with single spaces. */
  text: string;
  /** Gold mentions: character spans into `text`. */
  mentions: TypedSpan[];
}

const BIO_TYPES: Record<string, EntityType> = {
  PER: 'person',
  PERSON: 'person',
  ORG: 'organization',
  ORGANISATION: 'organization',
  ORGANIZATION: 'organization',
  LOC: 'location',
  PLACE: 'location',
  GPE: 'location',
};

/** PER/PERSON -> person, ORG/ORGANISATION/ORGANIZATION -> organization, LOC/PLACE/GPE -> location; others null. */
export function mapBioType(label: string): EntityType | null {
  return BIO_TYPES[label.toUpperCase()] ?? null;
}

/**
 * Parses `token POS TAG` (space separated: first field the token, last the tag) or
 * `token<TAB>TAG` lines, a blank line between sentences. Tags are BIO (also accepts
 * BIOES's E-/S- and IOB1's I- starting a mention); types outside the mapping count as O.
 * `-DOCSTART-` lines are skipped. `limit` caps the sentences returned.
 */
export function parseBio(content: string, limit = Infinity): BioSentence[] {
  const sentences: BioSentence[] = [];
  let rows: Array<[string, string]> = [];
  const flush = () => {
    if (rows.length > 0 && sentences.length < limit) sentences.push(bioSentence(rows));
    rows = [];
  };
  for (const raw of content.split(/\r?\n/)) {
    if (sentences.length >= limit) break;
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fields = line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
    const token = fields[0]!.trim();
    if (token.startsWith('-DOCSTART-')) continue;
    const tag = fields.length > 1 ? fields[fields.length - 1]!.trim() : 'O';
    if (token === '') continue;
    rows.push([token, tag]);
  }
  flush();
  return sentences;
}

function bioSentence(rows: Array<[string, string]>): BioSentence {
  const tokens: string[] = [];
  const mentions: TypedSpan[] = [];
  let offset = 0;
  let open: TypedSpan | null = null;
  const close = () => {
    if (open) mentions.push(open);
    open = null;
  };
  for (const [token, tag] of rows) {
    const start = offset;
    const end = start + token.length;
    tokens.push(token);
    offset = end + 1;
    const m = /^([BIES])[-_](.+)$/.exec(tag);
    const type = m ? mapBioType(m[2]!) : null;
    if (!m || !type) {
      close();
      continue;
    }
    const prefix = m[1]!;
    const current = open as TypedSpan | null;
    if ((prefix === 'I' || prefix === 'E') && current && current.type === type) {
      current.end = end;
    } else {
      close();
      open = { start, end, type };
    }
    if (prefix === 'E' || prefix === 'S') close();
  }
  close();
  const text = tokens.join(' ');
  for (const m of mentions) trimGlued(text, m);
  return { tokens, text, mentions };
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '"': '"', '“': '”', "'": "'", '‘': '’' };
const OPENER: Record<string, string> = { ')': '(', ']': '[', '”': '“', '’': '‘' };

/**
 * Punctuation a corpus glued to a name's token is no part of the name: "(Jokowi)" -> Jokowi,
 * "(BPH" ... "Migas)" -> BPH Migas, "PDIP)," -> PDIP, "Indonesia?" -> Indonesia. Balanced brackets inside stay:
 * "Partai Persatuan Pembangunan (PPP)".
 */
function trimGlued(text: string, m: TypedSpan): void {
  const count = (s: string, c: string) => s.split(c).length - 1;
  for (;;) {
    const s = text.slice(m.start, m.end);
    if (s.length < 2) return;
    const first = s[0]!;
    const last = s[s.length - 1]!;
    const close = PAIRS[first];
    if (close !== undefined && last === close) {
      m.start++;
      m.end--;
    } else if (close !== undefined && close !== first && count(s, first) > count(s, close)) m.start++;
    else if (last in OPENER && count(s, last) > count(s, OPENER[last]!)) m.end--;
    else if (',;:?!'.includes(last)) m.end--;
    else return;
    // Tokenised text: '" Dutch "' -> Dutch.
    while (text[m.start] === ' ') m.start++;
    while (m.end > m.start && text[m.end - 1] === ' ') m.end--;
  }
}

export interface SpanMatch extends Counts {
  byType: Record<EntityType, Counts>;
}

/**
 * Exact-span scoring: a predicted mention is a true positive when a gold mention has the
 * same start, end and type. Duplicate predictions count once.
 */
export function matchSpans(gold: readonly TypedSpan[], pred: readonly TypedSpan[]): SpanMatch {
  const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Map(gold.map((s) => [key(s), s]));
  const predKeys = new Map(pred.map((s) => [key(s), s]));
  const byType = byTypeCounts();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, s] of predKeys) {
    if (goldKeys.has(k)) {
      tp++;
      byType[s.type].tp++;
    } else {
      fp++;
      byType[s.type].fp++;
    }
  }
  for (const [k, s] of goldKeys) {
    if (!predKeys.has(k)) {
      fn++;
      byType[s.type].fn++;
    }
  }
  return { tp, fp, fn, byType };
}
