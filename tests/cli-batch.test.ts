// The built CLI on many inputs: parallel equals sequential, streaming, errors, summary, EPIPE, progress.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../src/index.js';

const BIN = new URL('../bin/warta.js', import.meta.url).pathname;
const SEED = readFileSync(new URL('../fixtures/id/antara-digital.txt', import.meta.url), 'utf8');
const EN = 'JAKARTA (Reuters) - Bank Indonesia said on Tuesday it had spent $300 million. "We are ready," said Governor Perry Warjiyo.';

function warta(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-batch-'));
  corpus = join(dir, 'corpus');
  for (let i = 0; i < 40; i++) {
    const sub = join(corpus, `d${i % 3}`);
    mkdirSync(sub, { recursive: true });
    // Varied lengths so that workers finish out of order.
    const text = i % 2 ? `${SEED}\n\n${'Budi Arie Setiadi mengatakan biayanya Rp 5 miliar. '.repeat(i)}` : `${EN} It cost $${i}.5bn.`;
    writeFileSync(join(sub, `f${String(i).padStart(2, '0')}.txt`), text);
  }
  writeFileSync(join(corpus, 'd1', 'f07.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
  writeFileSync(join(corpus, 'd2', 'f20.txt'), Buffer.from([0x41, 0x42]));
});

describe('batch: --jobs', () => {
  it.each([['--ndjson'], ['--json'], ['--format', 'csv'], ['--format', 'table'], ['--summary', '--json']])('%s: --jobs 2 prints exactly what --jobs 1 prints', (...format) => {
    const one = warta([corpus, ...format, '--jobs', '1']);
    const two = warta([corpus, ...format, '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout.length).toBeGreaterThan(1000);
  });

  it('names the failed document on stderr, prints all others in walk order, exits 1', () => {
    const r = warta([corpus, '--ndjson', '--jobs', '2', '--only', 'money']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`warta: ${join(corpus, 'd1', 'f07.txt')}: binary data, not text (use --encoding to force a decoding)`]);
    const records = r.stdout.trim().split('\n').map((l) => AnalysisSchema.parse(JSON.parse(l)));
    const sources = records.map((a) => a.source);
    // Every input has its record, the failed one with the reason.
    expect(sources).toHaveLength(40);
    expect(sources).toEqual([...sources].sort());
    expect(sources).toContain(join(corpus, 'd2', 'f20.txt'));
    expect(records.filter((a) => a.errors.length > 0)).toEqual([
      expect.objectContaining({ source: join(corpus, 'd1', 'f07.txt'), language: null, errors: [{ code: 'input', message: 'binary data, not text (use --encoding to force a decoding)' }] }),
    ]);
  });

  it('rejects --jobs that is not a whole number of at least 1', () => {
    expect(warta([corpus, '--jobs', '0']).code).toBe(2);
    expect(warta([corpus, '--jobs', 'two']).stderr).toContain('--jobs must be a whole number');
  });

  it('--timeout stops a document that runs too long, names it, and goes on', () => {
    const files = [join(corpus, 'd0', 'f00.txt'), join(corpus, 'd0', 'f03.txt')];
    const plain = warta([...files, '--ndjson', '--jobs', '1']);
    const generous = warta([...files, '--ndjson', '--jobs', '1', '--timeout', '120']);
    expect(generous.code).toBe(0);
    expect(generous.stdout).toBe(plain.stdout);
    const tight = warta([...files, '--ndjson', '--timeout', '0.001']);
    expect(tight.code).toBe(1);
    const stopped = tight.stdout.trim().split('\n').map((l) => AnalysisSchema.parse(JSON.parse(l)));
    expect(stopped.map((a) => [a.source, a.language, a.errors[0]?.code])).toEqual(files.map((f) => [f, null, 'analysis']));
    expect(tight.stderr.trim().split('\n')).toEqual(files.map((f) => `warta: ${f}: analysis took longer than --timeout (0.001 s); stopped`));
    expect(warta([...files, '--timeout', '0']).code).toBe(2);
  });

  it('expands a glob, sorted', () => {
    const r = warta([join(corpus, 'd0', 'f0*.txt'), '--ndjson', '--only', 'metadata']);
    expect(r.code).toBe(0);
    const sources = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source as string);
    expect(sources.map((s) => s.slice(-7))).toEqual(['f00.txt', 'f03.txt', 'f06.txt', 'f09.txt']);
  });
});

describe('batch: summary', () => {
  it('--summary --json: documents per language, top entities and speakers, money per currency, errors', () => {
    const r = warta([corpus, '--summary', '--json', '--top', '5']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ documents: 39, failed: 1, languages: { en: 20, id: 19 } });
    expect(s.errors).toEqual([{ source: join(corpus, 'd1', 'f07.txt'), message: 'binary data, not text (use --encoding to force a decoding)' }]);
    expect(s.entities).toHaveLength(5);
    expect(s.entities[0].documents).toBeGreaterThanOrEqual(s.entities[4].documents);
    expect(s.speakers.map((q: { name: string }) => q.name)).toContain('Budi Arie Setiadi');
    expect(s.money.map((m: { currency: string }) => m.currency).sort()).toEqual(['IDR', 'USD']);
    expect(s.money.find((m: { currency: string }) => m.currency === 'USD').total).toMatch(/^\d+$/);
  });

  it('table output of several documents ends with the corpus tables; --summary-file writes JSON', () => {
    const file = join(dir, 'summary.json');
    const r = warta([join(corpus, 'd0'), '--summary-file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/corpus {2}14 documents \(en 7, id 7\)/);
    expect(r.stdout.lastIndexOf('currency')).toBeGreaterThan(r.stdout.lastIndexOf('d0/f39.txt'));
    expect(JSON.parse(readFileSync(file, 'utf8')).documents).toBe(14);
  });

  it('one document in table mode has no corpus table', () => {
    const r = warta([join(corpus, 'd0', 'f00.txt')]);
    expect(r.stdout).not.toMatch(/documents \(/);
  });
});

describe('batch: streams', () => {
  it('prints each NDJSON result as soon as it is ready, before the input has ended', async () => {
    const child = spawn(process.execPath, [BIN, '--input-format', 'ndjson', '--ndjson', '--only', 'money', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stdin.write(`${JSON.stringify({ id: 'a', text: 'It cost $1 million.' })}\n${JSON.stringify({ id: 'b', text: 'Rp 5 miliar.' })}\n`);
    const deadline = Date.now() + 45_000;
    while (out.split('\n').length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(out.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    child.stdin.end(`${JSON.stringify({ id: 'c', text: 'USD 3 million.' })}\n`);
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c']);
  }, 90_000);

  it('ends quietly with status 0 when the reader closes the pipe early (| head)', () => {
    const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: EN })).join('\n');
    writeFileSync(join(dir, 'many.ndjson'), records);
    const r = spawnSync('bash', ['-c', `node "${BIN}" "${join(dir, 'many.ndjson')}" --input-format ndjson --ndjson --jobs 2 | head -n 2; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('status=0');
    expect(r.stderr).toBe('');
    // messages and data into the same closed pipe
    const both = spawnSync('bash', ['-c', `node "${BIN}" /nonexistent "${join(dir, 'many.ndjson')}" --input-format ndjson --ndjson --jobs 2 2>&1 | head -n 1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(both.stdout.trim()).toBe('status=0');
  });
});

describe('batch: progress', () => {
  it('draws no progress when stderr is not a terminal', () => {
    const r = warta([corpus, '--summary', '--json'], { env: { CI: '' } });
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('draws docs done/total, MB/s, ETA and errors on a terminal, not with --quiet or CI', () => {
    const run = (extra: string, env: Record<string, string>) =>
      spawnSync('script', ['-qec', `node "${BIN}" "${corpus}" --summary --jobs 2 ${extra}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    const shown = run('', { CI: '' });
    expect(shown).toMatch(/\d+\/40 docs · \d+\.\d MB\/s · ETA [\d:–]+ · 1 error/);
    expect(run('--quiet', { CI: '' })).not.toMatch(/ docs · /);
    expect(run('', { CI: 'true' })).not.toMatch(/ docs · /);
  });
});
