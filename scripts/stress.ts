/**
 * npm run stress [-- --scale 0.2] [-- --only digits]
 *
 * Pathological inputs, each at a quarter, a half and the full size, analysed in a child
 * process with a time limit (so a hang is reported, not suffered). Prints the time per MB
 * at each size and flags a case whose time per MB grows with the size (non-linear) or
 * that runs out of time. Exit status 1 when anything is flagged.
 *
 * Timings are of `analyze` plus the JSON text of its result, on an otherwise idle machine
 * ideally; the limits are generous because a shared machine is noisy.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const MB = 1024 * 1024;
const WORDS = ['Budi', 'Jakarta', 'Bank', 'Indonesia', 'Menteri', 'Arie', 'Setiadi', 'Telkom', 'University', 'Kementerian', 'Komunikasi', 'Dan', 'Informatika', 'Reuters', 'Perry'];

/** Each case makes an input of about `bytes` bytes. */
const CASES: Record<string, { bytes: number; make: (bytes: number) => string }> = {
  'quote marks (one line)': { bytes: 5 * MB, make: (n) => '"'.repeat(n) },
  'curly quote marks (one line)': { bytes: 5 * MB, make: (n) => '“”‘’'.repeat(Math.ceil(n / 12)) },
  digits: { bytes: 1 * MB, make: (n) => '7'.repeat(n) },
  'number-like runs': { bytes: 1 * MB, make: (n) => '1.234,5 '.repeat(Math.ceil(n / 8)) },
  'money words': { bytes: 1 * MB, make: (n) => 'Rp 5 miliar atau setara US$ 1,2 juta dan '.repeat(Math.ceil(n / 41)) },
  'capitalised words (100,000 at full size)': {
    bytes: 100_000 * 8,
    make: (n) => {
      const parts: string[] = [];
      for (let i = 0, size = 0; size < n; i++) {
        const w = WORDS[i % WORDS.length]!;
        parts.push(w);
        size += w.length + 1;
      }
      return parts.join(' ');
    },
  },
  'nested quotes': {
    bytes: 1 * MB,
    make: (n) => {
      const depth = Math.ceil(n / 40);
      return `${'"Budi said ‘'.repeat(depth)}x${'’ he said" '.repeat(depth)}`;
    },
  },
  'quotes with cues': { bytes: 1 * MB, make: (n) => '"Kami siap," kata Budi. '.repeat(Math.ceil(n / 24)) },
  'one long word': { bytes: 2 * MB, make: (n) => 'a'.repeat(n) },
  'parentheses': { bytes: 1 * MB, make: (n) => '('.repeat(n / 2) + ')'.repeat(n / 2) },
  'blank lines': { bytes: 2 * MB, make: (n) => '\n'.repeat(n) },
};

const FRACTIONS = [0.25, 0.5, 1];
/** time per MB at the full size over time per MB at a quarter: above this, non-linear */
const GROWTH_LIMIT = 2.5;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function child(name: string, bytes: number): Promise<void> {
  const { analyze } = await import('../src/analyze.js');
  const text = CASES[name]!.make(bytes);
  analyze('Budi pergi ke Jakarta. "Ya," katanya. Rp 5 miliar.'); // load lazy data first
  const start = performance.now();
  const json = JSON.stringify(analyze(text));
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, chars: text.length, bytes: Buffer.byteLength(text), out: json.length }));
}

function main(): number {
  const scale = Number(arg('--scale') ?? '1');
  const only = arg('--only');
  const limitMs = Number(arg('--limit') ?? '120') * 1000;
  const self = fileURLToPath(import.meta.url);
  let flagged = 0;
  console.log(`case                                      size      time     ms/MB   growth`);
  for (const [name, c] of Object.entries(CASES)) {
    if (only && !name.includes(only)) continue;
    const perMb: number[] = [];
    let problem = '';
    for (const f of FRACTIONS) {
      const bytes = Math.max(1024, Math.round(c.bytes * scale * f));
      const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', name, String(bytes)], { encoding: 'utf8', timeout: limitMs, maxBuffer: 1 << 30 });
      if (r.error || r.status !== 0) {
        problem = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `TIMEOUT after ${limitMs / 1000} s` : `FAILED: ${(r.stderr || String(r.error)).trim().split('\n').slice(-3).join(' | ')}`;
        console.log(`${name.padEnd(40)} ${(bytes / MB).toFixed(2).padStart(6)} MB  ${problem}`);
        break;
      }
      const { ms, bytes: real } = JSON.parse(r.stdout) as { ms: number; bytes: number };
      const rate = ms / (real / MB);
      perMb.push(rate);
      const growth = perMb.length > 1 ? (rate / perMb[0]!).toFixed(2) : '';
      console.log(`${name.padEnd(40)} ${(real / MB).toFixed(2).padStart(6)} MB ${ms.toFixed(0).padStart(7)} ms ${rate.toFixed(0).padStart(8)} ${growth.padStart(8)}`);
    }
    if (!problem && perMb.length === FRACTIONS.length && perMb.at(-1)! / perMb[0]! > GROWTH_LIMIT && perMb.at(-1)! > 50) {
      problem = `NON-LINEAR: time per MB grew ${(perMb.at(-1)! / perMb[0]!).toFixed(1)}x from a quarter to the full size`;
    }
    if (problem) {
      flagged++;
      console.log(`  ^ flagged: ${problem}`);
    }
  }
  console.log(flagged ? `\n${flagged} case(s) flagged` : '\nall cases linear within the limits');
  return flagged ? 1 : 0;
}

if (process.argv.includes('--child')) {
  const i = process.argv.indexOf('--child');
  await child(process.argv[i + 1]!, Number(process.argv[i + 2]));
} else {
  process.exitCode = main();
}
