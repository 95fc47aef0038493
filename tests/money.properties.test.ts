/**
 * Money properties (fast-check): whatever the input, analyze does not throw and every
 * amount is well-formed: its span is exact, its values are decimal strings, ranges are
 * ordered, amounts are sorted and do not overlap, equivalence links go both ways.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Money } from '../src/index.js';
import { MoneySchema } from '../src/schema.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const LANGS = ['id', 'en'] as const;

/** Pieces real amounts are made of, so that random joins often look like money. */
const FRAGMENTS = [
  'Rp', 'Rp.', 'RP', 'US$', '$', 'S$', 'A$', 'HK$', '€', '£', '¥', '₩', '₹', 'RM', 'IDR', 'USD', 'EUR', 'SAR',
  '0', '1', '5', '12', '127', '1.234', '1,5', '127.9', '2,07', '1.234.567,89', '1,234,567.89', '999999999999999999',
  'ribu', 'rb', 'juta', 'jt', 'miliar', 'milyar', 'M', 'triliun', 'T', 'kuadriliun', 'thousand', 'k', 'million', 'm',
  'mn', 'bn', 'b', 'trillion', 'tn', 'crore', 'ratus', 'puluh', 'belas', 'hundred',
  'satu', 'dua', 'setengah', 'seratus', 'se', 'a', 'half', 'one', 'twenty-five', 'two',
  'rupiah', 'dolar AS', 'dolar', 'dollars', 'euro', 'yen', 'yuan', 'ringgit', 'won', 'pounds', 'dong Vietnam',
  'sekitar', 'hampir', 'lebih dari', 'about', 'nearly', 'more than', 'up to', 'hingga', 'sampai', 'to',
  'antara', 'dan', 'between', 'and', 'dari', 'from', 'menjadi', 'naik', 'rose',
  'per', 'a', 'an', '/', 'liter', 'kg', 'barrel', 'setiap', 'bulan',
  'atau setara', 'atau', 'senilai', 'or about', 'equivalent to', '(', ')', ',', '.', '-', '–', ',-', ' ', ' ', '  ',
  '\n', '\n\n', '"', '%', 'persen', 'orang', 'people',
];

const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .chain((parts) =>
    fc.array(fc.constantFrom('', ' ', ' ', ' ', '  '), { minLength: parts.length, maxLength: parts.length }).map((gaps) =>
      parts.map((p, i) => p + gaps[i]).join(''),
    ),
  );

function run(lang: 'id' | 'en', text: string): Money[] {
  return analyze(text, { lang, only: ['money'] }).money ?? [];
}

function wellFormed(text: string, money: Money[]): void {
  let lastEnd = -1;
  const ids = new Set(money.map((a) => a.id));
  for (const a of money) {
    expect(MoneySchema.safeParse(a).success).toBe(true);
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.start).toBeLessThan(a.end);
    expect(a.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = a.end;
    expect((a.value === undefined) !== (a.range === undefined)).toBe(true);
    if (a.value !== undefined) expect(a.value).toMatch(DECIMAL);
    if (a.range) {
      expect(a.range.min).toMatch(DECIMAL);
      expect(a.range.max).toMatch(DECIMAL);
      expect(Number(a.range.min)).toBeLessThan(Number(a.range.max));
    }
    if (a.impliedRate) expect(a.impliedRate.value).toMatch(DECIMAL);
    if (a.equivalentTo) {
      expect(ids.has(a.equivalentTo)).toBe(true);
      expect(money.find((b) => b.id === a.equivalentTo)!.equivalentTo).toBe(a.id);
    }
  }
}

describe.each(LANGS)('money properties (%s)', (lang) => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        wellFormed(text, run(lang, text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on strings built from money fragments, and every amount is well-formed', () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        wellFormed(text, run(lang, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('a neutral paragraph in front shifts every offset by its length', () => {
    const head = 'Berita hari ini\n\n';
    fc.assert(
      fc.property(fragmentText, (text) => {
        const plain = run(lang, text);
        const shifted = run(lang, head + text);
        expect(shifted.map((a) => [a.start - head.length, a.end - head.length, a.text, a.value, a.range])).toEqual(
          plain.map((a) => [a.start, a.end, a.text, a.value, a.range]),
        );
      }),
      { numRuns: 500 },
    );
  });
});
