/**
 * Money: amounts with a currency mark (symbol, code or word), their exact value, ranges,
 * qualifiers, unit rates and stated equivalences. One pass over the number tokens, each
 * looked at through anchored (sticky) patterns around it: linear in the text.
 */
import { Decimal } from '../../util/decimal.js';
import type { Document, Token } from '../../document.js';
import type { Lang, Qualifier } from '../../lang/types.js';
import type { Money } from '../../schema.js';
import { alternation, perKey } from '../../util/regex.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS } from './currencies.js';
import { decimalString, parseNumber } from './number.js';

interface Found {
  start: number;
  end: number;
  currency: string;
  min: Decimal;
  max: Decimal;
  qualifier?: Qualifier;
  per?: string;
  rule: string;
}

const TEN = new Decimal(10);
const ONE = new Decimal(1);
const QUALIFIER_WINDOW = 30;

const compile = perKey((lang: Lang) => {
  const m = lang.money;
  const scaleWords = Object.keys(m.scales);
  const currencyWords = { ...Object.fromEntries(CURRENCY_CODES.map((c) => [c.toLowerCase(), c])), ...m.currencyWords };
  return {
    prefix: new RegExp(`(${alternation(Object.keys(CURRENCY_SYMBOLS))}|${alternation(CURRENCY_CODES)})[ \\t]*`, 'uy'),
    scale: new RegExp(`\\s*(${alternation(scaleWords)})(?![\\p{L}\\p{N}])`, 'iuy'),
    scaleAbbreviation: new RegExp(`[ \\t]?(${alternation(Object.keys(m.scaleAbbreviations))})(?![\\p{L}\\p{N}])`, 'uy'),
    currencyWord: new RegExp(`\\s*(${alternation(Object.keys(currencyWords))})(?![\\p{L}\\p{N}])`, 'iuy'),
    range: new RegExp(`\\s*(?:${alternation(m.rangeWords)})\\s*`, 'iuy'),
    per: new RegExp(`\\s*(?:(?:${alternation(m.perWords.filter((w) => w !== '/'))})\\s+|/\\s*)(\\p{L}[\\p{L}\\-]*)`, 'iuy'),
    qualifier: new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(m.qualifiers))})\\s*$`, 'iu'),
    // A cue ("atau setara", "or about") or an opening bracket, nothing else: "X (Y)", "X. (Y)".
    equivalence: new RegExp(`^\\s*[,.;]?\\s*(?:(?:${alternation(m.equivalenceCues)})\\s*\\(?|\\()\\s*$`, 'iu'),
    between: m.betweenWords.map(([open, join]) => ({
      open: new RegExp(`(?:^|[^\\p{L}])${alternation([open])}\\s*$`, 'iu'),
      join: new RegExp(`^\\s*${alternation([join])}\\s*$`, 'iu'),
    })),
    scales: new Map(Object.entries(m.scales).map(([k, v]) => [k.toLowerCase(), v])),
    scaleAbbreviations: new Map(Object.entries(m.scaleAbbreviations)),
    currencyWords: new Map(Object.entries(currencyWords).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, ' '), v])),
    numberWords: new Map(Object.entries(m.numberWords).filter(([, v]) => v !== '')),
    countNouns: new Set(m.countNouns.map((w) => w.toLowerCase())),
    qualifiers: new Map(Object.entries(m.qualifiers).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, ' '), v])),
    decimalMark: m.decimalMark,
  };
});
type Patterns = ReturnType<typeof compile>;

/** Match a sticky pattern at `pos`; returns the match or null. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

interface Quantity {
  value: Decimal;
  end: number;
  /** Token index after the quantity. */
  next: number;
  /** 10^exponent of the scale word, or 1 when there is none. */
  multiplier: Decimal;
  scaled: boolean;
}

/** Number (or number word) at token i with an optional scale word: "8,2 miliar", "two billion". */
function quantityAt(doc: Document, p: Patterns, i: number): Quantity | null {
  const token = doc.tokens[i];
  if (!token) return null;
  const { text } = doc;
  let base: Decimal | null = null;
  let pos = token.end;
  const scale = at(p.scale, text, pos) ?? at(p.scaleAbbreviation, text, pos);
  const exponent = scale ? (p.scales.get(scale[1]!.toLowerCase()) ?? p.scaleAbbreviations.get(scale[1]!)) : undefined;
  if (token.kind === 'number') {
    base = parseNumber(token.text, p.decimalMark, exponent !== undefined);
  } else if (token.kind === 'word') {
    const word = p.numberWords.get(token.text.toLowerCase());
    if (word !== undefined) base = new Decimal(word);
  }
  if (!base) return null;
  const multiplier = exponent === undefined ? ONE : TEN.pow(exponent);
  if (scale && exponent !== undefined) pos = scale.index + scale[0].length;
  let next = i + 1;
  while (next < doc.tokens.length && doc.tokens[next]!.start < pos) next++;
  return { value: base.times(multiplier), end: pos, next, multiplier, scaled: exponent !== undefined };
}

/** A currency symbol or code that ends right where token i begins ("Rp", "US$", "S$ "). */
function prefixBefore(doc: Document, p: Patterns, i: number): { start: number; currency: string } | null {
  const target = doc.tokens[i]!.start;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const start = doc.tokens[k]!.start;
    const m = at(p.prefix, doc.text, start);
    if (m && start + m[0].length === target) {
      const mark = m[1]!;
      const currency = CURRENCY_SYMBOLS[mark] ?? (CURRENCY_CODES.includes(mark) ? mark : undefined);
      // A symbol must start its own word: "US$" yes, the "S$" inside "US$" no.
      if (currency && (k === 0 || doc.tokens[k]!.spaceBefore || doc.tokens[k - 1]!.kind === 'punct')) {
        return { start, currency };
      }
    }
  }
  return null;
}

function isCountNoun(doc: Document, p: Patterns, pos: number): boolean {
  const i = tokenIndexFrom(doc, pos);
  const t = doc.tokens[i];
  return t !== undefined && p.countNouns.has(t.text.toLowerCase());
}

function tokenIndexFrom(doc: Document, pos: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function amountAt(doc: Document, p: Patterns, i: number): { found: Found; next: number } | null {
  const { text } = doc;
  const prefix = prefixBefore(doc, p, i);
  const first = quantityAt(doc, p, i);
  if (!first) return null;
  if (!prefix && doc.tokens[i]!.kind === 'word' && !first.scaled && !at(p.currencyWord, text, first.end)) return null;

  let min = first.value;
  let max = first.value;
  let end = first.end;
  let next = first.next;
  let rule = prefix ? 'symbol-number' : 'number-word';

  // Range: "10-15 miliar", "$5-7 billion", "Rp 18 - 20ribu", "Rp 2 juta hingga Rp 3 juta".
  const range = at(p.range, text, end);
  if (range) {
    const after = range.index + range[0].length;
    let j = tokenIndexFrom(doc, after);
    const secondPrefix = doc.tokens[j] && at(p.prefix, text, doc.tokens[j]!.start);
    if (secondPrefix) j = tokenIndexFrom(doc, doc.tokens[j]!.start + secondPrefix[0].length);
    const second = doc.tokens[j]?.kind === 'number' ? quantityAt(doc, p, j) : null;
    if (second && !isCountNoun(doc, p, second.end)) {
      // "10-15 miliar": the scale written once applies to both ends.
      const low = first.scaled ? first.value : first.value.times(second.multiplier);
      if (low.lessThan(second.value)) {
        min = low;
        max = second.value;
        end = second.end;
        next = second.next;
        rule += '-range';
      }
    }
  }

  let currency = prefix?.currency;
  const word = at(p.currencyWord, text, end);
  if (word) {
    const wordCurrency = p.currencyWords.get(normal(word[1]!)) ?? word[1]!.toUpperCase();
    if (!currency || currency === wordCurrency || currency === 'USD') {
      currency = wordCurrency;
      end = word.index + word[0].length;
      next = tokenIndexFrom(doc, end);
      if (!prefix) rule = rule.replace('number-word', 'number-currency-word');
    }
  }
  if (!currency) return null;

  const found: Found = { start: prefix?.start ?? doc.tokens[i]!.start, end, currency, min, max, rule };
  const per = at(p.per, text, end);
  if (per && !/^\d/.test(per[1]!)) {
    found.per = per[1]!;
    found.end = per.index + per[0].length;
    next = tokenIndexFrom(doc, found.end);
  }
  const before = normal(text.slice(Math.max(0, found.start - QUALIFIER_WINDOW), found.start));
  const q = p.qualifier.exec(before);
  if (q) found.qualifier = p.qualifiers.get(q[1]!);
  return { found, next };
}

/** "antara Rp 2 juta dan Rp 3 juta", "between $2 million and $3 million" -> one range. */
function mergeBetween(text: string, p: Patterns, items: Found[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < items.length; k++) {
    const a = items[k]!;
    const b = items[k + 1];
    if (b && a.currency === b.currency && a.min.equals(a.max) && b.min.equals(b.max) && a.min.lessThan(b.min)) {
      const before = text.slice(Math.max(0, a.start - QUALIFIER_WINDOW), a.start);
      const between = text.slice(a.end, b.start);
      if (p.between.some((w) => w.open.test(before) && w.join.test(between))) {
        out.push({ ...a, end: b.end, max: b.max, per: b.per, rule: `${a.rule}-between` });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

export function extractMoney(doc: Document): Money[] {
  const p = compile(doc.lang);
  const found: Found[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.kind === 'number' || (t.kind === 'word' && p.numberWords.has(t.text.toLowerCase()))) {
      const hit = amountAt(doc, p, i);
      if (hit && (found.length === 0 || hit.found.start >= found[found.length - 1]!.end)) {
        found.push(hit.found);
        i = Math.max(hit.next, i + 1);
        continue;
      }
    }
    i++;
  }
  const merged = mergeBetween(doc.text, p, found);
  const money: Money[] = merged.map((f, k) => {
    const item: Money = {
      id: `m${k + 1}`,
      text: doc.text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      currency: f.currency,
      approximate: f.qualifier === 'approximately',
      rule: f.rule,
    };
    if (f.min.equals(f.max)) item.value = decimalString(f.min);
    else item.range = { min: decimalString(f.min), max: decimalString(f.max) };
    if (f.qualifier) item.qualifier = f.qualifier;
    if (f.per) item.per = f.per;
    return item;
  });
  linkEquivalences(doc.text, p, merged, money);
  return money;
}

/**
 * "X atau setara Y", "X (Y)", "X, or about Y": two amounts in different currencies with
 * only an equivalence cue between them. Each gets `equivalentTo` and the implied rate in
 * units of the cheaper currency per unit of the dearer one; a rate more than 50% away from
 * the median of the same currency pair in the document is flagged.
 */
function linkEquivalences(text: string, p: Patterns, found: Found[], money: Money[]): void {
  const rates = new Map<string, Array<{ rate: Decimal; items: Money[] }>>();
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (a.currency === b.currency || !p.equivalence.test(text.slice(a.end, b.start))) continue;
    const ma = money[k]!;
    const mb = money[k + 1]!;
    ma.equivalentTo = mb.id;
    mb.equivalentTo = ma.id;
    const va = a.min.plus(a.max).dividedBy(2);
    const vb = b.min.plus(b.max).dividedBy(2);
    if (va.isZero() || vb.isZero()) continue;
    const [cheap, dear, rate] = va.greaterThan(vb) ? [a.currency, b.currency, va.dividedBy(vb)] : [b.currency, a.currency, vb.dividedBy(va)];
    const impliedRate = { value: decimalString(rate.toDecimalPlaces(rate.greaterThan(100) ? 2 : 6)), currency: cheap, per: dear };
    ma.impliedRate = impliedRate;
    mb.impliedRate = impliedRate;
    const key = `${cheap}/${dear}`;
    if (!rates.has(key)) rates.set(key, []);
    rates.get(key)!.push({ rate, items: [ma, mb] });
  }
  for (const list of rates.values()) {
    if (list.length < 2) continue;
    const sorted = list.map((r) => r.rate).sort((x, y) => x.comparedTo(y));
    const median = sorted[Math.floor(sorted.length / 2)]!;
    for (const { rate, items } of list) {
      if (rate.dividedBy(median).minus(1).abs().greaterThan(0.5)) for (const item of items) item.rateOutlier = true;
    }
  }
}
