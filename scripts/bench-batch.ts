/**
 * The batch part of `npm run bench -- --batch`: the CLI as a user runs it on a folder of
 * article files, timed from outside as whole processes (start-up included).
 *
 * - `cat` of the same files: the floor any tool pays to read them;
 * - `warta <folder> --ndjson --jobs 1` and `--jobs 2` (output compared byte for byte);
 * - two independent `--jobs 1` processes on the two halves of the files, at the same time:
 *   what this machine gives two busy processes, with no pool at all (the ceiling for
 *   `--jobs 2`);
 * - one process per file for a sample of files, extrapolated to the corpus.
 *
 * Peak RSS and CPU seconds of each warta process are read from inside it: a preloaded
 * module prints `process.resourceUsage().maxRSS` and `process.cpuUsage()` on stderr at exit
 * (maxRSS covers every thread of the process, workers included).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'warta.js');
const MB = 1e6;
const MARK = '@@warta-bench ';
const PRELOAD =
  'data:text/javascript,' +
  encodeURIComponent(
    `process.on('exit', () => { const c = process.cpuUsage(); process.stderr.write('\\n${MARK}' + JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS, cpuSeconds: (c.user + c.system) / 1e6 }) + '\\n'); });`,
  );

export interface BatchOptions {
  rounds: number;
  /** files run one process each (extrapolated to the corpus) */
  perFile: number;
  json: boolean;
}

interface ProcessRun {
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  output: string;
}

interface Measured {
  name: string;
  seconds: number;
  cpuSeconds: number | null;
  peakRssMB: number | null;
  articlesPerSecond: number;
  megabytesPerSecond: number;
}

function run(command: string, args: string[], capture: boolean): Promise<ProcessRun> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'], env: { ...process.env, CI: 'true' } });
    const out: Buffer[] = [];
    let err = '';
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const line = err.split('\n').find((l) => l.startsWith(MARK));
      const stats = line ? (JSON.parse(line.slice(MARK.length)) as { maxRssKB: number; cpuSeconds: number }) : null;
      const rest = err.split('\n').filter((l) => l.trim() && !l.startsWith(MARK));
      if (code !== 0 || rest.length) {
        fail(new Error(`${command} ${args.slice(-4).join(' ')} exited ${code}: ${rest.slice(0, 3).join(' | ')}`));
        return;
      }
      done({ seconds, cpuSeconds: stats?.cpuSeconds ?? 0, peakRssMB: (stats?.maxRssKB ?? 0) / 1024, output: Buffer.concat(out).toString() });
    });
  });
}

const warta = (inputs: string[], jobs: number, capture = true) =>
  run(process.execPath, ['--import', PRELOAD, BIN, ...inputs, '--ndjson', '--quiet', '--jobs', String(jobs)], capture);

export async function benchBatch(docs: readonly string[], source: string, options: BatchOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
  try {
    const files = docs.map((text, i) => {
      const path = join(dir, `${String(i).padStart(6, '0')}.txt`);
      writeFileSync(path, text);
      return path;
    });
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
    const half = Math.ceil(files.length / 2);
    const measure = (name: string, seconds: number, cpuSeconds: number | null, peakRssMB: number | null): Measured => ({
      name,
      seconds,
      cpuSeconds,
      peakRssMB,
      articlesPerSecond: files.length / seconds,
      megabytesPerSecond: bytes / MB / seconds,
    });

    // Every configuration `rounds` times, interleaved; the fastest round is kept.
    const best = new Map<string, Measured>();
    const keep = (m: Measured) => {
      const old = best.get(m.name);
      if (!old || m.seconds < old.seconds) best.set(m.name, m);
    };
    let identical = true;
    for (let r = 0; r < options.rounds; r++) {
      const c = await run('sh', ['-c', 'find "$1" -type f -name "*.txt" -exec cat {} + > /dev/null', 'sh', dir], false);
      keep(measure('cat', c.seconds, null, null));
      const one = await warta([dir], 1);
      keep(measure('warta --jobs 1', one.seconds, one.cpuSeconds, one.peakRssMB));
      const two = await warta([dir], 2);
      keep(measure('warta --jobs 2', two.seconds, two.cpuSeconds, two.peakRssMB));
      identical &&= one.output === two.output;
      const t0 = performance.now();
      const [a, b] = await Promise.all([warta(files.slice(0, half), 1, false), warta(files.slice(half), 1, false)]);
      keep(measure('2 processes --jobs 1, half each', (performance.now() - t0) / 1000, a.cpuSeconds + b.cpuSeconds, Math.max(a.peakRssMB, b.peakRssMB)));
    }

    // One process per file, on an even sample of the files.
    const step = Math.max(1, Math.floor(files.length / options.perFile));
    const sample = files.filter((_, i) => i % step === 0).slice(0, options.perFile);
    let perFileSeconds = 0;
    for (const f of sample) perFileSeconds += (await warta([f], 1, false)).seconds;
    const perFile = perFileSeconds / sample.length;
    keep(measure(`one process per file (${sample.length} timed, extrapolated)`, perFile * files.length, null, null));

    const jobs1 = best.get('warta --jobs 1')!;
    const jobs2 = best.get('warta --jobs 2')!;
    const pair = best.get('2 processes --jobs 1, half each')!;
    const result = {
      source,
      documents: files.length,
      megabytes: bytes / MB,
      rounds: options.rounds,
      runs: [...best.values()],
      ratios: {
        jobs2OverJobs1: jobs1.seconds / jobs2.seconds,
        twoProcessesOverOne: jobs1.seconds / pair.seconds,
        jobs1OverCat: jobs1.seconds / best.get('cat')!.seconds,
        perFileOverJobs1: (perFile * files.length) / jobs1.seconds,
        perFileOverJobs2: (perFile * files.length) / jobs2.seconds,
      },
      outputIdentical: identical,
      perFileSecondsEach: perFile,
    };
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const tb = new Table({
      head: ['run', 'seconds', 'CPU s', 'articles/s', 'MB/s', 'peak RSS MB'],
      style: { head: [], border: [] },
      colAligns: ['left', 'right', 'right', 'right', 'right', 'right'],
    });
    for (const m of result.runs) {
      tb.push([m.name, m.seconds.toFixed(2), m.cpuSeconds?.toFixed(2) ?? '—', m.articlesPerSecond.toFixed(0), m.megabytesPerSecond.toFixed(2), m.peakRssMB?.toFixed(0) ?? '—']);
    }
    const x = (v: number) => `${v.toFixed(2)}×`;
    console.log(`warta bench --batch — ${source}`);
    console.log(`${files.length} files, ${(bytes / MB).toFixed(2)} MB; whole processes, start-up included; fastest of ${options.rounds} round(s)\n`);
    console.log(tb.toString());
    const ratios = new Table({ head: ['ratio', 'value'], style: { head: [], border: [] }, colAligns: ['left', 'right'] });
    ratios.push(
      ['--jobs 2 speed-up over --jobs 1', x(result.ratios.jobs2OverJobs1)],
      ['two independent processes over one (this machine\'s ceiling for 2 jobs)', x(result.ratios.twoProcessesOverOne)],
      ['--jobs 1 time / cat time', x(result.ratios.jobs1OverCat)],
      ['one process per file / --jobs 1', x(result.ratios.perFileOverJobs1)],
      ['one process per file / --jobs 2', x(result.ratios.perFileOverJobs2)],
      ['--jobs 1 and --jobs 2 output byte-identical', identical ? 'yes' : 'NO'],
    );
    console.log(ratios.toString());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

