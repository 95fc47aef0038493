/**
 * The command-line shell: arguments -> inputs -> analyze -> output. The only module that
 * touches `process`; it sets `process.exitCode` and never calls `process.exit()`.
 */
import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { analyze, EXTRACTORS, type ExtractorName } from '../analyze.js';
import { readInputs } from '../io/inputs.js';
import { csvHeader, csvRows } from '../output/csv.js';
import { clean, renderTable } from '../output/table.js';
import { jsonSchema, type Analysis } from '../schema.js';
import { VERSION } from '../version.js';

type Format = 'table' | 'json' | 'ndjson' | 'csv';

class UsageError extends Error {}

const EXAMPLES = `
Examples:
  $ warta article.txt                      tables for one article
  $ cat article.txt | warta --json | jq .  JSON for scripts
  $ warta corpus/ --ndjson > out.ndjson    one JSON line per article of a folder
  $ warta export.ndjson --input-format ndjson --ndjson
                                           records {"id", "text"} in, results out
  $ warta a.txt --only money,quotes        only some extractors
  $ warta schema                           JSON Schema of the output

Exit status: 0 all inputs analysed, 1 some inputs failed (named on stderr), 2 usage error.`;

interface Options {
  format?: Format;
  json?: boolean;
  ndjson?: boolean;
  inputFormat: 'text' | 'ndjson';
  lang: 'auto' | 'en' | 'id';
  only?: string;
  ext: string;
  encoding?: string;
  maxBytes: string;
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

/** Write and wait when the stream asks for it (backpressure). */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (!stream.write(text)) return new Promise((resolve) => stream.once('drain', () => resolve()));
}

function useColor(opts: Options): boolean {
  if (!opts.color) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.TERM === 'dumb') return false;
  return Boolean(process.stdout.isTTY);
}

async function run(inputs: string[], opts: Options): Promise<number> {
  const format: Format = opts.json ? 'json' : opts.ndjson ? 'ndjson' : (opts.format ?? 'table');
  const only = parseOnly(opts.only);
  const maxBytes = Number(opts.maxBytes);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-bytes must be a positive number');
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files or folders, or pipe text into warta');
    inputs = ['-'];
  }
  const extensions = opts.ext.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
  const chalk = new Chalk({ level: useColor(opts) ? 1 : 0 });
  const out = process.stdout;
  let failed = 0;
  const collected: Analysis[] = [];
  if (format === 'csv') await write(out, csvHeader());

  for await (const item of readInputs(inputs, { extensions, inputFormat: opts.inputFormat, encoding: opts.encoding, maxBytes, stdin: process.stdin })) {
    if (item.kind === 'error') {
      failed++;
      process.stderr.write(`warta: ${clean(item.source)}: ${item.message}\n`);
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyze(item.text, { lang: opts.lang, only, id: item.id, source: item.source });
    } catch (error) {
      failed++;
      process.stderr.write(`warta: ${clean(item.source)}: analysis failed: ${(error as Error).message}\n`);
      continue;
    }
    if (item.encoding) analysis.encoding = item.encoding;
    if (item.meta) analysis.meta = item.meta;
    if (format === 'ndjson') await write(out, `${JSON.stringify(analysis)}\n`);
    else if (format === 'csv') await write(out, csvRows(analysis));
    else if (format === 'table') await write(out, `${renderTable(analysis, chalk, out.columns || 80)}\n`);
    else collected.push(analysis);
  }
  if (format === 'json') {
    const value = collected.length === 1 && inputs.length === 1 && inputs[0] !== '-' || (collected.length === 1 && opts.inputFormat === 'text' && inputs.length === 1) ? collected[0] : collected;
    await write(out, `${JSON.stringify(value, null, 2)}\n`);
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
    .option('--only <extractors>', `comma-separated subset of ${EXTRACTORS.join(',')}`)
    .option('--ext <list>', 'file extensions read from folders', '.txt,.md')
    .option('--encoding <name>', 'decode input with this encoding instead of detecting it')
    .option('--max-bytes <n>', 'refuse inputs larger than this', String(50 * 1024 * 1024))
    .option('--no-color', 'no colour in tables (also NO_COLOR=1)')
    .option('-q, --quiet', 'no progress on stderr')
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
    .action(() => {
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
