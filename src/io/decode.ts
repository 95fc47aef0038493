/**
 * Bytes to text, on purpose: a BOM (UTF-8, UTF-16 LE/BE) decides; otherwise strict UTF-8;
 * otherwise Windows-1252 through iconv-lite (Node's own decoder maps 0x80-0x9F wrongly on
 * some versions). Binary data is refused. `--encoding` overrides the guess.
 */
import iconv from 'iconv-lite';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: string;
}

const SNIFF_BYTES = 8192;

/** NUL bytes, or many control characters, in the first 8 KiB: not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decode(bytes: Uint8Array, encoding?: string): Decoded {
  if (encoding) {
    if (!iconv.encodingExists(encoding)) throw new DecodeError(`unknown encoding "${encoding}"`);
    return { text: stripBom(iconv.decode(Buffer.from(bytes), encoding)), encoding: encoding.toLowerCase() };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3), 'utf-8 with BOM'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new DecodeError('binary data, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

function utf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${what}`);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
