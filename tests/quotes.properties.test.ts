/**
 * Quote properties (fast-check): whatever the input, analyze does not throw and every
 * quotation is well-formed: its span and its cue's span are exact, quotes are sorted and
 * do not overlap, a speaker entity is a listed entity; a prefix paragraph shifts every
 * offset by its length (speakers may change with it: the entity pass reads the first
 * paragraph as a possible headline).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Quote } from '../src/index.js';
import { QuoteSchema } from '../src/schema.js';

const LANGS = ['id', 'en'] as const;

/** Pieces quotations are made of, so that random joins often look like quotes. */
const FRAGMENTS = [
  '"', '"', '“', '”', '„', '«', '»', "'", '‘', '’', ',', ',', '.', '.', ':', '?', '!', '—', '(', ')', '\n', '\n\n',
  'kata', 'ujar', 'ujarnya', 'katanya', 'kata dia', 'berkata', 'mengatakan', 'menjelaskan', 'bahwa', 'Menurut',
  'Menurutnya', 'menurut', 'Ia', 'ia', 'dia', 'yang', 'di', 'saat', 'itu', 'menteri', 'sang',
  'said', 'says', 'told', 'added', 'asked', 'he', 'she', 'it', 'He', 'She', 'that', 'according to', 'According to',
  'the', 'minister', 'the central bank', 'officials', 'reporters', 'on Monday', 'in a statement', 'who', 'is',
  'Budi Santoso', 'Budi', 'Sri Mulyani Indrawati', 'Menteri Keuangan', 'John Smith', 'Smith', 'Bank Indonesia',
  'Kami', 'akan', 'membangun', 'jalan', 'We', 'will', 'build', 'roads', 'Harga', 'naik', 'prices', 'rose',
  'program', 'so-called', 'film', 'Kota Cerdas', '55', '1,5', 'juta', '’s', "'s", '90s', 'Jakarta', 'Rabu',
];

const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 })
  .chain((parts) =>
    fc.array(fc.constantFrom('', ' ', ' ', ' ', '  '), { minLength: parts.length, maxLength: parts.length }).map((gaps) =>
      parts.map((p, i) => p + gaps[i]).join(''),
    ),
  );

function wellFormed(text: string, quotes: Quote[], entityIds: Set<string>): void {
  let lastEnd = -1;
  quotes.forEach((q, k) => {
    expect(QuoteSchema.safeParse(q).success).toBe(true);
    expect(q.id).toBe(`q${k + 1}`);
    expect(q.start).toBeLessThan(q.end);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = q.end;
    if (q.cue) {
      expect(q.cue.start).toBeLessThan(q.cue.end);
      expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
    if (q.speaker.entity !== null) expect(entityIds.has(q.speaker.entity)).toBe(true);
    if (q.unclosed) expect(q.kind).toBe('direct');
  });
}

function run(lang: 'id' | 'en', text: string): void {
  const a = analyze(text, { lang, only: ['entities', 'quotes'] });
  wellFormed(text, a.quotes!, new Set(a.entities!.map((e) => e.id)));
}

describe('quotes: properties', () => {
  it('never throws on any string, and its quotes are well-formed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fc.string({ unit: 'grapheme', maxLength: 300 }), (lang, text) => run(lang, text)),
      { numRuns: 300 },
    );
  });

  it('never throws on joins of quote fragments, and its quotes are well-formed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fragmentText, (lang, text) => run(lang, text)),
      { numRuns: 600 },
    );
  });

  it('a neutral paragraph before the text shifts every offset by its length', () => {
    const prefix = 'ok.\n\n';
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fragmentText, (lang, body) => {
        // Blank lines in both: the same paragraph model; three paragraphs or more in both: the
        // entity pass reads capitalised paragraphs as headlines only in texts that long.
        const text = `x.\n\ny.\n\n${body}`;
        const plain = analyze(text, { lang, only: ['quotes'] }).quotes!;
        const shifted = analyze(prefix + text, { lang, only: ['quotes'] }).quotes!;
        const key = (q: Quote, k: number) => [q.kind, q.start - k, q.end - k, q.text, q.unclosed ?? false, q.cue ? q.cue.start - k : null];
        expect(shifted.map((q) => key(q, prefix.length))).toEqual(plain.map((q) => key(q, 0)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same quotes in a text repeated, each copy shifted', () => {
    const body = '"Kami akan membangun jalan baru tahun depan," kata Budi Santoso. Budi Santoso mengatakan harga naik lagi bulan ini.';
    const one = analyze(body, { lang: 'id', only: ['quotes'] }).quotes!;
    const text = `${body}\n\n${body}`;
    const two = analyze(text, { lang: 'id', only: ['quotes'] }).quotes!;
    expect(two.length).toBe(2 * one.length);
    const offset = body.length + 2;
    expect(two.slice(one.length).map((q) => [q.kind, q.text, q.start - offset])).toEqual(one.map((q) => [q.kind, q.text, q.start]));
  });

  // Each input is ~100 KB; a pass that re-scans its nesting stack or its text per mark
  // would take tens of seconds here.
  it.each([
    ['opening single marks', "‘a 'b ’c ".repeat(12_000)],
    ['straight double marks', '"'.repeat(100_000)],
    ['quotes in one paragraph', '"Kami akan membangun jalan," kata Budi Santoso. '.repeat(2_000)],
    ['reporting verbs in one sentence', 'John Smith said the plan said that it said '.repeat(2_400)],
  ])('stays fast on %s', (_, text) => {
    run('id', text);
  }, 10_000);
});
