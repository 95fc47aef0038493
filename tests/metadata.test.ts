// Wire-story metadata: one row per layout.
import { describe, expect, it } from 'vitest';
import { analyze, type Metadata } from '../src/index.js';

const rows: Array<[string, 'id' | 'en', string, Partial<Metadata>]> = [
  ['ANTARA header and footer on one line', 'id', 'Sumber: https://www.antaranews.com/berita/1/x Jakarta (ANTARA) - Harga naik. Pewarta: Livia Kristianti Editor: Siti Zulaikha',
    { url: 'https://www.antaranews.com/berita/1/x', dateline: { place: 'Jakarta', agency: 'ANTARA', date: null }, reporter: 'Livia Kristianti', editor: 'Siti Zulaikha' }],
  ['ANTARA footer on separate lines', 'id', 'Makassar (ANTARA) - Kota itu membangun.\n\nPewarta: Nur Suhra Wardyah\nEditor: Budi Santoso',
    { dateline: { place: 'Makassar', agency: 'ANTARA', date: null }, reporter: 'Nur Suhra Wardyah', editor: 'Budi Santoso' }],
  ['Kompas with a place', 'id', 'JAKARTA, KOMPAS.com - Pemerintah menaikkan harga.', { dateline: { place: 'Jakarta', agency: 'KOMPAS.com', date: null } }],
  ['Kompas without a place', 'id', 'KOMPAS.com - Pemerintah menaikkan harga.', { dateline: { place: null, agency: 'KOMPAS.com', date: null } }],
  ['place and dash only', 'id', 'Judul berita\nJakarta - Pemerintah memastikan bonus cair.', { dateline: { place: 'Jakarta', agency: null, date: null } }],
  ['an outlet and a dash', 'id', 'Rimanews - Seorang astronot mengaku mendengar suara aneh.', { dateline: { place: null, agency: 'Rimanews', date: null } }],
  ['a site and a dash', 'id', 'DailySocial.id - Startup itu tumbuh.', { dateline: { place: null, agency: 'DailySocial.id', date: null } }],
  ['Reuters with a date', 'en', 'JAKARTA, March 3 (Reuters) - Indonesia said on Monday.\n\nReporting by Ananda Teresia; Editing by Kim Coghill',
    { dateline: { place: 'Jakarta', agency: 'Reuters', date: 'March 3' }, reporter: 'Ananda Teresia', editor: 'Kim Coghill' }],
  ['AP with a byline', 'en', 'Chip grants\n\nBy Marcus Hill\n\nWASHINGTON (AP) — The department said.', { dateline: { place: 'Washington', agency: 'AP', date: null }, reporter: 'Marcus Hill' }],
  ['a URL alone on a line', 'en', '(Bloomberg) -- Kestrel agreed.\n\nhttps://www.bloomberg.com/news/articles/x', { url: 'https://www.bloomberg.com/news/articles/x', dateline: { place: null, agency: 'Bloomberg', date: null } }],
  ['nothing to find', 'en', 'The market rose by 2 percent on Monday.', { url: null, dateline: null, reporter: null, editor: null }],
  ['"By" inside a sentence is no byline', 'en', 'Prices rose. By Friday, traders had sold.', { reporter: null }],
];

describe('metadata', () => {
  it.each(rows)('%s', (_name, lang, text, expected) => {
    expect(analyze(text, { lang, only: ['metadata'] }).metadata).toMatchObject(expected);
  });
});
