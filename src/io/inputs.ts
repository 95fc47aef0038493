/**
 * Inputs to documents: files, folders walked recursively (sorted, hidden entries skipped,
 * symlink loops detected), "-" for stdin, and NDJSON records. Each yields either a text
 * to analyse or an error that names the input; one bad input never stops the others.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decode } from './decode.js';

export interface InputDoc {
  kind: 'doc';
  source: string;
  id: string | null;
  text: string;
  encoding?: string;
  meta?: Record<string, unknown>;
}

export interface InputError {
  kind: 'error';
  source: string;
  message: string;
}

export type InputItem = InputDoc | InputError;

export interface InputOptions {
  extensions: string[];
  inputFormat: 'text' | 'ndjson';
  encoding?: string;
  maxBytes: number;
  stdin: Readable;
}

/** Paths in a folder, recursively, sorted; hidden files and folders skipped. */
async function* walk(dir: string, extensions: string[], seen: Set<string>): AsyncGenerator<string | InputError> {
  const real = await realpath(dir);
  if (seen.has(real)) {
    yield { kind: 'error', source: dir, message: 'symlink loop, folder already visited' };
    return;
  }
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = (await stat(path)).isDirectory();
      } catch {
        yield { kind: 'error', source: path, message: 'broken symbolic link' };
        continue;
      }
    }
    if (isDir) yield* walk(path, extensions, seen);
    else if (extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) yield path;
  }
}

async function readLimited(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new Error('is a directory');
    if (info.size > maxBytes) throw new Error(`larger than --max-bytes (${info.size} > ${maxBytes} bytes)`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStream(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new Error(`larger than --max-bytes (${maxBytes} bytes)`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  return e.message ?? String(error);
}

/** NDJSON records: {"id": ..., "text": ...}; other fields go to `meta`. */
async function* records(stream: Readable, source: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const where = `${source}:${n}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield { kind: 'error', source: where, message: 'malformed JSON line' };
      continue;
    }
    if (!record || typeof record !== 'object' || typeof (record as { text?: unknown }).text !== 'string') {
      yield { kind: 'error', source: where, message: 'record has no "text" string' };
      continue;
    }
    const { id, text, ...meta } = record as { id?: unknown; text: string };
    yield {
      kind: 'doc',
      source: where,
      id: id === undefined || id === null ? null : String(id),
      text,
      ...(Object.keys(meta).length ? { meta } : {}),
    };
  }
}

export async function* readInputs(inputs: string[], options: InputOptions): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      if (options.inputFormat === 'ndjson') {
        yield* records(options.stdin, '-');
        continue;
      }
      try {
        const { text, encoding } = decode(await readStream(options.stdin, options.maxBytes), options.encoding);
        yield { kind: 'doc', source: '-', id: null, text, encoding };
      } catch (error) {
        yield { kind: 'error', source: '-', message: reason(error) };
      }
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (error) {
      yield { kind: 'error', source: input, message: reason(error) };
      continue;
    }
    const paths: AsyncIterable<string | InputError> | string[] = isDir ? walk(input, options.extensions, seen) : [input];
    if (isDir && options.inputFormat === 'ndjson') {
      yield { kind: 'error', source: input, message: 'a folder cannot be read as NDJSON; give the .ndjson files' };
      continue;
    }
    for await (const path of paths) {
      if (typeof path !== 'string') {
        yield path;
        continue;
      }
      if (options.inputFormat === 'ndjson') {
        try {
          await stat(path);
          yield* records(createReadStream(path, { encoding: 'utf8' }), path);
        } catch (error) {
          yield { kind: 'error', source: path, message: reason(error) };
        }
        continue;
      }
      try {
        const { text, encoding } = decode(await readLimited(path, options.maxBytes), options.encoding);
        yield { kind: 'doc', source: path, id: null, text, encoding };
      } catch (error) {
        yield { kind: 'error', source: path, message: reason(error) };
      }
    }
  }
}
