// Units of the batch machinery: ordering, bounded in-flight work, streaming, summary, progress line.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { digest } from '../src/batch/digest.js';
import { ordered } from '../src/batch/ordered.js';
import { formatProgress } from '../src/batch/progress.js';
import { SummaryBuilder } from '../src/batch/summary.js';

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

describe('summary', () => {
  it('adds entities by documents and mentions, speakers, money per currency, languages and errors', () => {
    const a = analyze('"Kami siap," kata Budi Santoso di Jakarta. Nilainya Rp 5 miliar dan Rp 2,5 miliar. Harga Rp 6.500 per liter.', { lang: 'id' });
    const b = analyze('JAKARTA (Reuters) - Budi Santoso said the bank spent $300 million.', { lang: 'en' });
    const s = new SummaryBuilder(5);
    s.add(digest(a), 100);
    s.add(digest(b), 50);
    s.fail('x.bin', 'binary data, not text');
    const r = s.result();
    expect(r).toMatchObject({ documents: 2, failed: 1, bytes: 150, languages: { en: 1, id: 1 }, errors: [{ source: 'x.bin', message: 'binary data, not text' }] });
    const budi = r.entities.find((e) => e.name === 'Budi Santoso');
    expect(budi).toMatchObject({ type: 'person', documents: 2 });
    expect(r.speakers[0]).toMatchObject({ name: 'Budi Santoso', quotes: 1, documents: 1 });
    const idr = r.money.find((m) => m.currency === 'IDR');
    expect(idr).toMatchObject({ amounts: 2, total: '7500000000', rates: 1 });
    expect(r.money.find((m) => m.currency === 'USD')).toMatchObject({ amounts: 1, total: '300000000' });
  });

  it('is the same whatever order documents arrive in (ties broken by name)', () => {
    const texts = ['Budi pergi ke Bandung.', 'Sri Mulyani di Jakarta.', 'Budi dan Sri Mulyani di Bandung.'];
    const digests = texts.map((t) => digest(analyze(t, { lang: 'id' })));
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
