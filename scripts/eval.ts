/**
 * npm run eval [path] [--json] [--lang en|id] [--limit N] [--verbose]
 *
 * Scores warta against gold annotations:
 * - no path (or a folder): every `**\/*.gold.json` next to its `.txt` (fixtures/README.md);
 * - a `.jsonl` file of {id, text, gold} records, gold in the fixtures format;
 * - any other file: a BIO / CoNLL file (`token POS TAG` or `token<TAB>TAG`), scored by
 *   exact mention spans, one `analyze` call per sentence.
 *
 * Scores are information, not a verdict: the exit code is 0 whenever the run completed,
 * 2 on usage errors. The scoring itself lives in scripts/eval-lib.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import { readJsonl, scriptArgs, UsageError, walkFiles } from './files.js';
import { analyze, type Analysis, type AnalyzeOptions } from '../src/index.js';
import {
  addCounts,
  type Counts,
  emptyCounts,
  ENTITY_TYPES,
  type EntityType,
  locateAll,
  matchEntities,
  matchMoney,
  matchQuotes,
  matchSpans,
  parseBio,
  prf,
  type PRF,
  sameSpeaker,
  type QuoteKind,
  type TypedSpan,
} from './eval-lib.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: npm run eval -- [path] [--json] [--lang en|id] [--limit N] [--verbose]

  (no path)     score every fixtures/**/*.gold.json against its .txt
  <folder>      the same for the gold files under <folder>
  <file.jsonl>  records {id, text, gold} (gold in the fixtures format)
  <file>        BIO/CoNLL file ("token POS TAG" or "token<TAB>TAG"), exact-span entity F1
  --json        print one JSON object instead of tables (npm run -s eval -- --json
                keeps npm's banner out of stdout)
  --lang L      force the language (default: detected; "id" for BIO files)
  --limit N     read at most N documents / records / sentences
  --verbose     list the misses (false negatives / positives) per document`;

// ---------------------------------------------------------------------------------------
// Arguments

interface Args {
  path?: string;
  json: boolean;
  lang?: 'en' | 'id';
  limit: number;
  verbose: boolean;
}


function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, limit: Infinity, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (name: string): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang');
      if (v !== 'en' && v !== 'id') throw new UsageError(`--lang must be en or id, not "${v}"`);
      args.lang = v;
    } else if (a === '--limit' || a.startsWith('--limit=')) {
      const v = value('--limit');
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--limit must be a positive integer, not "${v}"`);
      args.limit = Number(v);
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (args.path !== undefined) throw new UsageError(`one path only (got "${args.path}" and "${a}")`);
    else args.path = a;
  }
  return args;
}

// ---------------------------------------------------------------------------------------
// Gold format (fixtures/README.md)

interface GoldEntity {
  type: string;
  name: string;
  aliases?: string[];
}
interface GoldMoney {
  text: string;
  currency: string;
  value?: string;
  range?: { min: string; max: string };
  equivalentTo?: string;
}
interface GoldQuote {
  kind: string;
  text: string;
  speaker: string | null;
}
interface Gold {
  language?: 'en' | 'id';
  metadata?: {
    url: string | null;
    dateline: { place: string | null; agency?: string | null } | null;
    reporter: string | null;
    editor: string | null;
  };
  entities?: GoldEntity[];
  money?: GoldMoney[];
  quotes?: GoldQuote[];
}

interface GoldDoc {
  id: string;
  text: string;
  gold: Gold;
}

const META_FIELDS = ['url', 'dateline place', 'reporter', 'editor'] as const;
type MetaField = (typeof META_FIELDS)[number];

function metaValue(m: Gold['metadata'] | Analysis['metadata'] | undefined, field: MetaField): string | null {
  if (!m) return null;
  switch (field) {
    case 'url':
      return m.url;
    case 'dateline place':
      return m.dateline?.place ?? null;
    case 'reporter':
      return m.reporter;
    case 'editor':
      return m.editor;
  }
}

// ---------------------------------------------------------------------------------------
// Document scoring (fixtures and JSONL)

const QUOTE_KINDS: QuoteKind[] = ['direct', 'indirect'];

interface Acc {
  documents: number;
  languageCorrect: number;
  entities: Counts;
  entityTypes: Record<EntityType, Counts>;
  money: Counts;
  quotes: Record<QuoteKind, Counts & { speakerCorrect: number }>;
  metadata: Record<MetaField, { correct: number; total: number }>;
  seconds: number;
  chars: number;
}

function newAcc(): Acc {
  return {
    documents: 0,
    languageCorrect: 0,
    entities: emptyCounts(),
    entityTypes: { person: emptyCounts(), organization: emptyCounts(), location: emptyCounts() },
    money: emptyCounts(),
    quotes: { direct: { ...emptyCounts(), speakerCorrect: 0 }, indirect: { ...emptyCounts(), speakerCorrect: 0 } },
    metadata: Object.fromEntries(META_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Acc['metadata'],
    seconds: 0,
    chars: 0,
  };
}

interface DocResult {
  id: string;
  language: string;
  predictedLanguage: string | null;
  seconds: number;
  error?: string;
  entities?: Counts;
  entityTypes?: Record<EntityType, Counts>;
  money?: Counts;
  quotes?: Record<QuoteKind, Counts & { speakerCorrect: number }>;
  metadata?: Record<MetaField, { gold: string | null; predicted: string | null; correct: boolean }>;
  misses?: Record<string, string[]>;
}

function scoreDocument(doc: GoldDoc, forced: 'en' | 'id' | undefined, verbose: boolean, warnings: string[]): DocResult {
  const { gold, text } = doc;
  const options: AnalyzeOptions = { lang: forced ?? 'auto' };
  let pred: Analysis | null = null;
  let error: string | undefined;
  const t0 = performance.now();
  try {
    pred = analyze(text, options);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    warnings.push(`${doc.id}: analyze threw: ${error}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const result: DocResult = {
    id: doc.id,
    language: gold.language ?? forced ?? pred?.language ?? 'unknown',
    predictedLanguage: pred?.language ?? null,
    seconds,
  };
  if (error) result.error = error;
  if (pred && pred.errors.length > 0) warnings.push(`${doc.id}: ${pred.errors.map((e) => `${e.code}: ${e.message}`).join('; ')}`);
  const misses: Record<string, string[]> = {};

  if (gold.entities) {
    const p = pred?.entities ?? [];
    const m = matchEntities(gold.entities, p);
    result.entities = { tp: m.tp, fp: m.fp, fn: m.fn };
    result.entityTypes = m.byType;
    misses['entities fn'] = m.missed.map((i) => `${gold.entities![i]!.type}: ${gold.entities![i]!.name}`);
    misses['entities fp'] = m.spurious.map((j) => `${p[j]!.type}: ${p[j]!.name}${p[j]!.aliases.length ? ` (${p[j]!.aliases.join(', ')})` : ''}`);
  }

  if (gold.money) {
    const spans = locateAll(
      text,
      gold.money.map((g) => g.text),
    );
    spans.forEach((s, i) => {
      if (!s) warnings.push(`${doc.id}: gold money text not found: "${gold.money![i]!.text}"`);
    });
    const p = pred?.money ?? [];
    const m = matchMoney(
      gold.money.map((g, i) => ({ ...g, span: spans[i] ?? null })),
      p,
    );
    result.money = { tp: m.tp, fp: m.fp, fn: m.fn };
    const amount = (a: { currency: string; value?: string; range?: { min: string; max: string } }) =>
      `${a.currency} ${a.value ?? (a.range ? `${a.range.min}-${a.range.max}` : '?')}`;
    misses['money fn'] = m.missed.map((i) => `"${gold.money![i]!.text}" ${amount(gold.money![i]!)}`);
    misses['money fp'] = m.spurious.map((j) => `"${p[j]!.text}" ${amount(p[j]!)}`);
  }

  if (gold.quotes) {
    const spans = locateAll(
      text,
      gold.quotes.map((g) => g.text),
    );
    spans.forEach((s, i) => {
      if (!s) warnings.push(`${doc.id}: gold quote text not found: "${gold.quotes![i]!.text.slice(0, 60)}"`);
    });
    const goldQ = gold.quotes.map((g, i) => ({ ...g, span: spans[i] ?? null }));
    const p = pred?.quotes ?? [];
    const predQ = p.map((q) => ({ kind: q.kind, text: q.text, start: q.start, end: q.end, speaker: q.speaker.name }));
    const quotes = {} as Record<QuoteKind, Counts & { speakerCorrect: number }>;
    for (const kind of QUOTE_KINDS) {
      const m = matchQuotes(goldQ, predQ, kind);
      quotes[kind] = { tp: m.tp, fp: m.fp, fn: m.fn, speakerCorrect: m.speakerCorrect };
      const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}...` : s);
      misses[`${kind} fn`] = m.missed.map((i) => `"${short(goldQ[i]!.text)}" — ${goldQ[i]!.speaker ?? 'null'}`);
      misses[`${kind} fp`] = m.spurious.map((j) => `"${short(predQ[j]!.text)}" — ${predQ[j]!.speaker ?? 'null'}`);
      misses[`${kind} wrong speaker`] = m.pairs
        .filter(([i, j]) => !sameSpeaker(goldQ[i]!.speaker, predQ[j]!.speaker))
        .map(([i, j]) => `gold ${goldQ[i]!.speaker ?? 'null'}, predicted ${predQ[j]!.speaker ?? 'null'}`);
    }
    result.quotes = quotes;
  }

  if (gold.metadata) {
    const md = {} as NonNullable<DocResult['metadata']>;
    for (const f of META_FIELDS) {
      const g = metaValue(gold.metadata, f);
      const p = metaValue(pred?.metadata, f);
      md[f] = { gold: g, predicted: p, correct: g === p };
      if (g !== p) (misses['metadata'] ??= []).push(`${f}: gold ${JSON.stringify(g)}, predicted ${JSON.stringify(p)}`);
    }
    result.metadata = md;
  }
  if (verbose) result.misses = Object.fromEntries(Object.entries(misses).filter(([, v]) => v.length > 0));
  return result;
}

function accumulate(acc: Acc, r: DocResult, chars: number): void {
  acc.documents++;
  acc.seconds += r.seconds;
  acc.chars += chars;
  if (r.predictedLanguage === r.language) acc.languageCorrect++;
  if (r.entities) addCounts(acc.entities, r.entities);
  if (r.entityTypes) for (const t of ENTITY_TYPES) addCounts(acc.entityTypes[t], r.entityTypes[t]);
  if (r.money) addCounts(acc.money, r.money);
  if (r.quotes) {
    for (const k of QUOTE_KINDS) {
      addCounts(acc.quotes[k], r.quotes[k]);
      acc.quotes[k].speakerCorrect += r.quotes[k].speakerCorrect;
    }
  }
  if (r.metadata) {
    for (const f of META_FIELDS) {
      acc.metadata[f].total++;
      if (r.metadata[f].correct) acc.metadata[f].correct++;
    }
  }
}

interface Summary {
  documents: number;
  languageAccuracy: number | null;
  languageCorrect: number;
  seconds: number;
  entities: PRF;
  entityTypes: Record<EntityType, PRF>;
  money: PRF;
  quotes: Record<QuoteKind, PRF & { speakerAccuracy: number | null; speakerCorrect: number }>;
  metadata: Record<MetaField, { correct: number; total: number; accuracy: number | null }>;
}

function summarize(acc: Acc): Summary {
  const p = (c: Counts) => prf(c.tp, c.fp, c.fn);
  return {
    documents: acc.documents,
    languageAccuracy: acc.documents ? acc.languageCorrect / acc.documents : null,
    languageCorrect: acc.languageCorrect,
    seconds: acc.seconds,
    entities: p(acc.entities),
    entityTypes: Object.fromEntries(ENTITY_TYPES.map((t) => [t, p(acc.entityTypes[t])])) as Record<EntityType, PRF>,
    money: p(acc.money),
    quotes: Object.fromEntries(
      QUOTE_KINDS.map((k) => [
        k,
        {
          ...p(acc.quotes[k]),
          speakerCorrect: acc.quotes[k].speakerCorrect,
          speakerAccuracy: acc.quotes[k].tp ? acc.quotes[k].speakerCorrect / acc.quotes[k].tp : null,
        },
      ]),
    ) as Summary['quotes'],
    metadata: Object.fromEntries(
      META_FIELDS.map((f) => {
        const m = acc.metadata[f];
        return [f, { ...m, accuracy: m.total ? m.correct / m.total : null }];
      }),
    ) as Summary['metadata'],
  };
}

// ---------------------------------------------------------------------------------------
// Inputs

function loadFolder(dir: string, limit: number, warnings: string[]): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const goldPath of walkFiles(dir, (n) => n.endsWith('.gold.json'))) {
    if (docs.length >= limit) break;
    const txtPath = goldPath.replace(/\.gold\.json$/, '.txt');
    const id = relative(dir, txtPath);
    if (!existsSync(txtPath)) {
      warnings.push(`${relative(dir, goldPath)}: no ${basename(txtPath)} next to it, skipped`);
      continue;
    }
    try {
      docs.push({ id, text: readFileSync(txtPath, 'utf8'), gold: JSON.parse(readFileSync(goldPath, 'utf8')) as Gold });
    } catch (e) {
      warnings.push(`${relative(dir, goldPath)}: ${e instanceof Error ? e.message : String(e)}, skipped`);
    }
  }
  return docs;
}

function loadJsonl(path: string, limit: number, warnings: string[]): GoldDoc[] {
  return readJsonl<GoldDoc>(path, limit, warnings, (rec, line) => {
    if (typeof rec.text !== 'string' || typeof rec.gold !== 'object' || rec.gold === null) {
      throw new Error('needs "text" (string) and "gold" (object)');
    }
    return { id: rec.id != null ? String(rec.id) : `line ${line}`, text: rec.text, gold: rec.gold as Gold };
  });
}

// ---------------------------------------------------------------------------------------
// Output helpers

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}`);

function table(head: string[], rows: Array<Array<string | number>>, labelColumn = true): string {
  const t = new Table({
    head,
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: head.map((_, i) => (i === 0 && labelColumn ? 'left' : 'right')),
  });
  for (const r of rows) t.push(r.map(String));
  return t.toString();
}

function prfRow(label: string, lang: string, s: PRF, extra: string[] = []): Array<string | number> {
  return [label, lang, pct(s.precision), pct(s.recall), pct(s.f1), s.tp, s.fp, s.fn, ...extra];
}

function printDocReport(source: string, docs: GoldDoc[], results: DocResult[], summaries: Map<string, Summary>, warnings: string[], verbose: boolean): void {
  const langs = [...summaries.keys()];
  console.log(`warta eval — ${source}: ${docs.length} document(s)\n`);
  const rows: Array<Array<string | number>> = [];
  for (const lang of langs) {
    const s = summaries.get(lang)!;
    rows.push(prfRow('entities', lang, s.entities, ['']));
    for (const t of ENTITY_TYPES) rows.push(prfRow(`  ${t}`, lang, s.entityTypes[t], ['']));
    rows.push(prfRow('money', lang, s.money, ['']));
    for (const k of QUOTE_KINDS) {
      const q = s.quotes[k];
      rows.push(prfRow(`quotes ${k}`, lang, q, [q.speakerAccuracy === null ? '—' : `${pct(q.speakerAccuracy)} (${q.speakerCorrect}/${q.tp})`]));
    }
  }
  console.log('Scores (P / R / F1 in %; quotes: direct Jaccard >= 0.8, indirect >= 0.5)');
  console.log(table(['extractor', 'lang', 'P', 'R', 'F1', 'tp', 'fp', 'fn', 'speaker acc.'], rows));

  const mrows: Array<Array<string | number>> = [];
  for (const lang of langs) {
    const s = summaries.get(lang)!;
    for (const f of META_FIELDS) {
      const m = s.metadata[f];
      mrows.push([f, lang, pct(m.accuracy), `${m.correct}/${m.total}`]);
    }
    mrows.push(['language detection', lang, pct(s.languageAccuracy), `${s.languageCorrect}/${s.documents}`]);
  }
  console.log('\nMetadata (exact match accuracy %)');
  console.log(table(['field', 'lang', 'accuracy', 'correct'], mrows));

  if (results.length <= 60) {
    const f1 = (c?: Counts) => (c ? pct(prf(c.tp, c.fp, c.fn).f1) : '—');
    const drows = results.map((r) => [
      r.id,
      r.language,
      f1(r.entities),
      f1(r.money),
      f1(r.quotes?.direct),
      f1(r.quotes?.indirect),
      r.metadata ? `${META_FIELDS.filter((f) => r.metadata![f].correct).length}/${META_FIELDS.length}` : '—',
      `${(r.seconds * 1000).toFixed(1)}`,
    ]);
    console.log('\nPer document (F1 %)');
    console.log(table(['document', 'lang', 'entities', 'money', 'direct', 'indirect', 'metadata', 'ms'], drows));
  }

  if (verbose) {
    for (const r of results) {
      if (!r.misses || Object.keys(r.misses).length === 0) continue;
      console.log(`\n${r.id}`);
      for (const [k, list] of Object.entries(r.misses)) for (const item of list) console.log(`  ${k.padEnd(22)} ${item}`);
    }
  }
  if (warnings.length) {
    console.log(`\nWarnings (${warnings.length})`);
    for (const w of warnings) console.log(`  ${w}`);
  }
}

// ---------------------------------------------------------------------------------------
// Modes

function runDocs(source: string, docs: GoldDoc[], args: Args, warnings: string[]): void {
  warmUp(args.lang ?? 'id');
  const results: DocResult[] = [];
  const accs = new Map<string, Acc>();
  for (const doc of docs) {
    const r = scoreDocument(doc, args.lang, args.verbose, warnings);
    results.push(r);
    for (const key of ['all', r.language]) {
      if (!accs.has(key)) accs.set(key, newAcc());
      accumulate(accs.get(key)!, r, doc.text.length);
    }
  }
  // "all" only when it differs from the one language present.
  if (accs.size === 2) accs.delete('all');
  const summaries = new Map([...accs].map(([k, a]) => [k, summarize(a)]));
  if (args.json) {
    console.log(
      JSON.stringify(
        { mode: 'documents', source, documents: docs.length, summary: Object.fromEntries(summaries), perDocument: results, warnings },
        null,
        2,
      ),
    );
  } else {
    printDocReport(source, docs, results, summaries, warnings, args.verbose);
  }
}

function warmUp(lang: 'en' | 'id'): number {
  const t0 = performance.now();
  try {
    analyze('Presiden Joko Widodo tiba di Jakarta.', { lang });
  } catch {
    // reported per document later
  }
  return (performance.now() - t0) / 1000;
}

function runBio(path: string, args: Args, warnings: string[]): void {
  const lang = args.lang ?? 'id';
  const sentences = parseBio(readFileSync(path, 'utf8'), args.limit);
  const startup = warmUp(lang);
  const total = { ...emptyCounts(), byType: { person: emptyCounts(), organization: emptyCounts(), location: emptyCounts() } as Record<EntityType, Counts> };
  const untyped = emptyCounts();
  let seconds = 0;
  let chars = 0;
  let bytes = 0;
  let tokens = 0;
  let errors = 0;
  const misses: string[] = [];
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    chars += s.text.length;
    bytes += Buffer.byteLength(s.text, 'utf8');
    tokens += s.tokens.length;
    let pred: TypedSpan[] = [];
    const t0 = performance.now();
    try {
      const a = analyze(s.text, { lang, only: ['entities'] });
      pred = (a.entities ?? []).flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
    } catch (e) {
      errors++;
      if (errors <= 10) warnings.push(`sentence ${n + 1}: analyze threw: ${e instanceof Error ? e.message : String(e)}`);
    }
    seconds += (performance.now() - t0) / 1000;
    const m = matchSpans(s.mentions, pred);
    addCounts(total, m);
    for (const t of ENTITY_TYPES) addCounts(total.byType[t], m.byType[t]);
    // Type-agnostic: the same spans with every type set to one.
    const u = matchSpans(
      s.mentions.map((x) => ({ ...x, type: 'person' as const })),
      pred.map((x) => ({ ...x, type: 'person' as const })),
    );
    addCounts(untyped, u);
    if (args.verbose && (m.fp || m.fn)) {
      const show = (list: TypedSpan[]) => list.map((x) => `${x.type[0]!.toUpperCase()}:${s.text.slice(x.start, x.end)}`).join(', ');
      misses.push(`#${n + 1} ${s.text}\n    gold: ${show(s.mentions)}\n    pred: ${show(pred)}`);
    }
  }
  if (errors > 10) warnings.push(`... ${errors - 10} more sentences threw`);
  const overall = prf(total.tp, total.fp, total.fn);
  const perType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(total.byType[t].tp, total.byType[t].fp, total.byType[t].fn)])) as Record<EntityType, PRF>;
  const spansOnly = prf(untyped.tp, untyped.fp, untyped.fn);
  const goldTotal = total.tp + total.fn;
  const throughput = {
    sentences: sentences.length,
    tokens,
    chars,
    megabytes: bytes / 1e6,
    seconds,
    startupSeconds: startup,
    sentencesPerSecond: seconds ? sentences.length / seconds : null,
    megabytesPerSecond: seconds ? bytes / 1e6 / seconds : null,
    errors,
  };
  if (args.json) {
    console.log(JSON.stringify({ mode: 'bio', source: path, lang, goldMentions: goldTotal, overall, perType, untypedSpans: spansOnly, throughput, warnings }, null, 2));
    return;
  }
  console.log(`warta eval — ${path}: ${sentences.length} sentence(s), ${goldTotal} gold mention(s), lang ${lang}\n`);
  console.log('Exact-span entity mentions (P / R / F1 in %)');
  const rows: Array<Array<string | number>> = [
    ['all (typed)', pct(overall.precision), pct(overall.recall), pct(overall.f1), overall.tp, overall.fp, overall.fn],
    ...ENTITY_TYPES.map((t) => {
      const s = perType[t];
      return [`  ${t}`, pct(s.precision), pct(s.recall), pct(s.f1), s.tp, s.fp, s.fn];
    }),
    ['spans only (any type)', pct(spansOnly.precision), pct(spansOnly.recall), pct(spansOnly.f1), spansOnly.tp, spansOnly.fp, spansOnly.fn],
  ];
  console.log(table(['type', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], rows));
  console.log('\nThroughput (one analyze call per sentence, only: entities)');
  console.log(
    table(
      ['sentences', 'tokens', 'MB', 'seconds', 'sentences/s', 'MB/s', 'start-up s', 'errors'],
      [
        [
          sentences.length,
          tokens,
          throughput.megabytes.toFixed(3),
          seconds.toFixed(2),
          throughput.sentencesPerSecond?.toFixed(0) ?? '—',
          throughput.megabytesPerSecond?.toFixed(3) ?? '—',
          startup.toFixed(3),
          errors,
        ],
      ],
      false,
    ),
  );
  if (misses.length) console.log(`\nSentences with errors (${misses.length})\n${misses.join('\n')}`);
  if (warnings.length) {
    console.log(`\nWarnings (${warnings.length})`);
    for (const w of warnings) console.log(`  ${w}`);
  }
}

function main(): void {
  // `npm run eval | head` must not die on a closed pipe.
  const args = scriptArgs('eval', USAGE, parseArgs);
  const warnings: string[] = [];
  const path = args.path === undefined ? join(ROOT, 'fixtures') : resolve(args.path);
  if (!existsSync(path)) {
    console.error(`eval: no such file or folder: ${args.path ?? path}\n\n${USAGE}`);
    process.exit(2);
  }
  const shown = args.path ?? 'fixtures';
  if (statSync(path).isDirectory()) {
    const docs = loadFolder(path, args.limit, warnings);
    if (docs.length === 0) {
      console.error(`eval: no *.gold.json with a .txt beside it under ${shown}`);
      process.exit(2);
    }
    runDocs(shown, docs, args, warnings);
  } else if (path.endsWith('.jsonl') || path.endsWith('.ndjson')) {
    runDocs(shown, loadJsonl(path, args.limit, warnings), args, warnings);
  } else {
    runBio(path, args, warnings);
  }
}

main();
