// The Document: tokens, sentences and paragraphs with offsets into the original text.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document.js';
import { LANGS } from '../src/lang/index.js';
import { detectLanguage } from '../src/index.js';

const sentences = (text: string, lang: 'id' | 'en' = 'id') => {
  const doc = buildDocument(text, LANGS[lang]);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('document', () => {
  it.each([
    ['Harga naik. Warga mengeluh.', ['Harga naik.', 'Warga mengeluh.']],
    ['Ia tiba pukul 10.30 WIB. Lalu pulang.', ['Ia tiba pukul 10.30 WIB.', 'Lalu pulang.']],
    ['Nilainya Rp 127.9 triliun. Itu besar.', ['Nilainya Rp 127.9 triliun.', 'Itu besar.']],
    ['Dr. Budi hadir. Prof. Ani juga.', ['Dr. Budi hadir.', 'Prof. Ani juga.']],
    ['"Kami siap," kata Budi. "Kami berangkat."', ['"Kami siap," kata Budi.', '"Kami berangkat."']],
    ['Ia berkata di Indonesia. "Kami terbuka," ujarnya.', ['Ia berkata di Indonesia.', '"Kami terbuka," ujarnya.']],
    ['Situs antaranews.com memuatnya. Benar.', ['Situs antaranews.com memuatnya.', 'Benar.']],
  ])('splits %j into sentences', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps English initials and titles inside a sentence', () => {
    expect(sentences('Mr. J. Smith arrived at 5 p.m. on Monday. He left.', 'en')).toEqual(['Mr. J. Smith arrived at 5 p.m. on Monday.', 'He left.']);
  });

  it('splits paragraphs at blank lines, or at line ends when there are none', () => {
    expect(buildDocument('A satu.\n\nB dua.\nC tiga.', LANGS.id).paragraphs.length).toBe(2);
    expect(buildDocument('A satu.\nB dua.\nC tiga.', LANGS.id).paragraphs.length).toBe(3);
  });

  it('keeps a site\'s name one word', () => {
    const text = 'Menurut AS.com dan Detik.co.id, harga 3.5 persen. Ia pergi.Dia datang.';
    const doc = buildDocument(text, LANGS.id);
    expect(doc.tokens.filter((t) => t.text.includes('.') && t.kind === 'word').map((t) => [t.text, text.slice(t.start, t.end), t.upper])).toEqual([
      ['AS.com', 'AS.com', true], ['Detik.co.id', 'Detik.co.id', true],
    ]);
  });

  it('gives tokens exact offsets and kinds', () => {
    const text = 'Rp500 dan US$4.5bn, China’s.';
    const doc = buildDocument(text, LANGS.id);
    expect(doc.tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Rp', 'word'], ['500', 'number'], ['dan', 'word'], ['US', 'word'], ['$', 'punct'], ['4.5', 'number'],
      ['bn', 'word'], [',', 'punct'], ['China', 'word'], ['’', 'punct'], ['s', 'word'], ['.', 'punct'],
    ]);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps acronyms with digits inside whole, not amounts after a currency', () => {
    const doc = buildDocument('BP2MI dan P3K, RP500 juta, G20.', LANGS.id);
    expect(doc.tokens.map((t) => t.text)).toEqual(['BP2MI', 'dan', 'P3K', ',', 'RP', '500', 'juta', ',', 'G', '20', '.']);
  });

  it('detects English and Indonesian', () => {
    expect(detectLanguage('Pemerintah akan menaikkan harga yang sudah ditetapkan untuk tahun ini.')).toBe('id');
    expect(detectLanguage('The government will raise the price that was set for this year.')).toBe('en');
  });
});
