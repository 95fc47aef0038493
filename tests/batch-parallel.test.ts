// Beyond one machine: the NDJSON contract under GNU parallel (the recipe in the README).
// .ci/run installs the Debian package `parallel`; without it this test is skipped, saying so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../bin/warta.js', import.meta.url).pathname;
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;
if (!hasParallel) console.warn('SKIPPED: GNU parallel is not installed (apt-get install parallel; .ci/run does this), so the distributed recipe is not tested');

const TEMPLATES = [
  (i: number) => `JAKARTA (ANTARA) - Menteri Keuangan Sri Mulyani mengatakan anggaran naik Rp ${i},5 triliun. "Kami siap," kata Sri Mulyani.`,
  (i: number) => `Bank Indonesia said it spent $${i} million, or about Rp ${i * 15} miliar, on Tuesday. "Markets are calm," Governor Perry Warjiyo said.`,
  (i: number) => `Harga beras naik menjadi Rp ${i}.500 per kilogram di Pasar Induk Cipinang, ujar Budi Santoso.`,
  (i: number) => `Nothing to see in record ${i}.`,
];

/** Results keyed by record id; `source` is dropped: its line number is relative to each chunk. */
function byId(ndjson: string): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const line of ndjson.split('\n')) {
    if (!line) continue;
    const { source, ...rest } = JSON.parse(line) as { id: string; source: string };
    void source;
    expect(map.has(rest.id)).toBe(false);
    map.set(rest.id, rest);
  }
  return map;
}

describe.skipIf(!hasParallel)('GNU parallel recipe', () => {
  it('the union of `parallel --pipe` outputs over 2,000 records equals the single-process output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-parallel-'));
    const file = join(dir, 'records.ndjson');
    const records = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: TEMPLATES[i % TEMPLATES.length]!(i), feed: i % 7 ? 'wire' : 'web' }));
    writeFileSync(file, `${records.join('\n')}\n`);

    const single = spawnSync(process.execPath, [BIN, file, '--input-format', 'ndjson', '--ndjson'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(single.status).toBe(0);
    const command = `parallel --will-cite --pipe -N 500 -j 2 "${process.execPath}" "${BIN}" --input-format ndjson --ndjson --jobs 1 < "${file}"`;
    const split = spawnSync('bash', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(split.stderr).toBe('');
    expect(split.status).toBe(0);

    const one = byId(single.stdout);
    const many = byId(split.stdout);
    expect(one.size).toBe(2000);
    expect(many.size).toBe(2000);
    for (const [id, analysis] of one) expect(many.get(id), id).toEqual(analysis);
  }, 180_000);
});
