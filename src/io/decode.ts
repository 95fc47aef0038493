/**
 * Bytes to text, on purpose: a BOM (UTF-8, UTF-16 LE/BE) decides; UTF-16 without a BOM is
 * recognised by its NUL pattern; otherwise strict UTF-8; otherwise Windows-1252 through
 * iconv-lite (Node's own decoder maps 0x80-0x9F wrongly on some versions). Binary data is
 * refused. `--encoding` overrides the guess.
 *
 * The whole input is decoded in one call (never chunk by chunk), so a multibyte character
 * cannot be split. A BOM is not part of the text: offsets count from the first character
 * after it. Nothing else is changed: CRLF, NBSP and zero-width characters stay as they are,
 * so offsets index the decoded text exactly.
 */
import iconv from 'iconv-lite';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: string;
}

const SNIFF_BYTES = 8192;

/** Is `name` an encoding we can decode? */
export function encodingExists(name: string): boolean {
  return iconv.encodingExists(name);
}

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

/**
 * UTF-16 text without a BOM: mostly-Latin text has a NUL in every other byte, on one side
 * only. Returns the byte order, or null.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  const few = pairs * 0.02;
  if (oddNul >= pairs * 0.7 && evenNul <= few) return 'utf-16le';
  if (evenNul >= pairs * 0.7 && oddNul <= few) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array, encoding?: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding) {
    if (!iconv.encodingExists(encoding)) throw new DecodeError(`unknown encoding "${encoding}"`);
    return { text: stripBom(iconv.decode(buffer, encoding, { stripBOM: false })), encoding: encoding.toLowerCase() };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3), 'UTF-8 after a UTF-8 byte order mark'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const wide = sniffUtf16(bytes);
  if (wide && buffer.length % 2 === 0) {
    const text = utf16(buffer, wide);
    if (!controlHeavy(text)) return { text, encoding: wide };
  }
  if (looksBinary(bytes)) throw new DecodeError('binary data, not text (use --encoding to force a decoding)');
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
  }
}

function utf8(bytes: Uint8Array, what: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${what}`);
  }
}

function utf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 === 1) throw new DecodeError(`odd number of bytes in ${encoding.toUpperCase()} text`);
  return iconv.decode(bytes, encoding, { stripBOM: false });
}

/** Decoded text that is mostly control characters was not text. */
function controlHeavy(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES / 2);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.1;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
