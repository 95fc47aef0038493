/**
 * Inputs to jobs: files, folders walked recursively (sorted, hidden entries skipped,
 * symlink loops detected), globs, "-" for stdin, and NDJSON records. Everything is
 * streamed: the walk yields paths as it finds them, NDJSON is split line by line, and a
 * file is read only when its job runs (possibly in a worker thread, see `loadFile`).
 * One bad input never stops the others: it becomes an `error` item that names it.
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { glob } from 'tinyglobby';
import { decode } from './decode.js';

/** A file to read and analyse (read where the job runs). */
export interface FileJob {
  kind: 'file';
  source: string;
}

/** A text already in memory: stdin, or an NDJSON record. */
export interface TextJob {
  kind: 'text';
  source: string;
  id: string | null;
  text: string;
  bytes: number;
  encoding?: string;
  meta?: Record<string, unknown>;
}

/** An input that cannot be analysed, with the reason. Counts as a failure. */
export interface InputError {
  kind: 'error';
  source: string;
  message: string;
}

/** Something worth saying that is not a failure (a folder reached twice through a link). */
export interface InputNotice {
  kind: 'notice';
  source: string;
  message: string;
}

export type InputItem = FileJob | TextJob | InputError | InputNotice;

export interface InputOptions {
  extensions: string[];
  inputFormat: 'text' | 'ndjson';
  encoding?: string;
  maxBytes: number;
  stdin: Readable;
}

const GLOB_CHARS = /[*?[\]{}]/;

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Paths in a folder, recursively, sorted; hidden files and folders skipped. A link back
 * to a folder being walked is a loop (an error); a folder reached a second time through
 * another link is skipped with a notice.
 */
async function* walk(dir: string, extensions: string[], seen: Set<string>, ancestors: string[] = []): AsyncGenerator<string | InputError | InputNotice> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (ancestors.includes(real)) {
      yield { kind: 'error', source: dir, message: 'symlink loop (links back to a folder being walked)' };
      return;
    }
    if (seen.has(real)) {
      yield { kind: 'notice', source: dir, message: 'skipped, folder already walked through another path' };
      return;
    }
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', source: dir, message: reason(error) };
    return;
  }
  entries = entries.filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => byName(a.name, b.name));
  const chain = [...ancestors, real];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(path);
        isDir = info.isDirectory();
        isFile = info.isFile();
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        yield { kind: 'error', source: path, message: e.code === 'ELOOP' ? 'symlink loop' : e.code === 'ENOENT' ? 'broken symbolic link' : reason(error) };
        continue;
      }
    }
    if (isDir) yield* walk(path, extensions, seen, chain);
    else if (isFile && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) yield path;
  }
}

/** Why an input could not be read, in words. */
export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'ELOOP') return 'symlink loop';
  return e.message ?? String(error);
}

export class TooLarge extends Error {
  constructor(size: number | null, maxBytes: number) {
    super(size === null ? `larger than --max-bytes (${maxBytes} bytes)` : `larger than --max-bytes (${size} > ${maxBytes} bytes)`);
  }
}

/**
 * A file's bytes, refusing anything over `maxBytes`: a regular file by its size before any
 * read, a pipe or device while reading (reading stops at the limit).
 */
export async function readLimited(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > maxBytes) throw new TooLarge(info.size, maxBytes);
    const chunks: Buffer[] = [];
    let size = 0;
    const chunkSize = info.isFile() ? Math.min(Math.max(info.size + 1, 1), maxBytes + 1, 1 << 24) : 1 << 16;
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkSize);
      const { bytesRead } = await handle.read(buffer, 0, chunkSize, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) throw new TooLarge(null, maxBytes);
      chunks.push(bytesRead === chunkSize ? buffer : buffer.subarray(0, bytesRead));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  } finally {
    await handle.close();
  }
}

/** A stream's bytes up to `maxBytes`; past it, reading stops and the input is refused. */
export async function readStream(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new TooLarge(null, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

/** Read and decode one file: used where the job runs, in a worker or in the main thread. */
export async function loadFile(path: string, options: { maxBytes: number; encoding?: string }): Promise<{ text: string; encoding: string; bytes: number }> {
  const bytes = await readLimited(path, options.maxBytes);
  const { text, encoding } = decode(bytes, options.encoding);
  return { text, encoding, bytes: bytes.length };
}

/**
 * Lines of a byte stream, split on LF (which never occurs inside a UTF-8 sequence), each
 * decoded whole. A line longer than `maxBytes` is skipped up to its end and reported.
 */
async function* byteLines(stream: Readable, maxBytes: number): AsyncGenerator<{ line: Buffer | null; bytes: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (;;) {
      const nl = buf.indexOf(0x0a);
      const piece = nl === -1 ? buf : buf.subarray(0, nl);
      size += piece.length;
      if (!tooLong) {
        if (size > maxBytes) {
          tooLong = true;
          parts = [];
        } else if (piece.length) parts.push(piece);
      }
      if (nl === -1) break;
      yield { line: tooLong ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts), bytes: size };
      parts = [];
      size = 0;
      tooLong = false;
      buf = buf.subarray(nl + 1);
    }
  }
  if (size > 0 || tooLong) yield { line: tooLong ? null : Buffer.concat(parts), bytes: size };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** NDJSON records: {"id": ..., "text": ...}; other fields go to `meta`. */
async function* records(stream: Readable, source: string, maxBytes: number): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const { line: raw, bytes } of byteLines(stream, maxBytes)) {
    n++;
    const where = `${source}:${n}`;
    if (raw === null) {
      yield { kind: 'error', source: where, message: `line longer than --max-bytes (${maxBytes} bytes)` };
      continue;
    }
    let line: string;
    try {
      line = strictUtf8.decode(raw);
    } catch {
      yield { kind: 'error', source: where, message: 'line is not UTF-8 (NDJSON must be UTF-8)' };
      continue;
    }
    if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield { kind: 'error', source: where, message: 'malformed JSON line' };
      continue;
    }
    if (!record || typeof record !== 'object' || Array.isArray(record) || typeof (record as { text?: unknown }).text !== 'string') {
      yield { kind: 'error', source: where, message: 'record has no "text" string' };
      continue;
    }
    const { id, text, ...meta } = record as { id?: unknown; text: string };
    yield {
      kind: 'text',
      source: where,
      id: id === undefined || id === null ? null : typeof id === 'string' ? id : JSON.stringify(id),
      text,
      bytes,
      ...(Object.keys(meta).length ? { meta } : {}),
    };
  }
}

/** An input argument: stdin, an existing path, or a glob pattern. */
async function* paths(input: string, options: InputOptions, seen: Set<string>): AsyncGenerator<string | InputError | InputNotice> {
  let isDir = false;
  try {
    isDir = (await stat(input)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && GLOB_CHARS.test(input)) {
      const matches = (await glob(input, { onlyFiles: true, dot: false, expandDirectories: false })).sort(byName);
      if (matches.length === 0) yield { kind: 'error', source: input, message: 'no such file or directory, and no files match it as a pattern' };
      for (const match of matches) yield match;
      return;
    }
    yield { kind: 'error', source: input, message: reason(error) };
    return;
  }
  if (!isDir) {
    yield input;
    return;
  }
  if (options.inputFormat === 'ndjson') {
    yield { kind: 'error', source: input, message: 'a folder cannot be read as NDJSON; give the .ndjson files' };
    return;
  }
  yield* walk(input, options.extensions, seen);
}

/** Every input as a stream of items, in a stable order. */
export async function* readInputs(inputs: string[], options: InputOptions): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      if (options.inputFormat === 'ndjson') {
        yield* records(options.stdin, '-', options.maxBytes);
        continue;
      }
      try {
        const bytes = await readStream(options.stdin, options.maxBytes);
        const { text, encoding } = decode(bytes, options.encoding);
        yield { kind: 'text', source: '-', id: null, text, encoding, bytes: bytes.length };
      } catch (error) {
        yield { kind: 'error', source: '-', message: reason(error) };
      }
      continue;
    }
    for await (const path of paths(input, options, seen)) {
      if (typeof path !== 'string') {
        yield path;
        continue;
      }
      if (options.inputFormat === 'ndjson') {
        try {
          const handle = await open(path, 'r');
          const info = await handle.stat();
          if (info.isDirectory()) {
            await handle.close();
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
          }
          yield* records(handle.createReadStream({ highWaterMark: 1 << 16 }), path, options.maxBytes);
        } catch (error) {
          yield { kind: 'error', source: path, message: reason(error) };
        }
        continue;
      }
      yield { kind: 'file', source: path };
    }
  }
}

/** Bytes in the NDJSON input files (for progress), or null when stdin is one of them. */
export async function ndjsonBytes(inputs: string[]): Promise<number | null> {
  if (inputs.includes('-')) return null;
  let total = 0;
  for (const input of inputs) total += await stat(input).then((s) => (s.isFile() ? s.size : 0), () => 0);
  return total;
}

/** How many documents the inputs hold, counted by a walk that reads nothing (for progress). */
export async function countFiles(inputs: string[], options: InputOptions): Promise<number | null> {
  if (options.inputFormat === 'ndjson' || inputs.includes('-')) return null;
  let n = 0;
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const path of paths(input, options, seen)) if (typeof path === 'string') n++;
  }
  return n;
}
