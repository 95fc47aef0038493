// End-to-end tests of the built CLI (npm test builds dist/ first).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../src/index.js';

const BIN = new URL('../bin/warta.js', import.meta.url).pathname;
const SEED = new URL('../fixtures/id/antara-digital.txt', import.meta.url).pathname;
const seedText = readFileSync(SEED, 'utf8');

function warta(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function valid(value: unknown) {
  const result = AnalysisSchema.safeParse(value);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues.slice(0, 3)));
  return result.data;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
  mkdirSync(join(dir, 'corpus/sub'), { recursive: true });
  writeFileSync(join(dir, 'corpus/b.txt'), 'JAKARTA (Reuters) - Bank Indonesia said it spent $300 million.');
  writeFileSync(join(dir, 'corpus/sub/a.txt'), '"Kami akan menaikkan anggaran tahun depan," kata Sri Mulyani di Jakarta.');
  writeFileSync(join(dir, 'corpus/skip.json'), '{}');
  writeFileSync(join(dir, 'corpus/.hidden.txt'), 'hidden');
  writeFileSync(join(dir, 'records.ndjson'), ['{"id":"r1","text":"Harga naik menjadi Rp 6.500 per liter.","feed":"x"}', 'not json', '{"id":"r2","text":"It cost $4.5bn."}'].join('\n'));
});

describe('warta CLI', () => {
  it('analyses a file as JSON that validates against the schema', () => {
    const r = warta([SEED, '--json']);
    expect(r.code).toBe(0);
    const a = valid(JSON.parse(r.stdout));
    expect(a.source).toBe(SEED);
    expect(a.money!.map((m) => m.value)).toEqual(['8200000000', '127900000000000', '133000000000', '2070000000000000']);
  });

  it('reads stdin when no input is given and stdin is not a TTY', () => {
    const r = warta(['--json', '--only', 'money'], seedText);
    expect(r.code).toBe(0);
    const a = valid(JSON.parse(r.stdout));
    expect(a.source).toBe('-');
    expect(a.money).toHaveLength(4);
    expect(a.entities).toBeUndefined();
  });

  it('reads tokenised text as running text unless told not to', () => {
    const text = 'Harga naik menjadi Rp 6 . 500 per liter , kata dia .';
    const auto = valid(JSON.parse(warta(['--json', '--only', 'money', '--lang', 'id'], text).stdout));
    expect(auto.money!.map((m) => [m.text, m.value])).toEqual([['Rp 6 . 500', '6500']]);
    const no = valid(JSON.parse(warta(['--json', '--only', 'money', '--lang', 'id', '--tokenized', 'no'], text).stdout));
    expect(no.money!.map((m) => [m.text, m.value])).toEqual([['Rp 6', '6']]);
    expect(warta(['--tokenized', 'maybe'], text).code).not.toBe(0);
  });

  it('walks a folder recursively in sorted order, skipping hidden files and other extensions', () => {
    const r = warta([join(dir, 'corpus'), '--ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => valid(JSON.parse(l)));
    expect(lines.map((a) => a.source)).toEqual([join(dir, 'corpus/b.txt'), join(dir, 'corpus/sub/a.txt')]);
    expect(lines[0]!.language).toBe('en');
    expect(lines[0]!.money![0]).toMatchObject({ text: '$300 million', currency: 'USD', value: '300000000' });
    expect(lines[1]!.quotes![0]!.speaker.name).toBe('Sri Mulyani');
  });

  it('reads NDJSON records, keeps ids and extra fields, names a bad line and goes on', () => {
    const r = warta([join(dir, 'records.ndjson'), '--input-format', 'ndjson', '--ndjson', '--only', 'money']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => valid(JSON.parse(l)));
    // One record per input line: the bad line's record carries the reason.
    expect(lines.map((a) => a.id)).toEqual(['r1', null, 'r2']);
    expect(lines[0]!.meta).toEqual({ feed: 'x' });
    expect(lines[0]!.money![0]).toMatchObject({ value: '6500', per: 'liter' });
    expect(lines[1]).toMatchObject({ source: expect.stringMatching(/records\.ndjson:2$/), language: null, errors: [{ code: 'input', message: 'malformed JSON line' }] });
    expect(r.stderr).toContain('records.ndjson:2: malformed JSON line');
  });

  it('prints several inputs as a JSON array', () => {
    const r = warta([SEED, join(dir, 'corpus/b.txt'), '--json', '--only', 'metadata']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as unknown[];
    expect(list).toHaveLength(2);
    list.forEach(valid);
  });

  it('names a missing file on stderr, still prints the good ones, exits 1', () => {
    const r = warta([SEED, join(dir, 'nope.txt'), '--ndjson']);
    expect(r.code).toBe(1);
    const [good, missing] = r.stdout.trim().split('\n').map((l) => valid(JSON.parse(l)));
    expect(good!.money).toHaveLength(4);
    expect(missing).toEqual({ schemaVersion: '1.0', id: null, source: join(dir, 'nope.txt'), language: null, chars: 0, errors: [{ code: 'input', message: 'no such file or directory' }] });
    expect(r.stderr).toMatch(/nope\.txt: no such file or directory/);
  });

  it('refuses binary and unreadable files with a reason', () => {
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'locked.txt'), 'secret');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const r = warta([join(dir, 'bin.txt'), join(dir, 'locked.txt'), SEED, '--ndjson', '--only', 'metadata']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bin.txt: binary data, not text');
    // root can read anything; then the file is simply analysed.
    if (process.getuid?.() !== 0) expect(r.stderr).toContain('locked.txt: permission denied');
    expect(r.stdout).toContain('antara-digital.txt');
  });

  it('detects a symlink loop in a folder walk', () => {
    const loop = join(dir, 'loop');
    mkdirSync(loop);
    writeFileSync(join(loop, 'x.txt'), 'Budi pergi ke Bandung.');
    symlinkSync(loop, join(loop, 'again'));
    const r = warta([loop, '--ndjson', '--only', 'metadata']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('symlink loop');
    const records = r.stdout.trim().split('\n').map((l) => valid(JSON.parse(l)));
    expect(records.map((a) => [a.source, a.errors.length])).toEqual([[join(loop, 'again'), 1], [join(loop, 'x.txt'), 0]]);
  });

  it('decodes Windows-1252 text and says so', () => {
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([0x93, 0x48, 0x61, 0x72, 0x67, 0x61, 0x20, 0x6e, 0x61, 0x69, 0x6b, 0x94]));
    const r = warta([join(dir, 'cp1252.txt'), '--json', '--only', 'metadata']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).encoding).toBe('windows-1252');
  });

  it('gives an empty analysis for empty input', () => {
    const r = warta(['--json'], '');
    expect(r.code).toBe(0);
    const a = valid(JSON.parse(r.stdout));
    expect([a.entities, a.money, a.quotes]).toEqual([[], [], []]);
  });

  it('rejects bad usage with exit 2', () => {
    expect(warta(['--format', 'xml']).code).toBe(2);
    const r = warta([SEED, '--only', 'weather']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown extractor "weather"');
  });

  it('prints tables without colour when not a TTY', () => {
    const r = warta([SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('Budi Arie Setiadi');
    expect(r.stdout).toContain('IDR 127,900,000,000,000');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('prints CSV rows per item', () => {
    const r = warta([SEED, '--format', 'csv', '--only', 'money']);
    expect(r.stdout.split('\r\n')[0]).toBe('document,kind,type,text,start,end,value,currency,speaker');
    expect(r.stdout).toContain('money,amount,"8,2 miliar dolar AS",');
  });

  it('prints the JSON Schema and the version', () => {
    const schema = JSON.parse(warta(['schema']).stdout);
    expect(schema.properties.money.items.properties.currency).toBeDefined();
    expect(warta(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(warta(['--help']).stdout).toContain('Examples:');
  });
});
