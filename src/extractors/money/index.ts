/**
 * Money: amounts with a currency mark (symbol, code or word), their exact value, ranges,
 * qualifiers, unit rates and stated equivalences. One pass over the tokens that can start a
 * number; each is read through sticky patterns anchored at token positions, and a refiner
 * links the equivalences. Linear in the text.
 */
import { type Document, tokenAt } from '../../document.js';
import type { Lang, Qualifier } from '../../lang/types.js';
import type { Money } from '../../schema.js';
import { alternation, perKey } from '../../util/regex.js';
import { CODES_AFTER_ONLY, CURRENCY_CODES, CURRENCY_SYMBOLS } from './currencies.js';
import { Decimal as BaseDecimal } from '../../util/decimal.js';
import { Decimal, type DecimalMark, decimalMarkOf, decimalString, isAmbiguous, parseNumber } from './number.js';

interface Found {
  start: number;
  end: number;
  /** End of everything read with the amount: `end`, or the end of its `per` unit. */
  tail: number;
  currency: string;
  min: Decimal;
  max: Decimal;
  qualifier?: Qualifier;
  per?: string;
  rule: string;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const TEN = new Decimal(10);
/** Powers of ten by exponent, made once. */
const POWERS = new Map<number, Decimal>();
const pow10 = (exponent: number): Decimal => {
  let value = POWERS.get(exponent);
  if (!value) POWERS.set(exponent, (value = TEN.pow(exponent)));
  return value;
};
/** How far before an amount its qualifier or range opener may start ("lebih dari", "between"). */
const WINDOW = 30;
/** The longest gap between two amounts that can still hold an equivalence cue. */
const MAX_CUE = 60;
/** Tokens before a number that can make up its currency symbol: "U.S.$" is five. */
const PREFIX_TOKENS = 6;
/** Space within a line: an amount never runs across a line break. */
const WS = '[^\\S\\r\\n]';
/** A word ends here. */
const END = '(?![\\p{L}\\p{N}])';
/** How many tokens after a bare number its currency word may come: "tiga ratus lima puluh juta rupiah". */
const CURRENCY_LOOKAHEAD = 10;
/** A number that reads as a year. */
const YEAR = /^(?:1[89]|20)\d\d$/;

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

const compile = perKey((lang: Lang) => {
  const m = lang.money;
  const openers = [...new Set(m.betweenWords.map(([open]) => normal(open)))];
  const joins = new Map<string, RegExp>();
  for (const open of openers) {
    const words = m.betweenWords.filter(([o]) => normal(o) === open).map(([, join]) => join);
    joins.set(open, new RegExp(`${WS}*(?:${alternation(words)})${WS}+`, 'iuy'));
  }
  const qualifiers = alternation(Object.keys(m.qualifiers));
  const cues = alternation(m.equivalenceCues);
  const perWords = alternation(m.perWords.filter((w) => w !== '/'));
  const perUnit = `(?:(?:${perWords})${WS}+|/${WS}*)(\\p{L}[\\p{L}\\-]*)`;
  const changeCues = m.changeCues.length > 0 ? alternation(m.changeCues) : null;
  const perStops = m.perStops.length > 0 ? alternation(m.perStops) : null;
  const yearCues = m.yearCues.length > 0 ? alternation(m.yearCues) : null;
  const minorUnits = new Map(Object.entries(m.minorUnits).map(([k, v]) => [normal(k), v]));
  const numberWords = new Map(
    Object.entries(m.numberWords)
      .filter(([, v]) => v !== '')
      .map(([k, v]): [string, Decimal] => [normal(k), new Decimal(v)]),
  );
  const decimalMark = m.decimalMark === ',' ? ',' : '\\.';
  // Token texts that can start a number word or a currency mark after a number, as written
  // ("dua", "Dua", "DUA"): a set lookup per token, no lower-casing on the hot path.
  const forms = (words: Iterable<string>) =>
    new Set([...words].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]));
  const firstWord = (w: string) => normal(w).split(' ')[0]!;
  const symbols = Object.keys(CURRENCY_SYMBOLS).filter((k) => !/\p{L}/u.test(k));
  return {
    prefix: new RegExp(
      `(${alternation([...Object.keys(CURRENCY_SYMBOLS), ...CURRENCY_CODES.filter((c) => !CODES_AFTER_ONLY.has(c))])})${WS}*`,
      'uy',
    ),
    // "8,2 miliar", "20ribu", "$5-million"
    scale: new RegExp(`(?:${WS}*|-)(${alternation(Object.keys(m.scales))})${END}`, 'iuy'),
    scaleAbbreviation: new RegExp(`${WS}?(${alternation(Object.keys(m.scaleAbbreviations))})${END}`, 'uy'),
    // "rupiah-denominated" is no amount in rupiah
    currencyWord: new RegExp(`${WS}*(${alternation(Object.keys(m.currencyWords))})(?![\\p{L}\\p{N}-])`, 'iuy'),
    currencyCode: new RegExp(`${WS}*(${alternation(CURRENCY_CODES)})${END}`, 'uy'),
    // "50 €", "100$": a symbol after the number, unless it starts the next amount
    currencySymbol: new RegExp(
      `${WS}*(${alternation(symbols)})(?!${WS}*\\p{N})`,
      'uy',
    ),
    // "94 cents"
    minorUnit: minorUnits.size > 0 ? new RegExp(`${WS}*(${alternation(minorUnits.keys())})${END}`, 'iuy') : null,
    minorUnits,
    // "Rp 5.000,-"
    dashSuffix: /,-+(?!\p{N})/uy,
    // tokenized text: "Rp 144 , 34 triliun"
    spacedDecimal: new RegExp(`${WS}+${decimalMark}${WS}+(\\d{1,2})(?!\\d)`, 'uy'),
    range: new RegExp(`${WS}*(?:${alternation(m.rangeWords)})${WS}*`, 'iuy'),
    opener: new RegExp(`(?:^|[^\\p{L}])(${alternation(openers)})\\s+$`, 'iu'),
    joins,
    per: new RegExp(`${WS}*${perUnit}`, 'iuy'),
    // "7 juta euro ( 104,8 miliar rupiah ) per musim"
    bracketPer: new RegExp(`${WS}*\\)${WS}*${perUnit}`, 'iuy'),
    // "$5 billion a week ago": no rate
    perStop: perStops ? new RegExp(`${WS}+(?:${perStops})${END}`, 'iuy') : null,
    // "sepanjang 2018 rupiah melemah": a year
    yearBefore: yearCues ? new RegExp(`(?:^|[^\\p{L}])(?:${yearCues})\\s+$`, 'iu') : null,
    qualifier: new RegExp(`(?:^|[^\\p{L}])(${qualifiers})\\s*$`, 'iu'),
    // "rose from $5 to $7", "fell $2.50 to $20.125", "naik sebesar Rp 500 hingga Rp 7.000":
    // a change and where it ended, not a range
    changeFrom: changeCues
      ? new RegExp(
          `(?:^|[^\\p{L}])(?:${changeCues})(?:(?:\\s+\\p{L}+)?\\s+(?:${alternation(openers)})|(?:\\s+\\p{L}+)?)\\s+$`,
          'iu',
        )
      : null,
    // "anjlok hingga Rp 12.000": "to", not "up to"
    changeTo: changeCues ? new RegExp(`(?:^|[^\\p{L}])(?:${changeCues})\\s+(?:${qualifiers})\\s*$`, 'iu') : null,
    // A cue ("atau setara", "or about") or an opening bracket, maybe both, maybe a qualifier;
    // or a comma and a qualifier ("S$3 billion, about US$2.2 billion").
    equivalence: new RegExp(
      `^\\s*(?:[,.;]?\\s*(?:\\(\\s*(?:(?:${cues})\\s+)?|(?:${cues})\\s*\\(?\\s*)(?:(?:${qualifiers})\\s+)?|,\\s*(?:${qualifiers})\\s+)$`,
      'iu',
    ),
    scales: new Map(Object.entries(m.scales).map(([k, v]) => [k.toLowerCase(), v])),
    scaleAbbreviations: new Map(Object.entries(m.scaleAbbreviations)),
    currencyWords: new Map(Object.entries(m.currencyWords).map(([k, v]) => [normal(k), v])),
    numberWords,
    /** First words of number words and phrases: the word tokens that can start an amount. */
    numberStarts: new Set([...numberWords.keys()].map(firstWord)),
    numberStartForms: forms([...numberWords.keys()].map(firstWord)),
    /** Tokens that can start a currency mark written after a number: "rupiah", "Dolar", "USD", "€". */
    currencyStartForms: new Set([
      ...forms(Object.keys(m.currencyWords).map(firstWord)),
      ...forms([...minorUnits.keys()].map(firstWord)),
      ...CURRENCY_CODES,
      ...symbols.map((s) => s.charAt(0)),
    ]),
    /** Any join word of a "between" pair, before looking for its opener. */
    anyJoin: new RegExp(`${WS}*(?:${alternation(m.betweenWords.map(([, join]) => join))})${WS}+`, 'iuy'),
    countNouns: new Set(m.countNouns.map((w) => w.toLowerCase())),
    qualifierValues: new Map(Object.entries(m.qualifiers).map(([k, v]) => [normal(k), v])),
    decimalMark: m.decimalMark,
  };
});
type Patterns = ReturnType<typeof compile>;

/** Match a sticky pattern at `pos`; returns the match or null. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Index of the first token that starts at or after `pos`. */
const tokenIndexFrom = tokenAt;

function scaleAt(p: Patterns, text: string, pos: number): { exponent: number; end: number } | null {
  const s = at(p.scale, text, pos);
  if (s) return { exponent: p.scales.get(s[1]!.toLowerCase())!, end: s.index + s[0].length };
  const a = at(p.scaleAbbreviation, text, pos);
  if (a) return { exponent: p.scaleAbbreviations.get(a[1]!)!, end: a.index + a[0].length };
  return null;
}

interface NumberWord {
  value: Decimal;
  end: number;
  next: number;
}

/** A number word or phrase at token i: "dua", "setengah", "half a", "a million", "twenty-five". */
function numberWordAt(doc: Document, p: Patterns, i: number): NumberWord | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const lower = t.text.toLowerCase();
  if (!p.numberStarts.has(lower) && !lower.includes('-')) return null;
  const n = doc.tokens[i + 1];
  if (n && n.kind === 'word' && n.spaceBefore) {
    const phrase = p.numberWords.get(`${lower} ${n.text.toLowerCase()}`);
    if (phrase) return { value: phrase, end: n.end, next: i + 2 };
  }
  const single = p.numberWords.get(lower);
  if (single) return { value: single, end: t.end, next: i + 1 };
  // "twenty-five": tens and a unit. "dua-tiga" (two or three) is no number.
  const parts = lower.split('-');
  if (parts.length === 2) {
    const tens = p.numberWords.get(parts[0]!);
    const unit = p.numberWords.get(parts[1]!);
    if (tens && unit && tens.greaterThan(10) && tens.mod(10).isZero() && tens.lessThan(100) && unit.lessThan(10)) {
      return { value: tens.plus(unit), end: t.end, next: i + 1 };
    }
  }
  return null;
}

interface Quantity {
  value: Decimal;
  end: number;
  /** Token index after the quantity. */
  next: number;
  /** What the leading number was multiplied by: 10^9 in "15 miliar", 10^5 in "5 ratus ribu". */
  multiplier: Decimal;
  scaled: boolean;
  /** Written in words ("dua miliar"), not digits. */
  words: boolean;
}

/**
 * A number (digits or words) at token i with its scale words: "8,2 miliar", "Rp 144 , 34
 * triliun", "two hundred million", "dua ratus lima puluh ribu". Number words add up; a scale
 * below a thousand multiplies what comes before it ("lima puluh", "dua ratus"), a larger
 * one closes a group ("satu juta dua ratus ribu").
 */
function quantityAt(doc: Document, p: Patterns, i: number, documentMark?: DecimalMark): Quantity | null {
  const { tokens, text } = doc;
  const token = tokens[i];
  if (!token) return null;
  const words = token.kind === 'word';
  let unit: Decimal;
  let pos: number;
  let j: number;
  if (token.kind === 'number') {
    const spaced = /^\d+$/.test(token.text) ? at(p.spacedDecimal, text, token.end) : null;
    if (spaced && scaleAt(p, text, spaced.index + spaced[0].length)) {
      unit = new Decimal(`${token.text}.${spaced[1]}`);
      pos = spaced.index + spaced[0].length;
      j = tokenIndexFrom(doc, pos);
    } else {
      const parsed = parseNumber(token.text, p.decimalMark, scaleAt(p, text, token.end) !== null, documentMark);
      if (!parsed) return null;
      unit = parsed;
      pos = token.end;
      j = i + 1;
    }
  } else {
    const w = numberWordAt(doc, p, i);
    if (!w) return null;
    unit = w.value;
    pos = w.end;
    j = w.next;
  }

  if (!words) {
    // Digits: every scale after them multiplies ("5 ratus ribu", "1,5 miliar").
    let multiplier = ONE;
    for (let s = scaleAt(p, text, pos); s; s = scaleAt(p, text, pos)) {
      multiplier = multiplier === ONE ? pow10(s.exponent) : multiplier.times(pow10(s.exponent));
      pos = s.end;
    }
    if (multiplier === ONE) return { value: unit, end: pos, next: j, multiplier, scaled: false, words };
    return { value: unit.times(multiplier), end: pos, next: tokenIndexFrom(doc, pos), multiplier, scaled: true, words };
  }

  let total = ZERO;
  let group = ZERO;
  let last = unit;
  let multiplier = ONE;
  let fresh = true;
  let scaled = false;
  for (;;) {
    const s = scaleAt(p, text, pos);
    if (s) {
      const factor = pow10(s.exponent);
      multiplier = fresh ? factor : multiplier.times(factor);
      fresh = false;
      scaled = true;
      if (s.exponent < 2 && !last.isZero()) {
        // "lima puluh": the scale multiplies the word before it
        unit = unit.plus(last.times(factor.minus(1)));
      } else if (s.exponent < 3) {
        group = group.plus((unit.isZero() ? ONE : unit).times(factor));
        unit = ZERO;
      } else {
        const g = group.plus(unit);
        total = g.isZero() ? (total.isZero() ? factor : total.times(factor)) : total.plus(g.times(factor));
        group = ZERO;
        unit = ZERO;
      }
      last = ZERO;
      pos = s.end;
      j = tokenIndexFrom(doc, pos);
      continue;
    }
    const t = tokens[j];
    if (t && t.kind === 'word' && t.spaceBefore && !/[\r\n]/.test(text.slice(pos, t.start))) {
      const w = numberWordAt(doc, p, j);
      if (w) {
        unit = unit.plus(w.value);
        last = w.value;
        fresh = true;
        pos = w.end;
        j = w.next;
        continue;
      }
    }
    break;
  }
  const value = scaled ? total.plus(group).plus(unit) : unit;
  return { value, end: pos, next: j, multiplier, scaled, words };
}

interface Prefix {
  start: number;
  end: number;
  mark: string;
  currency: string;
}

/** A currency symbol or code at `pos` that starts a word ("Rp", "US$ ", not the "S$" of "US$"). */
function prefixAt(doc: Document, p: Patterns, k: number): Prefix | null {
  const token = doc.tokens[k]!;
  if (!(k === 0 || token.spaceBefore || doc.tokens[k - 1]!.kind === 'punct')) return null;
  const m = at(p.prefix, doc.text, token.start);
  if (!m) return null;
  const mark = m[1]!;
  const currency = CURRENCY_SYMBOLS[mark] ?? mark;
  return { start: token.start, end: token.start + m[0].length, mark, currency };
}

/** The longest currency symbol or code that ends right where token i begins. */
function prefixBefore(doc: Document, p: Patterns, i: number): Prefix | null {
  const target = doc.tokens[i]!.start;
  for (let k = Math.max(0, i - PREFIX_TOKENS); k < i; k++) {
    const prefix = prefixAt(doc, p, k);
    if (prefix && prefix.end === target) return prefix;
  }
  return null;
}

function isCountNoun(doc: Document, p: Patterns, pos: number): boolean {
  const t = doc.tokens[tokenIndexFrom(doc, pos)];
  return t !== undefined && p.countNouns.has(t.text.toLowerCase());
}

/**
 * Per currency, the decimal mark that the document's unscaled amounts show beyond doubt
 * ("$2.50", "Rp 1.234.567"), when they all agree. It settles "$20.125" in the same document.
 * One pass over the number tokens that hold a mark.
 */
function documentMarks(doc: Document, p: Patterns): Map<string, DecimalMark> {
  const votes = new Map<string, DecimalMark | null>();
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'number' || (!t.text.includes('.') && !t.text.includes(','))) return;
    const mark = decimalMarkOf(t.text);
    if (!mark || scaleAt(p, doc.text, t.end)) return;
    const prefix = prefixBefore(doc, p, i);
    if (!prefix) return;
    const seen = votes.get(prefix.currency);
    votes.set(prefix.currency, seen === undefined || seen === mark ? mark : null);
  });
  const marks = new Map<string, DecimalMark>();
  for (const [currency, mark] of votes) if (mark) marks.set(currency, mark);
  return marks;
}

/** The decimal mark the document settles for a lone three-digit group at token k, if it is one. */
function markFor(doc: Document, marks: Marks, k: number, currency: string | undefined): DecimalMark | undefined {
  const t = doc.tokens[k];
  return currency && t && isAmbiguous(t.text) ? marks().get(currency) : undefined;
}

/**
 * The text just before an amount, read only if a rule asks for it. The rules that read it are
 * case-insensitive and match any run of spaces, so it is not normalised.
 */
class Behind {
  private value: string | undefined;
  constructor(
    private readonly source: string,
    private readonly start: number,
  ) {}
  text(): string {
    return (this.value ??= this.source.slice(Math.max(0, this.start - WINDOW), this.start));
  }
}

/** The document's decimal marks, worked out on first need: most documents never need them. */
type Marks = () => Map<string, DecimalMark>;

/** A currency mark may follow within a few tokens: cheap test before reading a bare number. */
function currencyAhead(doc: Document, p: Patterns, i: number): boolean {
  const last = Math.min(doc.tokens.length, i + 1 + CURRENCY_LOOKAHEAD);
  for (let k = i + 1; k < last; k++) if (p.currencyStartForms.has(doc.tokens[k]!.text)) return true;
  return false;
}

function amountAt(doc: Document, p: Patterns, marks: Marks, i: number): { found: Found; next: number } | null {
  const { text, tokens } = doc;
  const prefix = prefixBefore(doc, p, i);
  if (!prefix && !currencyAhead(doc, p, i)) return null;
  const documentMark = markFor(doc, marks, i, prefix?.currency);
  const first = quantityAt(doc, p, i, documentMark);
  if (!first) return null;
  if (first.words && !prefix && !first.scaled && !at(p.currencyWord, text, first.end)) return null;

  const start = prefix?.start ?? tokens[i]!.start;
  const look = new Behind(text, start);
  let min = first.value;
  let max = first.value;
  let end = first.end;
  let next = first.next;
  let currency = prefix?.currency;
  let rule = `${prefix ? 'symbol' : 'number'}-${first.words ? 'words' : 'digits'}`;

  const dash = first.scaled ? null : at(p.dashSuffix, text, end);
  if (dash) {
    end = dash.index + dash[0].length;
    next = tokenIndexFrom(doc, end);
  } else {
    // Ranges: "10-15 miliar", "Rp 18 - 20ribu", "$5 to $7 million", "antara 2 dan 3 juta rupiah".
    let join = at(p.range, text, end);
    let between = false;
    if (!join && at(p.anyJoin, text, end)) {
      const open = p.opener.exec(look.text());
      const joinWords = open ? p.joins.get(normal(open[1]!)) : undefined;
      join = joinWords ? at(joinWords, text, end) : null;
      between = join !== null;
    }
    if (join && !p.changeFrom?.test(look.text())) {
      let j = tokenIndexFrom(doc, join.index + join[0].length);
      const secondPrefix = tokens[j] ? prefixAt(doc, p, j) : null;
      if (secondPrefix) j = tokenIndexFrom(doc, secondPrefix.end);
      const second = quantityAt(doc, p, j, markFor(doc, marks, j, secondPrefix?.currency ?? currency));
      if (
        second &&
        (!secondPrefix || tokens[j]!.start === secondPrefix.end) &&
        (!secondPrefix || !currency || secondPrefix.currency === currency) &&
        !isCountNoun(doc, p, second.end)
      ) {
        // The scale written once applies to both ends ("10-15 miliar"), unless the second end
        // is a whole amount of its own ("$900,000-$1.2 million").
        let low: Decimal | null = first.value;
        if (!first.scaled) {
          const spread = first.value.times(second.multiplier);
          low = spread.lessThan(second.value) ? spread : secondPrefix ? first.value : null;
        }
        if (low && low.lessThan(second.value)) {
          min = low;
          max = second.value;
          end = second.end;
          next = second.next;
          currency ??= secondPrefix?.currency;
          rule += between ? '-between' : '-range';
        }
      }
    }
  }

  const word = at(p.currencyWord, text, end);
  const code = word ? null : (at(p.currencyCode, text, end) ?? at(p.currencySymbol, text, end));
  const named = word ? p.currencyWords.get(normal(word[1]!)) : code ? (CURRENCY_SYMBOLS[code[1]!] ?? code[1]) : undefined;
  if (named && (!currency || currency === named || prefix?.mark === '$')) {
    currency = named;
    const m = (word ?? code)!;
    end = m.index + m[0].length;
    next = tokenIndexFrom(doc, end);
    if (!prefix) rule += '-currency';
  }
  if (!currency && p.minorUnit) {
    const minor = at(p.minorUnit, text, end);
    const unit = minor ? p.minorUnits.get(normal(minor[1]!)) : undefined;
    if (minor && unit) {
      const [code, places] = unit;
      currency = code;
      min = min.dividedBy(pow10(places));
      max = max.dividedBy(pow10(places));
      end = minor.index + minor[0].length;
      next = tokenIndexFrom(doc, end);
      rule += '-minor-unit';
    }
  }
  if (!currency) return null;
  if (!prefix && min.equals(max) && YEAR.test(tokens[i]!.text) && p.yearBefore?.test(look.text())) return null;

  const found: Found = { start, end, tail: end, currency, min, max, rule };
  const per = at(p.per, text, end) ?? at(p.bracketPer, text, end);
  if (per && !p.numberWords.has(per[1]!.toLowerCase())) {
    // The unit may be a currency: "Rp 13.083 per dolar AS".
    const unitStart = per.index + per[0].length - per[1]!.length;
    const unitCurrency = at(p.currencyWord, text, unitStart);
    const unitEnd = unitCurrency ? unitCurrency.index + unitCurrency[0].length : per.index + per[0].length;
    if (!(p.perStop && at(p.perStop, text, unitEnd))) {
      found.per = text.slice(unitStart, unitEnd).replace(/\s+/g, ' ');
      found.tail = unitEnd;
      next = tokenIndexFrom(doc, found.tail);
    }
  }
  const q = p.qualifier.exec(look.text());
  if (q) {
    const qualifier = p.qualifierValues.get(normal(q[1]!));
    // "anjlok hingga Rp 12.000": fell to, not up to
    if (!(qualifier === 'up to' && p.changeTo?.test(look.text()))) found.qualifier = qualifier;
  }
  return { found, next };
}

export function extractMoney(doc: Document): Money[] {
  const p = compile(doc.lang);
  let known: Map<string, DecimalMark> | undefined;
  const marks: Marks = () => (known ??= documentMarks(doc, p));
  const found: Found[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.kind === 'number' || (t.kind === 'word' && canStartNumber(p, t.text))) {
      const hit = amountAt(doc, p, marks, i);
      if (hit && (found.length === 0 || hit.found.start >= found[found.length - 1]!.tail)) {
        found.push(hit.found);
        i = Math.max(hit.next, i + 1);
        continue;
      }
    }
    i++;
  }
  const kept = dropRestatements(doc.text, found);
  const links = findEquivalences(doc.text, p, kept);
  const money: Money[] = kept.map((f, k) => {
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
  linkEquivalences(kept, money, links);
  return money;
}

/**
 * "Rp 500.000,- (lima ratus ribu rupiah)": the same amount said again in brackets, in words
 * or in other digits, is one amount. The first stays; the restatement goes, so that totals
 * per currency count it once.
 */
function dropRestatements(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    out.push(a);
    const b = found[k + 1];
    if (
      b &&
      a.currency === b.currency &&
      a.min.equals(b.min) &&
      a.max.equals(b.max) &&
      b.start - a.tail <= MAX_CUE &&
      /^\s*\(\s*$/.test(text.slice(a.tail, b.start))
    ) {
      k++;
    }
  }
  return out;
}

function canStartNumber(p: Patterns, word: string): boolean {
  if (p.numberStartForms.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && p.numberWords.has(word.slice(0, dash).toLowerCase());
}

/**
 * "X atau setara Y", "X (Y)", "X, or about Y": two neighbouring amounts in different
 * currencies with only an equivalence cue or an opening bracket between them. A `per` unit
 * written once after the bracket ("X (Y) per musim") belongs to both.
 */
function findEquivalences(text: string, p: Patterns, found: Found[]): number[] {
  const links: number[] = [];
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (a.currency === b.currency || b.start - a.tail > MAX_CUE) continue;
    const gap = text.slice(a.tail, b.start);
    if (!p.equivalence.test(gap)) continue;
    links.push(k);
    if (gap.includes('(')) {
      a.per ??= b.per;
      b.per ??= a.per;
    }
    k++;
  }
  return links;
}

function midpoint(f: Found): BaseDecimal {
  const min = new BaseDecimal(f.min);
  return f.min.equals(f.max) ? min : min.plus(f.max).dividedBy(2);
}

/**
 * Each amount of a pair gets `equivalentTo` and the implied rate in units of the cheaper
 * currency per unit of the dearer one; a rate more than 50% away from the median of the same
 * currency pair in the document is flagged.
 */
function linkEquivalences(found: Found[], money: Money[], links: number[]): void {
  const rates = new Map<string, Array<{ rate: BaseDecimal; items: Money[] }>>();
  for (const k of links) {
    const a = found[k]!;
    const b = found[k + 1]!;
    const ma = money[k]!;
    const mb = money[k + 1]!;
    ma.equivalentTo = mb.id;
    mb.equivalentTo = ma.id;
    if (a.per) ma.per = a.per;
    if (b.per) mb.per = b.per;
    // Rates are rounded to a few places: default precision (20 digits) is plenty and cheap.
    const va = midpoint(a);
    const vb = midpoint(b);
    if (va.isZero() || vb.isZero()) continue;
    const [cheap, dear, rate] = va.greaterThan(vb) ? [a.currency, b.currency, va.dividedBy(vb)] : [b.currency, a.currency, vb.dividedBy(va)];
    const impliedRate = { value: decimalString(rate.toDecimalPlaces(rate.greaterThan(100) ? 2 : 6)), currency: cheap, per: dear };
    ma.impliedRate = impliedRate;
    mb.impliedRate = { ...impliedRate };
    const key = `${cheap}/${dear}`;
    if (!rates.has(key)) rates.set(key, []);
    rates.get(key)!.push({ rate, items: [ma, mb] });
  }
  for (const list of rates.values()) {
    if (list.length < 2) continue;
    const sorted = list.map((r) => r.rate).sort((x, y) => x.comparedTo(y));
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const low = median.times(0.5);
    const high = median.times(1.5);
    for (const { rate, items } of list) {
      if (rate.lessThan(low) || rate.greaterThan(high)) for (const item of items) item.rateOutlier = true;
    }
  }
}
