// Units of the batch machinery: ordering, bounded in-flight work, streaming, summary, progress line.
import { describe, expect, it } from 'vitest';
import { analyze, type DocumentAnalysis } from '../src/analyze.js';
import { digest } from '../src/batch/digest.js';
import { ordered } from '../src/batch/ordered.js';
import { formatProgress } from '../src/batch/progress.js';
import { SummaryBuilder } from '../src/batch/summary.js';
import type { Analysis } from '../src/schema.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* numbers(n: number, onPull?: (i: number) => void): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    onPull?.(i);
    await sleep(0);
    yield i;
  }
}

describe('ordered', () => {
  it('yields results in input order whatever order they finish in', async () => {
    const out: number[] = [];
    for await (const r of ordered(numbers(50), async (i) => (await sleep((i * 7919) % 13), i * 2), 8)) out.push(r);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
  });

  it('keeps at most `window` items in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    let consumed = 0;
    const submit = async (i: number) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep(i % 3);
      return i;
    };
    for await (const r of ordered(numbers(100), submit, 4)) {
      consumed++;
      inFlight--;
      expect(r).toBe(consumed - 1);
    }
    expect(consumed).toBe(100);
    expect(peak).toBeLessThanOrEqual(4);
  });

  it('yields the first result before the source has ended', async () => {
    let pulled = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slowSource(): AsyncGenerator<number> {
      yield 0;
      pulled++;
      await gate; // the walk goes on only after the first result was seen
      yield 1;
    }
    const seen: number[] = [];
    for await (const r of ordered(slowSource(), async (i) => i, 8)) {
      seen.push(r);
      if (r === 0) release();
    }
    expect(seen).toEqual([0, 1]);
    expect(pulled).toBe(1);
  });

  it('stops pulling the source when the consumer leaves', async () => {
    let pulled = 0;
    for await (const r of ordered(numbers(1000, () => pulled++), async (i) => i, 4)) if (r === 2) break;
    expect(pulled).toBeLessThan(10);
  });
});

const doc = (over: Partial<DocumentAnalysis>): DocumentAnalysis => ({ schemaVersion: '1.0', id: null, source: null, language: 'id', chars: 10, errors: [], ...over });
const mention = { start: 0, end: 4, text: 'Budi' };
const entity = (type: 'person' | 'organization' | 'location', name: string, count: number) => ({ id: 'e', type, name, aliases: [], roles: [], count, salience: 1, mentions: Array(count).fill(mention) });
const money = (currency: string, value: string | null, extra: object = {}) => ({
  id: 'm', text: 'x', start: 0, end: 1, currency, approximate: false, rule: 'r',
  ...(value === null ? { range: { min: '1', max: '2' } } : { value }),
  ...extra,
});
const quote = (name: string | null) => ({ id: 'q', kind: 'direct' as const, text: 'x', start: 0, end: 1, speaker: { entity: null, name }, cue: null, rule: 'r' });

describe('summary', () => {
  const a = doc({
    language: 'id',
    encoding: 'utf-8',
    entities: [entity('person', 'Budi Santoso', 3), entity('location', 'Jakarta', 1)],
    money: [money('IDR', '5000000000'), money('IDR', '2500000000.5'), money('IDR', '6500', { per: 'liter' }), money('USD', null)],
    quotes: [quote('Budi Santoso'), quote('Budi Santoso'), quote(null)],
  });
  const b = doc({ language: 'en', entities: [entity('person', 'Budi Santoso', 1)], money: [money('USD', '300000000')], quotes: [quote('Perry Warjiyo')] });

  it('digests an analysis into what the summary needs', () => {
    expect(digest(a)).toEqual({
      language: 'id',
      chars: 10,
      encoding: 'utf-8',
      entities: [['person', 'Budi Santoso', 3], ['location', 'Jakarta', 1]],
      speakers: [['Budi Santoso', 2]],
      amounts: [['IDR', '5000000000'], ['IDR', '2500000000.5']],
      uncounted: [['IDR', 'rate'], ['USD', 'range']],
    });
  });

  it('adds entities by documents and mentions, speakers, money per currency, languages and errors', () => {
    const s = new SummaryBuilder(5);
    s.add(digest(a), 100);
    s.add(digest(b), 50);
    s.fail('x.bin', 'binary data, not text');
    expect(s.result()).toEqual({
      documents: 2,
      failed: 1,
      bytes: 150,
      chars: 20,
      languages: { en: 1, id: 1 },
      encodings: { 'utf-8': 1 },
      entities: [
        { type: 'person', name: 'Budi Santoso', documents: 2, mentions: 4 },
        { type: 'location', name: 'Jakarta', documents: 1, mentions: 1 },
      ],
      speakers: [
        { name: 'Budi Santoso', quotes: 2, documents: 1 },
        { name: 'Perry Warjiyo', quotes: 1, documents: 1 },
      ],
      money: [
        { currency: 'IDR', amounts: 2, total: '7500000000.5', ranges: 0, rates: 1 },
        { currency: 'USD', amounts: 1, total: '300000000', ranges: 1, rates: 0 },
      ],
      errors: [{ source: 'x.bin', message: 'binary data, not text' }],
    });
  });

  it('adds up real analyses without losing precision', () => {
    const r = new SummaryBuilder();
    for (let i = 0; i < 3; i++) r.add(digest(analyze('Nilainya Rp 2,07 kuadriliun.', { lang: 'id' })), 1);
    expect(r.result().money).toEqual([{ currency: 'IDR', amounts: 3, total: '6210000000000000', ranges: 0, rates: 0 }]);
  });

  it('is the same whatever order documents arrive in (ties broken by name)', () => {
    const digests = [a, b, doc({ entities: [entity('location', 'Bandung', 1)] })].map(digest);
    const one = new SummaryBuilder();
    const two = new SummaryBuilder();
    digests.forEach((d) => one.add(d, 1));
    [...digests].reverse().forEach((d) => two.add(d, 1));
    expect(two.result()).toEqual(one.result());
  });
});

describe('progress line', () => {
  it.each([
    [{ done: 0, total: null, bytes: 0, totalBytes: null, errors: 0, elapsedMs: 0 }, '0 docs · 0.0 MB/s · ETA –'],
    [{ done: 500, total: 2000, bytes: 2_000_000, totalBytes: null, errors: 0, elapsedMs: 1000 }, '500/2,000 docs · 2.0 MB/s · ETA 0:03'],
    [{ done: 10, total: null, bytes: 5_000_000, totalBytes: 20_000_000, errors: 1, elapsedMs: 10_000 }, '10 docs · 0.5 MB/s · ETA 0:30 · 1 error'],
    [{ done: 1, total: 100_000, bytes: 1, totalBytes: null, errors: 3, elapsedMs: 4000 }, '1/100,000 docs · 0.0 MB/s · ETA 111:06:36 · 3 errors'],
  ])('%o -> %s', (state, line) => {
    expect(formatProgress(state)).toBe(line);
  });
});
