/**
 * npm run bench [path] [--json] [--lang en|id] [--limit N] [--compromise]
 *                      [--articles N] [--seed N] [--warmup N] [--rounds N]
 *                      [--batch [--per-file N]]
 *
 * Throughput of `analyze` in one process. Input:
 * - a folder: every .txt / .md file under it;
 * - a .jsonl file: records with `text`, or `paragraphs` (indosum: paragraphs -> sentences ->
 *   tokens; tokens and sentences joined with spaces, paragraphs with a blank line);
 * - a single other file: one document;
 * - nothing: 2,000 synthetic articles built deterministically (seeded PRNG) from the
 *   fixture articles (a fixture's title and lead, random body paragraphs of the fixtures in
 *   the same language folder, the fixture's footer), so the run needs nothing outside the
 *   repository.
 *
 * Reports the start-up cost (module import; the first `analyze` call on a tiny text, which
 * builds the gazetteers), then after a warm-up the full run and runs restricted with
 * `only` to metadata, money, entities, entities+quotes, each as a share of the full run.
 * Every run is repeated `--rounds` times, interleaved, and the fastest round is kept, so JIT
 * warm-up and GC noise do not favour whichever run comes last.
 * `--compromise` also times compromise alone on the same documents.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import { readJsonl, scriptArgs, UsageError, walkFiles } from './files.js';
import type { AnalyzeOptions, ExtractorName } from '../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: npm run bench -- [path] [--json] [--lang en|id] [--limit N] [--compromise]
                          [--articles N] [--seed N] [--warmup N] [--rounds N] [--dump]
                          [--batch [--per-file N]]

  (no path)      2,000 synthetic articles built from fixtures/**/*.txt (seeded)
  <folder>       every .txt / .md file under it
  <file.jsonl>   records with "text" or "paragraphs" (indosum)
  <file>         one document
  --json         print one JSON object (npm run -s bench -- --json keeps npm's banner out)
  --lang L       force the language (default: detected per document)
  --limit N      use at most N documents (do, with --compromise: it runs ~0.1 MB/s)
  --compromise   also time compromise alone (people, places, organizations, money, quotations)
  --articles N   synthetic corpus size (default 2000)
  --seed N       synthetic corpus seed (default 20240901)
  --warmup N     documents analysed before timing (default 50)
  --rounds N     time every run N times, interleaved, and keep the fastest (default 3)
  --dump         print the corpus as JSONL ({"id", "text"}) and exit, timing nothing
  --batch        time the CLI on the corpus written out as files: cat, --jobs 1, --jobs 2,
                 two independent processes on halves, one process per file; peak RSS
  --per-file N   with --batch: files timed one process each (default 20)`;

// ---------------------------------------------------------------------------------------
// Arguments

interface Args {
  path?: string;
  json: boolean;
  lang?: 'en' | 'id';
  limit: number;
  compromise: boolean;
  articles: number;
  seed: number;
  warmup: number;
  rounds: number;
  dump: boolean;
  batch: boolean;
  perFile: number;
}


function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, limit: Infinity, compromise: false, articles: 2000, seed: 20240901, warmup: 50, rounds: 3, dump: false, batch: false, perFile: 20 };
  const int = (name: string, v: string, min: number): number => {
    if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`${name} must be an integer >= ${min}, not "${v}"`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--compromise':
        args.compromise = true;
        break;
      case '--dump':
        args.dump = true;
        break;
      case '--batch':
        args.batch = true;
        break;
      case '--per-file':
        args.perFile = int('--per-file', value(), 1);
        break;
      case '--lang': {
        const v = value();
        if (v !== 'en' && v !== 'id') throw new UsageError(`--lang must be en or id, not "${v}"`);
        args.lang = v;
        break;
      }
      case '--limit':
        args.limit = int('--limit', value(), 1);
        break;
      case '--articles':
        args.articles = int('--articles', value(), 1);
        break;
      case '--seed':
        args.seed = int('--seed', value(), 0);
        break;
      case '--warmup':
        args.warmup = int('--warmup', value(), 0);
        break;
      case '--rounds':
        args.rounds = int('--rounds', value(), 1);
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        if (args.path !== undefined) throw new UsageError(`one path only (got "${args.path}" and "${a}")`);
        args.path = a;
    }
  }
  return args;
}

// ---------------------------------------------------------------------------------------
// Corpus

interface Corpus {
  source: string;
  docs: string[];
}

function loadFolder(dir: string, limit: number): string[] {
  return walkFiles(dir, (n) => /\.(txt|md)$/i.test(n))
    .slice(0, limit)
    .map((p) => readFileSync(p, 'utf8'));
}

/** indosum: paragraphs -> sentences -> tokens. */
function joinParagraphs(paragraphs: unknown): string | null {
  if (!Array.isArray(paragraphs)) return null;
  return paragraphs
    .map((p) => (Array.isArray(p) ? p.map((s) => (Array.isArray(s) ? s.map(String).join(' ') : String(s))).join(' ') : String(p)))
    .join('\n\n');
}

function loadJsonl(path: string, limit: number, warnings: string[]): string[] {
  return readJsonl(path, limit, warnings, (rec) => {
    const text = typeof rec.text === 'string' ? rec.text : joinParagraphs(rec.paragraphs);
    if (text === null) throw new Error('no "text" or "paragraphs"');
    return text;
  });
}

/** mulberry32: a small, fast, seeded PRNG returning [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FOOTER = /^(Pewarta|Editor|Sumber|Baca juga|Reporter|Penulis|Copyright|Reporting by|Editing by|Source)\b/i;

interface Article {
  head: string[];
  body: string[];
  footer: string[];
}

/** Title and lead (first two blocks), body blocks, and credit lines of a fixture. */
function splitArticle(text: string): Article {
  let blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  if (blocks.length < 4) blocks = text.split(/\n/).map((b) => b.trim()).filter(Boolean);
  if (blocks.length < 4) {
    // One long line: cut into blocks of three sentences.
    const sentences = text.split(/(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})/u);
    blocks = [];
    for (let i = 0; i < sentences.length; i += 3) blocks.push(sentences.slice(i, i + 3).join(' '));
  }
  const footer = blocks.filter((b) => FOOTER.test(b));
  const rest = blocks.filter((b) => !FOOTER.test(b));
  return { head: rest.slice(0, 2), body: rest.slice(2), footer };
}

/**
 * `count` synthetic articles: a random fixture's title and lead, 4 to 12 body paragraphs
 * drawn from the fixtures of the same group (language folder), the fixture's footer.
 * Deterministic for a given seed and fixture set.
 */
function syntheticCorpus(fixtures: ReadonlyArray<{ group: string; text: string }>, count: number, seed: number): string[] {
  const articles = fixtures.map((f) => ({ group: f.group, ...splitArticle(f.text) }));
  const pools = new Map<string, string[]>();
  for (const a of articles) pools.set(a.group, [...(pools.get(a.group) ?? []), ...a.body]);
  const usable = articles.filter((a) => (pools.get(a.group) ?? []).length > 0);
  if (usable.length === 0) return [];
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const docs: string[] = [];
  for (let n = 0; n < count; n++) {
    const base = pick(usable);
    const pool = pools.get(base.group)!;
    const k = 4 + Math.floor(random() * 9);
    const body: string[] = [];
    for (let i = 0; i < k; i++) body.push(pick(pool));
    docs.push([...base.head, ...body, ...base.footer].join('\n\n') + '\n');
  }
  return docs;
}

function loadCorpus(args: Args, warnings: string[]): Corpus {
  if (args.path === undefined) {
    const dir = join(ROOT, 'fixtures');
    const files = walkFiles(dir, (n) => n.endsWith('.txt'));
    const docs = syntheticCorpus(
      files.map((p) => ({ group: dirname(relative(dir, p)), text: readFileSync(p, 'utf8') })),
      Math.min(args.articles, args.limit),
      args.seed,
    );
    return { source: `synthetic: ${docs.length} articles from ${files.length} fixtures (seed ${args.seed})`, docs };
  }
  const path = resolve(args.path);
  if (statSync(path).isDirectory()) return { source: args.path, docs: loadFolder(path, args.limit) };
  if (/\.(jsonl|ndjson)$/i.test(path)) return { source: args.path, docs: loadJsonl(path, args.limit, warnings) };
  return { source: args.path, docs: [readFileSync(path, 'utf8')] };
}

// ---------------------------------------------------------------------------------------
// Timing

type Analyze = (text: string, options?: AnalyzeOptions) => { errors: unknown[] };

interface Run {
  name: string;
  only: ExtractorName[] | null;
  documents: number;
  seconds: number;
  /** user + system CPU seconds of the process during the run */
  cpuSeconds: number;
  megabytesPerSecond: number;
  articlesPerSecond: number;
  /** seconds / seconds of the full run */
  share: number | null;
  /** CPU seconds / CPU seconds of the full run: steadier than `share` on a busy machine */
  cpuShare: number | null;
  /** documents whose analysis threw or reported errors */
  errors: number;
  latencyMs?: { p50: number; p95: number; max: number };
}

const MB = 1e6;

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timeRun(
  name: string,
  docs: readonly string[],
  bytes: number,
  work: (text: string) => boolean,
  latencies = false,
): Omit<Run, 'only' | 'share' | 'cpuShare'> {
  const each: number[] = [];
  let errors = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of docs) {
    const s = latencies ? performance.now() : 0;
    if (!work(text)) errors++;
    if (latencies) each.push(performance.now() - s);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const run: Omit<Run, 'only' | 'share' | 'cpuShare'> = {
    name,
    documents: docs.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    megabytesPerSecond: bytes / MB / seconds,
    articlesPerSecond: docs.length / seconds,
    errors,
  };
  if (latencies) {
    each.sort((a, b) => a - b);
    run.latencyMs = { p50: quantile(each, 0.5), p95: quantile(each, 0.95), max: each[each.length - 1] ?? 0 };
  }
  return run;
}

const rssMB = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = scriptArgs('bench', USAGE, (argv) => {
    const parsed = parseArgs(argv);
    if (parsed.path !== undefined && !existsSync(resolve(parsed.path))) throw new UsageError(`no such file or folder: ${parsed.path}`);
    return parsed;
  });
  const warnings: string[] = [];
  const corpus = loadCorpus(args, warnings);
  if (corpus.docs.length === 0) {
    console.error(`bench: no documents in ${corpus.source}`);
    process.exit(2);
  }
  const docs = corpus.docs;
  if (args.dump) {
    docs.forEach((text, i) => process.stdout.write(`${JSON.stringify({ id: `doc${i + 1}`, text })}\n`));
    return;
  }
  if (args.batch) {
    // The CLI runs from dist/: `npm run build` first.
    const { benchBatch } = await import('./bench-batch.js');
    await benchBatch(docs, corpus.source, { rounds: args.rounds, perFile: args.perFile, json: args.json });
    return;
  }
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  const rssBefore = rssMB();

  // Start-up: module import, then the first call on a tiny text (builds the gazetteers).
  let t = performance.now();
  const { analyze } = (await import('../src/index.js')) as { analyze: Analyze };
  const importMs = performance.now() - t;
  const lang = args.lang ?? 'auto';
  t = performance.now();
  analyze('Jakarta (ANTARA) - Menteri Budi mengatakan, "Dana Rp 5 miliar cukup."', { lang });
  const firstCallMs = performance.now() - t;

  const warm = docs.slice(0, Math.min(args.warmup, docs.length));
  t = performance.now();
  for (const d of warm) {
    try {
      analyze(d, { lang });
    } catch {
      // counted in the timed runs
    }
  }
  const warmupSeconds = (performance.now() - t) / 1000;

  const configs: Array<{ name: string; only: ExtractorName[] | null }> = [
    { name: 'all', only: null },
    { name: 'metadata', only: ['metadata'] },
    { name: 'money', only: ['money'] },
    { name: 'entities', only: ['entities'] },
    { name: 'entities+quotes', only: ['entities', 'quotes'] },
  ];
  const runs: Run[] = [];
  const roundSeconds: Record<string, number[]> = {};
  for (let round = 0; round < args.rounds; round++) {
    // Rotate the order every round so no run always follows the same one.
    const order = configs.map((_, k) => (k + round) % configs.length);
    order.forEach((i) => {
      const c = configs[i]!;
      const options: AnalyzeOptions = c.only ? { lang, only: c.only } : { lang };
      const r = timeRun(
        c.name,
        docs,
        bytes,
        (text) => {
          try {
            return analyze(text, options).errors.length === 0;
          } catch {
            return false;
          }
        },
        c.only === null,
      );
      (roundSeconds[c.name] ??= []).push(r.seconds);
      if (!runs[i] || r.seconds < runs[i].seconds) runs[i] = { ...r, only: c.only, share: null, cpuShare: null };
    });
  }
  const full = runs[0]!.seconds;
  const fullCpu = runs[0]!.cpuSeconds;
  for (const r of runs) {
    r.share = r.seconds / full;
    r.cpuShare = r.cpuSeconds / fullCpu;
  }
  const byName = new Map(runs.map((r) => [r.name, r]));
  const derived = {
    quotesMarginalShare: (byName.get('entities+quotes')!.seconds - byName.get('entities')!.seconds) / full,
  };
  const peakRss = rssMB();

  let compromise: (Omit<Run, 'only' | 'share' | 'cpuShare'> & { importMs: number; firstCallMs: number; relativeToFull: number; peakRssMB: number }) | undefined;
  if (args.compromise) {
    t = performance.now();
    const nlp = (await import('compromise')).default;
    const cImport = performance.now() - t;
    t = performance.now();
    nlp('Jakarta, Budi said "five dollars".').people().out('array');
    const cFirst = performance.now() - t;
    for (const d of docs.slice(0, Math.min(3, docs.length))) nlp(d).people();
    const work = (text: string): boolean => {
      try {
        const doc = nlp(text);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
        doc.money().out('array');
        doc.quotations().out('array');
        return true;
      } catch {
        return false;
      }
    };
    // Same rounds as warta's runs, fastest kept.
    let r = timeRun('compromise', docs, bytes, work);
    for (let round = 1; round < args.rounds; round++) {
      const again = timeRun('compromise', docs, bytes, work);
      if (again.seconds < r.seconds) r = again;
    }
    compromise = { ...r, importMs: cImport, firstCallMs: cFirst, relativeToFull: r.seconds / full, peakRssMB: rssMB() };
  }

  const result = {
    source: corpus.source,
    documents: docs.length,
    bytes,
    megabytes: bytes / MB,
    lang,
    startup: { importMs, firstAnalyzeMs: firstCallMs, warmupDocuments: warm.length, warmupSeconds },
    rounds: args.rounds,
    roundSeconds,
    runs,
    derived,
    peakRssMB: peakRss,
    rssBeforeImportMB: rssBefore,
    compromise,
    warnings,
  };

  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }

  const table = (head: string[], rows: Array<Array<string | number>>) => {
    const tb = new Table({
      head,
      style: { head: [], border: [] },
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
      colAligns: head.map((_, i) => (i === 0 ? 'left' : 'right')),
    });
    for (const r of rows) tb.push(r.map(String));
    return tb.toString();
  };
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

  console.log(`warta bench — ${corpus.source}`);
  console.log(`${docs.length} documents, ${(bytes / MB).toFixed(2)} MB (UTF-8, 10^6 bytes), language ${lang}\n`);
  console.log(
    table(
      ['start-up', 'value'],
      [
        ['import src/index.js', `${importMs.toFixed(0)} ms`],
        ['first analyze (tiny text; gazetteers)', `${firstCallMs.toFixed(0)} ms`],
        [`warm-up (${warm.length} documents)`, `${(warmupSeconds * 1000).toFixed(0)} ms`],
      ],
    ),
  );
  const rows: Array<Array<string | number>> = runs.map((r) => [
    r.name,
    r.documents,
    (bytes / MB).toFixed(2),
    r.seconds.toFixed(2),
    r.cpuSeconds.toFixed(2),
    r.megabytesPerSecond.toFixed(3),
    r.articlesPerSecond.toFixed(0),
    pct(r.share),
    pct(r.cpuShare),
    r.errors,
  ]);
  if (compromise) {
    rows.push([
      'compromise alone',
      compromise.documents,
      (bytes / MB).toFixed(2),
      compromise.seconds.toFixed(2),
      compromise.cpuSeconds.toFixed(2),
      compromise.megabytesPerSecond.toFixed(3),
      compromise.articlesPerSecond.toFixed(1),
      `${compromise.relativeToFull.toFixed(1)}× all`,
      `${(compromise.cpuSeconds / fullCpu).toFixed(1)}× all`,
      compromise.errors,
    ]);
  }
  console.log(`\nThroughput (fastest of ${args.rounds} round(s); share = seconds / seconds of the full run; CPU share likewise with CPU seconds)`);
  console.log(table(['run (only)', 'documents', 'MB', 'seconds', 'CPU s', 'MB/s', 'articles/s', 'share', 'CPU share', 'errors'], rows));
  const lat = runs[0]!.latencyMs!;
  const notes: Array<[string, string]> = [
    ['quotes, marginal (entities+quotes − entities)', pct(derived.quotesMarginalShare)],
    ['latency per article, full run: p50 / p95 / max', `${lat.p50.toFixed(2)} / ${lat.p95.toFixed(2)} / ${lat.max.toFixed(1)} ms`],
    ['peak RSS (maxRSS) after the warta runs', `${peakRss.toFixed(0)} MB`],
  ];
  if (compromise) {
    notes.push(['compromise: dynamic import / first call', `${compromise.importMs.toFixed(0)} / ${compromise.firstCallMs.toFixed(0)} ms`]);
    notes.push(['peak RSS after compromise', `${compromise.peakRssMB.toFixed(0)} MB`]);
  }
  console.log(table(['derived', 'value'], notes));
  console.log(
    '\nEvery run pays for language detection, tokenization and metadata; `entities` also runs money\n' +
      '(its spans are reserved), and `quotes` needs entities.',
  );
  if (warnings.length) {
    console.log(`\nWarnings (${warnings.length})`);
    for (const w of warnings.slice(0, 20)) console.log(`  ${w}`);
  }
}

await main();
