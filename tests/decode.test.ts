// Bytes -> text: a table of encodings, refusals, and properties over arbitrary bytes.
import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError, looksBinary, sniffUtf16 } from '../src/io/decode.js';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const TEXT = '“Harga naik,” kata Budi — Rp 5 miliar, café ½';

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), TEXT, 'utf-8'],
    ['UTF-8 with BOM (BOM removed)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), TEXT, 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(TEXT)]), TEXT, 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), TEXT, 'utf-16be'],
    ['UTF-16 LE without BOM', utf16le('Budi Arie Setiadi berkata di Jakarta.'), 'Budi Arie Setiadi berkata di Jakarta.', 'utf-16le'],
    ['UTF-16 BE without BOM', utf16be('Budi Arie Setiadi berkata di Jakarta.'), 'Budi Arie Setiadi berkata di Jakarta.', 'utf-16be'],
    ['Windows-1252 curly quotes and euro (0x80-0x9F)', Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x85]), '“Hi” €5 – …', 'windows-1252'],
    ['empty', Buffer.alloc(0), '', 'utf-8'],
    ['CRLF, NBSP and zero-width kept as they are', Buffer.from('a\r\nb\u00a0c\u200bd'), 'a\r\nb\u00a0c\u200bd', 'utf-8'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decode(bytes)).toEqual({ text, encoding });
  });

  it('--encoding overrides detection', () => {
    expect(decode(iconv.encode('Señor', 'latin1'), 'latin1')).toEqual({ text: 'Señor', encoding: 'latin1' });
    expect(decode(Buffer.from('Budi'), 'utf-16le').encoding).toBe('utf-16le');
    expect(() => decode(Buffer.from('x'), 'klingon')).toThrow(/unknown encoding "klingon"/);
  });

  it.each([
    ['a ZIP header', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])],
    ['a PDF with NULs', Buffer.from('%PDF-1.7\n\u0000\u0000\u0001stream')],
    ['mostly control bytes', Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 3 ? 1 : 65)))],
  ])('refuses binary data: %s', (_name, bytes) => {
    expect(() => decode(bytes)).toThrow(DecodeError);
    expect(() => decode(bytes)).toThrow('binary data, not text');
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8, and odd-length UTF-16', () => {
    expect(() => decode(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toThrow(/invalid UTF-8/);
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toThrow(/odd number of bytes/);
  });

  it('sniffs UTF-16 only when the NUL pattern is clear', () => {
    expect(sniffUtf16(utf16le('hello world'))).toBe('utf-16le');
    expect(sniffUtf16(Buffer.from('hello world'))).toBeNull();
    expect(looksBinary(Buffer.from('plain\ttext\r\n'))).toBe(false);
  });
});

describe('decode properties', () => {
  test.prop([fc.uint8Array({ maxLength: 2000 })])('any bytes: a string and a known encoding, or a DecodeError', (bytes) => {
    try {
      const { text, encoding } = decode(bytes);
      expect(typeof text).toBe('string');
      expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).toContain(encoding);
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
    }
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 })])('valid UTF-8 text round-trips exactly', (text) => {
    fc.pre(!text.includes('\u0000') && text.charCodeAt(0) !== 0xfeff);
    const bytes = Buffer.from(text, 'utf8');
    fc.pre(!looksBinary(bytes));
    expect(decode(bytes).text).toBe(text);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 })])('UTF-16 with a BOM round-trips exactly', (text) => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]))).toEqual({ text, encoding: 'utf-16le' });
  });

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 500 }).filter((b) => !b.includes(0))])('Windows-1252 fallback gives one character per byte', (bytes) => {
    try {
      const { text, encoding } = decode(bytes);
      if (encoding === 'windows-1252') expect(text.length).toBe(bytes.length);
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
    }
  });
});
