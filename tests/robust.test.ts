// Any string in, a valid analysis out; output that cannot hurt a terminal or a JSON reader.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { safeJson } from '../src/output/index.js';
import { clean, renderTable } from '../src/output/table.js';
import { Chalk } from 'chalk';
import { AnalysisSchema, type Analysis } from '../src/schema.js';

/** Strings that look a little like news: words, numbers, currency, quote marks, odd characters. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom('Budi', 'Arie', 'Setiadi', 'Jakarta', 'Bank', 'Indonesia', 'kata', 'said', 'Menurut', 'he', 'ujarnya', 'Rp', 'US$', '$', 'miliar', 'triliun', 'million', 'juta', 'per', 'liter', 'atau', 'setara', '(', ')', ',', '.', '"', '“', '”', "'", '‘', '’', '\n\n', '\r\n', '\u00a0', '\u200b', '-', '–', 'JAKARTA', '(ANTARA)', 'sekitar', 'about'),
      fc.integer({ min: 0, max: 1_000_000 }).map(String),
      fc.constantFrom('1,5', '1.500', '8,2', '127.9', '4.5bn', '5-10', '0,0001'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

/** The words the entity rules look at, in any order: heads, titles, cues, dates, particles. */
const entityish = fc
  .array(
    fc.constantFrom('desa', 'kota', 'kota-kota', 'Kota', 'Desa', 'Senin', 'Januari', 'Dengan', 'Kementerian', 'luar', 'negeri', 'Sultan', 'Paus',
      'Pak', 'Dr', '.', 'Ketua', 'Umum', 'Umumnya', 'Jaksa', 'Agung', 'Mantan', 'Sekretaris', 'al-Assad', 'Bashar', 'br', 'dan', 'Partai', 'PDI-P',
      'Israel', 'utara', 'Bandung', 'M', 'MS', 'KL', '48', 'juta', 'New', 'South', 'Wales', 'menurut', 'Budi', 'Santoso', 'lahir', 'film',
      '"', '“', '”', ',', '(', ')', 'II', 'X', 'Bank', 'Indonesia', 'Departemen', 'SBY', 'Mbah', 'Ibu', 'Negara', 'the', 'City'),
    { minLength: 20, maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

function spans(a: Analysis): Array<{ start: number; end: number; text: string }> {
  return [
    ...(a.entities ?? []).flatMap((e) => e.mentions),
    ...(a.money ?? []),
    ...(a.quotes ?? []),
    ...(a.quotes ?? []).flatMap((q) => (q.cue ? [q.cue] : [])),
  ];
}

function check(text: string, lang?: 'id' | 'en') {
  const a = analyze(text, lang ? { lang } : {});
  expect(AnalysisSchema.safeParse(a).success).toBe(true);
  for (const s of spans(a)) {
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  const line = safeJson(a);
  expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(JSON.parse(line)).toEqual(a);
}

describe('analyze on any string', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 400 })], { numRuns: 150 })('never throws; spans, schema and JSON hold (any UTF-16, lone surrogates too)', check);
  test.prop([newsy], { numRuns: 300 })('never throws; spans, schema and JSON hold (news-like)', check);
  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 })], { numRuns: 100 })('never throws; spans, schema and JSON hold (graphemes)', check);
  test.prop([entityish, fc.constantFrom('id' as const, 'en' as const)], { numRuns: 500 })('never throws or hangs; spans, schema and JSON hold (entity cue words)', check);
});

describe('output safety', () => {
  it.each([
    ['colour', 'Budi \u001b[31mred\u001b[0m', 'Budi red'],
    ['cursor and clear screen', 'a\u001b[2J\u001b[Hb', 'ab'],
    ['window title (OSC, BEL)', 'x\u001b]0;pwned\u0007y', 'xy'],
    ['hyperlink (OSC 8, ST)', '\u001b]8;;http://evil\u001b\\click\u001b]8;;\u001b\\', 'click'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['bidi override', 'abc\u202edef', 'abcdef'],
    ['bell, backspace, NUL', 'a\u0007\u0008\u0000b', 'ab'],
    ['newlines become one space', 'a\r\n\n b', 'a b'],
  ])('clean() removes %s', (_name, input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('a hostile article prints no escape sequence in a table', () => {
    const text = 'JAKARTA \u001b]0;owned\u0007(ANTARA) - "Kami \u001b[2Jsiap," kata Budi \u001b[31mSantoso\u001b[0m. Biayanya Rp 5 miliar.';
    const out = renderTable({ ...analyze(text), source: 'evil\u001b[2J.txt' }, new Chalk({ level: 0 }), 80);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).not.toContain('[2J');
  });

  it('JSON escapes control characters, lone surrogates and line separators', () => {
    const value = { text: 'a\u0000b\u001bc\ud800d\udfffe\u2028f\u2029g\nh' };
    const line = safeJson(value);
    expect(line).toBe('{"text":"a\\u0000b\\u001bc\\ud800d\\udfffe\\u2028f\\u2029g\\nh"}');
    expect(JSON.parse(line)).toEqual(value);
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  });
});
