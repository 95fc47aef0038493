/**
 * The command-line shell: arguments -> inputs -> analyze -> output. The only module that
 * touches `process`; it sets `process.exitCode` and never calls `process.exit()`.
 */
import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import type { ExtractorName } from '../analyze.js';
import type { JobResult, JobSettings } from '../batch/job.js';
import { ordered } from '../batch/ordered.js';
import { defaultJobs, inlineExecutor, poolExecutor } from '../batch/pool.js';
import { barProgress, noProgress } from '../batch/progress.js';
import { renderSummary, SummaryBuilder } from '../batch/summary.js';
import { encodingExists } from '../io/decode.js';
import { countFiles, ndjsonBytes, readInputs, reason, type InputError, type InputItem, type InputNotice } from '../io/inputs.js';
import { csvHeader } from '../output/csv.js';
import { safeJson, type Format } from '../output/index.js';
import { clean } from '../output/table.js';
import { type Analysis, SCHEMA_VERSION } from '../schema.js';
import { VERSION } from '../version.js';

class UsageError extends Error {}

/**
 * The extractor names, kept here so that the main thread does not load the analysers
 * when the work runs in worker threads (about 20 MB less). The check below fails to
 * compile if analyze.ts gains an extractor this list lacks.
 */
const EXTRACTORS = ['metadata', 'entities', 'money', 'quotes'] as const satisfies readonly ExtractorName[];
const allExtractorsListed: [Exclude<ExtractorName, (typeof EXTRACTORS)[number]>] extends [never] ? true : false = true;
void allExtractorsListed;

const EXAMPLES = `
Examples:
  $ warta article.txt                      tables for one article
  $ cat article.txt | warta --json | jq .  JSON for scripts
  $ warta corpus/ --ndjson > out.ndjson    one JSON line per article of a folder, in parallel
  $ warta 'corpus/**/*.txt' --summary      a glob; only the corpus summary
  $ warta export.ndjson --input-format ndjson --ndjson
                                           records {"id", "text"} in, results out
  $ parallel --pipe -N 1000 warta --input-format ndjson --ndjson < big.ndjson
                                           the same across processes or hosts
  $ warta a.txt --only money,quotes        only some extractors
  $ warta schema                           JSON Schema of the output

Exit status: 0 all inputs analysed, 1 some inputs failed (named on stderr), 2 usage error.`;

interface Options {
  format?: Format;
  json?: boolean;
  ndjson?: boolean;
  inputFormat: 'text' | 'ndjson';
  lang: 'auto' | 'en' | 'id';
  tokenized: 'auto' | 'yes' | 'no';
  only?: string;
  ext: string;
  encoding?: string;
  maxBytes: string;
  jobs?: string;
  summary?: boolean;
  summaryFile?: string;
  top: string;
  timeout?: string;
  color: boolean;
  quiet?: boolean;
}

function parseOnly(value: string | undefined): ExtractorName[] | undefined {
  if (!value) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!(EXTRACTORS as readonly string[]).includes(n)) throw new UsageError(`--only: unknown extractor "${n}" (one of ${EXTRACTORS.join(', ')})`);
  }
  return names as ExtractorName[];
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number of at least 1 (got "${value}")`);
  return n;
}

/** Write and wait when the stream asks for it (backpressure). */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (text && !stream.write(text)) return new Promise((resolve) => stream.once('drain', () => resolve()));
}

function useColor(opts: Options): boolean {
  if (!opts.color) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.TERM === 'dumb') return false;
  return Boolean(process.stdout.isTTY);
}

function inCI(): boolean {
  const ci = process.env.CI;
  return Boolean(ci) && ci !== 'false' && ci !== '0';
}

type Outcome = JobResult | InputError | InputNotice;

/**
 * The first items of a stream, enough to see whether it holds more than one document
 * (then worker threads are worth starting), and the whole stream again.
 */
async function peek(source: AsyncIterable<InputItem>): Promise<{ items: AsyncIterable<InputItem>; documents: number; head: InputItem[]; ended: boolean }> {
  const it = source[Symbol.asyncIterator]();
  const head: InputItem[] = [];
  let documents = 0;
  let ended = false;
  while (documents < 2) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
    if (r.value.kind === 'file' || r.value.kind === 'text') documents++;
  }
  async function* items(): AsyncGenerator<InputItem> {
    yield* head;
    if (!ended) yield* { [Symbol.asyncIterator]: () => it };
  }
  return { items: items(), documents, head, ended };
}

async function run(inputs: string[], opts: Options): Promise<number> {
  const format: Format = opts.json ? 'json' : opts.ndjson ? 'ndjson' : (opts.format ?? 'table');
  const only = parseOnly(opts.only);
  const maxBytes = Number(opts.maxBytes);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-bytes must be a positive number');
  const jobs = opts.jobs === undefined ? defaultJobs() : positiveInt('--jobs', opts.jobs);
  const top = positiveInt('--top', opts.top);
  const timeout = opts.timeout === undefined ? 0 : Number(opts.timeout);
  if (opts.timeout !== undefined && !(timeout > 0)) throw new UsageError('--timeout must be a positive number of seconds');
  if (opts.encoding && !encodingExists(opts.encoding)) throw new UsageError(`--encoding: unknown encoding "${opts.encoding}"`);
  if (opts.summary && format === 'csv') throw new UsageError('--summary prints a table or JSON, not CSV');
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files or folders, or pipe text into warta');
    inputs = ['-'];
  }
  const extensions = opts.ext.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
  const colorLevel = useColor(opts) ? 1 : 0;
  const chalk = new Chalk({ level: colorLevel });
  const out = process.stdout;
  const columns = out.columns || 80;
  const perDocument = opts.summary ? 'none' : format;
  const wantSummary = Boolean(opts.summary || opts.summaryFile || format === 'table');
  const settings: JobSettings = { lang: opts.lang, tokenized: opts.tokenized === 'auto' ? 'auto' : opts.tokenized === 'yes', only, maxBytes, encoding: opts.encoding, format: perDocument, columns, colorLevel, digest: wantSummary };
  const inputOptions = { extensions, inputFormat: opts.inputFormat, encoding: opts.encoding, maxBytes, stdin: process.stdin };

  const { items, documents, head, ended } = await peek(readInputs(inputs, inputOptions));
  // One document in all: no worker threads (their start-up would cost more than they save),
  // unless --timeout asks for them: only a worker can be stopped in the middle of a job.
  const executor = timeout || (jobs > 1 && documents > 1) ? poolExecutor(settings, jobs, timeout * 1000) : inlineExecutor(settings);
  // --json: one object when one file (or stdin) was asked for and given, else an array.
  const single = ended && head.length === 1 && inputs.length === 1 && head[0]!.source === inputs[0] && opts.inputFormat === 'text';
  const showProgress = Boolean(process.stderr.isTTY) && !opts.quiet && !inCI() && (!out.isTTY || perDocument === 'none');
  const progress = showProgress ? barProgress(process.stderr) : noProgress(process.stderr);
  if (showProgress) {
    const total = opts.inputFormat === 'ndjson' ? ndjsonBytes(inputs).then((bytes) => progress.setTotal(null, bytes)) : countFiles(inputs, inputOptions).then((n) => progress.setTotal(n));
    total.catch(() => {});
  }

  const summary = new SummaryBuilder(top);
  let failed = 0;
  let printed = 0;
  const say = (source: string, message: string) => progress.log(`warta: ${clean(source)}: ${clean(message)}\n`);
  if (perDocument === 'csv') await write(out, csvHeader());
  if (perDocument === 'json' && !single) await write(out, '[');
  const print = async (output: string) => {
    if (perDocument === 'json' && !single) await write(out, `${printed ? ',' : ''}\n  ${output.replace(/\n/g, '\n  ')}`);
    else if (perDocument === 'json') await write(out, `${output}\n`);
    else await write(out, output);
    printed++;
  };
  // In JSON and NDJSON a failed input still gets its record, with the reason in `errors`, so
  // that every input (every NDJSON line) has one output record.
  const failure = async (source: string, id: string | null, code: 'input' | 'analysis', message: string) => {
    failed++;
    summary.fail(source, message);
    say(source, message);
    if (perDocument !== 'json' && perDocument !== 'ndjson') return;
    const record: Analysis = { schemaVersion: SCHEMA_VERSION, id, source, language: null, chars: 0, errors: [{ code, message }] };
    await print(perDocument === 'json' ? safeJson(record, 2) : `${safeJson(record)}\n`);
  };
  try {
    const submit = (item: InputItem): Promise<Outcome> => (item.kind === 'file' || item.kind === 'text' ? executor.run(item) : Promise.resolve(item));
    for await (const r of ordered(items, submit, Math.max(2, executor.threads * 4))) {
      if ('kind' in r) {
        if (r.kind === 'error') {
          progress.fail();
          await failure(r.source, null, 'input', r.message);
        } else say(r.source, r.message);
        continue;
      }
      progress.tick(r.bytes, !r.ok);
      if (!r.ok) {
        await failure(r.source, r.id, r.code, r.message);
        continue;
      }
      if (r.digest) summary.add(r.digest, r.bytes);
      await print(r.output);
    }
  } finally {
    await executor.close();
    progress.stop();
  }
  if (perDocument === 'json' && !single) await write(out, printed ? '\n]\n' : ']\n');

  if (wantSummary) {
    const result = summary.result();
    if (opts.summaryFile) {
      try {
        await writeFile(opts.summaryFile, `${safeJson(result, 2)}\n`);
      } catch (error) {
        failed++;
        say(opts.summaryFile, `cannot write the summary: ${reason(error)}`);
      }
    }
    if (opts.summary && format === 'json') await write(out, `${safeJson(result, 2)}\n`);
    else if (opts.summary && format === 'ndjson') await write(out, `${safeJson(result)}\n`);
    else if (format === 'table' && (opts.summary || result.documents + result.failed > 1)) await write(out, renderSummary(result, chalk, columns));
  }
  return failed > 0 ? 1 : 0;
}

export function buildProgram(): Command {
  const program = new Command('warta')
    .description('Entities, money and quotations from English and Indonesian news articles.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'files, folders (walked recursively) or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'ndjson', 'csv']))
    .option('--json', 'same as --format json')
    .option('--ndjson', 'same as --format ndjson: one JSON object per line, per document')
    .addOption(new Option('--input-format <format>', 'text, or ndjson records {"id", "text"}').choices(['text', 'ndjson']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the articles').choices(['auto', 'en', 'id']).default('auto'))
    .addOption(new Option('--tokenized <mode>', 'text is tokens joined by spaces ("Widodo , kata dia .")').choices(['auto', 'yes', 'no']).default('auto'))
    .option('--only <extractors>', `comma-separated subset of ${EXTRACTORS.join(',')}`)
    .option('--ext <list>', 'file extensions read from folders', '.txt,.md')
    .option('--encoding <name>', 'decode input with this encoding instead of detecting it')
    .option('--max-bytes <n>', 'refuse inputs (and NDJSON lines) larger than this', String(50 * 1024 * 1024))
    .option('-j, --jobs <n>', 'worker threads (default: available cores; 1 = no workers)')
    .option('--summary', 'print only the corpus summary (table, or JSON with --json/--ndjson)')
    .option('--summary-file <path>', 'also write the corpus summary as JSON to this file')
    .option('--top <n>', 'entities and speakers listed in the summary', '20')
    .option('--timeout <seconds>', 'stop the analysis of a document after this long (runs documents in worker threads)')
    .option('--no-color', 'no colour in tables (also NO_COLOR=1)')
    .option('-q, --quiet', 'no progress bar on stderr (errors are still named)')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run warta --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .action(async (inputs: string[], opts: Options) => {
      process.exitCode = await run(inputs, opts);
    });
  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      const { jsonSchema } = await import('../schema.js');
      process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    });
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `warta big/ --ndjson | head`: the reader left; stop quietly.
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.stderr.on('error', (error: NodeJS.ErrnoException) => {
    // Nobody reads the messages any more (`2>&1 | head`); the data still decides.
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
    } else if (error instanceof UsageError) {
      process.stderr.write(`warta: ${error.message}\n(run warta --help for usage)\n`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  }
}
