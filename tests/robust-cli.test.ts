// A folder of bad inputs, made here, through the built CLI: every problem named on stderr,
// exit status 1, and the good files' output exactly what they give alone.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../src/index.js';

const BIN = new URL('../bin/warta.js', import.meta.url).pathname;
const SEED = readFileSync(new URL('../fixtures/id/antara-digital.txt', import.meta.url), 'utf8');
const isRoot = process.getuid?.() === 0;

function run(args: string[], options: { input?: string | Buffer; asNobody?: boolean } = {}) {
  const [cmd, argv] = options.asNobody
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const r = spawnSync(cmd, argv, { input: options.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let bad: string;
/** Root reads any file; to see a real "permission denied", run as nobody when we can. */
let nobody = false;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-robust-'));
  chmodSync(dir, 0o755);
  bad = join(dir, 'bad');
  mkdirSync(join(bad, 'sub'), { recursive: true });
  writeFileSync(join(bad, 'a-good.txt'), SEED);
  writeFileSync(join(bad, 'b-binary.txt'), Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe])]));
  writeFileSync(join(bad, 'c-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('"Kami siap," kata Budi Santoso. Biayanya Rp 5 miliar.', 'utf16le')]));
  // Windows-1252 with curly quotes (0x93/0x94) and an en dash (0x96).
  writeFileSync(join(bad, 'd-cp1252.txt'), Buffer.from([0x93, ...Buffer.from('We are ready,'), 0x94, ...Buffer.from(' said Perry Warjiyo '), 0x96, ...Buffer.from(' it cost $5 million.')]));
  writeFileSync(join(bad, 'e-empty.txt'), '');
  writeFileSync(join(bad, 'f-locked.txt'), 'Budi pergi ke Bandung.');
  chmodSync(join(bad, 'f-locked.txt'), 0o000);
  writeFileSync(join(bad, 'g-big.txt'), 'Budi pergi ke Bandung. '.repeat(100));
  symlinkSync(bad, join(bad, 'sub', 'loop'));
  symlinkSync(join(bad, 'nowhere.txt'), join(bad, 'h-dangling.txt'));
  writeFileSync(join(bad, 'z-good.txt'), 'JAKARTA (Reuters) - Bank Indonesia said it spent $300 million.');
  nobody = isRoot && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]).status === 0;
});

describe('a folder of bad inputs', () => {
  it.each([['1'], ['2']])('names every problem, analyses the rest unchanged, exits 1 (--jobs %s)', (jobs) => {
    const args = [bad, '--ndjson', '--max-bytes', '2200', '--jobs', jobs];
    const r = run(args, { asNobody: nobody });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const locked = join(bad, 'f-locked.txt');
    const expected = [
      `warta: ${join(bad, 'b-binary.txt')}: binary data, not text (use --encoding to force a decoding)`,
      ...(nobody || !isRoot ? [`warta: ${locked}: permission denied`] : []),
      `warta: ${join(bad, 'g-big.txt')}: larger than --max-bytes (2300 > 2200 bytes)`,
      `warta: ${join(bad, 'h-dangling.txt')}: broken symbolic link`,
      `warta: ${join(bad, 'sub', 'loop')}: symlink loop (links back to a folder being walked)`,
    ];
    expect(lines).toEqual(expected);
    if (isRoot && !nobody) console.warn('running as root without setpriv: the chmod 000 file is readable, so it is analysed');

    const all = r.stdout.trim().split('\n').map((l) => AnalysisSchema.parse(JSON.parse(l)));
    // Each problem also has its record in the output, with the reason and no language.
    const failed = all.filter((a) => a.errors.length > 0);
    expect(failed.map((a) => `warta: ${a.source}: ${a.errors[0]!.message}`)).toEqual(expected);
    for (const a of failed) expect(a).toMatchObject({ language: null, chars: 0, errors: [{ code: 'input' }] });
    const out = all.filter((a) => a.errors.length === 0);
    const byName = new Map(out.map((a) => [a.source!.slice(bad.length + 1), a]));
    expect([...byName.keys()]).toEqual(['a-good.txt', 'c-utf16.txt', 'd-cp1252.txt', 'e-empty.txt', ...(nobody || !isRoot ? [] : ['f-locked.txt']), 'z-good.txt']);
    expect(byName.get('c-utf16.txt')).toMatchObject({ encoding: 'utf-16le' });
    expect(byName.get('c-utf16.txt')!.quotes![0]!.speaker.name).toBe('Budi Santoso');
    const cp = byName.get('d-cp1252.txt')!;
    expect(cp.encoding).toBe('windows-1252');
    expect(cp.chars).toBe(56); // one character per byte
    expect(cp.quotes![0]!.text).toMatch(/^We are ready/); // the curly quotes were read as quotes
    expect(byName.get('e-empty.txt')).toMatchObject({ chars: 0, entities: [], money: [], quotes: [], errors: [] });

    // The good files print what they print alone.
    for (const name of ['a-good.txt', 'z-good.txt']) {
      const alone = run([join(bad, name), '--ndjson', '--max-bytes', '2000000']);
      expect(JSON.parse(alone.stdout)).toEqual(byName.get(name));
    }
  });

  it('a missing file, a folder as NDJSON, malformed and oversized NDJSON lines: named, the rest go on', () => {
    const nd = join(dir, 'records.ndjson');
    writeFileSync(
      nd,
      [
        JSON.stringify({ id: 1, text: 'Rp 5 miliar.' }),
        '{"id": 2, "text": ',
        JSON.stringify({ id: 3, text: 'x'.repeat(5000) }),
        '[1, 2]',
        JSON.stringify({ id: 4, text: 'It cost $4.5bn.', feed: 'wire' }),
        '',
      ].join('\r\n'),
    );
    const r = run([nd, join(dir, 'gone.ndjson'), bad, '--input-format', 'ndjson', '--ndjson', '--only', 'money', '--max-bytes', '1000']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `warta: ${nd}:2: malformed JSON line`,
      `warta: ${nd}:3: line longer than --max-bytes (1000 bytes)`,
      `warta: ${nd}:4: record has no "text" string`,
      `warta: ${join(dir, 'gone.ndjson')}: no such file or directory`,
      `warta: ${bad}: a folder cannot be read as NDJSON; give the .ndjson files`,
    ]);
    const all = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // One record per input line and per failed input, in input order.
    expect(all.map((a) => a.errors[0]?.message ?? a.id)).toEqual([
      '1',
      'malformed JSON line',
      'line longer than --max-bytes (1000 bytes)',
      'record has no "text" string',
      '4',
      'no such file or directory',
      'a folder cannot be read as NDJSON; give the .ndjson files',
    ]);
    const out = all.filter((a) => a.errors.length === 0);
    expect(out.map((a) => [a.id, a.money[0].value, a.meta])).toEqual([
      ['1', '5000000000', undefined],
      ['4', '4500000000', { feed: 'wire' }],
    ]);
  });

  it('refuses stdin beyond --max-bytes while reading it, and reads an empty stdin as an empty analysis', () => {
    const big = run(['--json', '--max-bytes', '100'], { input: 'a'.repeat(100_000) });
    expect(big.code).toBe(1);
    expect(big.stderr).toBe('warta: -: larger than --max-bytes (100 bytes)\n');
    const empty = run(['--json']);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ source: '-', chars: 0, entities: [], money: [], quotes: [] });
  });

  it('--encoding forces a decoding, and an unknown one is a usage error', () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x53, 0x65, 0xf1, 0x6f, 0x72]));
    const r = run([join(dir, 'latin1.txt'), '--json', '--only', 'metadata', '--encoding', 'latin1']);
    expect(JSON.parse(r.stdout).encoding).toBe('latin1');
    const u = run([join(dir, 'latin1.txt'), '--encoding', 'klingon']);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('unknown encoding "klingon"');
  });

  it('a hostile file name and text print no terminal escapes in tables or on stderr', () => {
    const evil = join(dir, 'evil\u001b[2J\u001b]0;owned\u0007.txt');
    writeFileSync(evil, '"Kami \u001b[31msiap\u001b[0m," kata Budi \u001b]8;;http://x\u001b\\Santoso\u001b]8;;\u001b\\ di Jakarta.');
    const r = run([evil, join(dir, 'missing\u001b[31m.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\u001b|\u0007/);
    expect(r.stdout).toContain('Santoso');
    expect(r.stderr).toContain('missing.txt: no such file or directory');
  });
});
