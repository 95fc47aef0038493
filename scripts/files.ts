/** What the eval and bench scripts share: argument errors, file walking, JSONL reading. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` whose name `keep` accepts, sorted; hidden folders and node_modules skipped. */
export function walkFiles(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...walkFiles(p, keep));
    } else if (keep(entry.name)) out.push(p);
  }
  return out;
}

/**
 * Records of a JSONL file, at most `limit`, each turned into a document by `toDoc`, which
 * throws to skip a record. Bad lines and skipped records become warnings.
 */
export function readJsonl<T>(path: string, limit: number, warnings: string[], toDoc: (record: Record<string, unknown>, line: number) => T): T[] {
  const docs: T[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (let n = 0; n < lines.length && docs.length < limit; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    try {
      docs.push(toDoc(JSON.parse(line) as Record<string, unknown>, n + 1));
    } catch (e) {
      warnings.push(`line ${n + 1}: ${e instanceof Error ? e.message : String(e)}, skipped`);
    }
  }
  return docs;
}

/** A mistake in the command line: the script prints it with its usage and exits 2. */
export class UsageError extends Error {}

/**
 * The script's arguments by `parse`, or its usage on stderr and exit 2 on a UsageError.
 * A closed stdout (`| head`) ends the script quietly.
 */
export function scriptArgs<T>(name: string, usage: string, parse: (argv: string[]) => T): T {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    return parse(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${name}: ${e.message}\n\n${usage}`);
      process.exit(2);
    }
    throw e;
  }
}
