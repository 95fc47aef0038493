// The seed article (fixtures/id/antara-digital.txt) must give exactly this analysis.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema } from '../src/index.js';

const text = readFileSync(new URL('../fixtures/id/antara-digital.txt', import.meta.url), 'utf8');
const a = analyze(text, { source: 'fixtures/id/antara-digital.txt' });

describe('seed article', () => {
  it('validates against the schema', () => {
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
  });

  it('is Indonesian with wire metadata', () => {
    expect(a.language).toBe('id');
    expect(a.metadata).toEqual({
      url: 'https://www.antaranews.com/berita/3836151/indonesia-dan-china-perkuat-kerja-sama-di-sektor-digital',
      dateline: { place: 'Jakarta', agency: 'ANTARA', date: null },
      reporter: 'Livia Kristianti',
      editor: 'Siti Zulaikha',
    });
  });

  it('finds the four amounts, exact, paired as equivalents', () => {
    const money = a.money!.map((m) => [m.text, m.currency, m.value, m.equivalentTo]);
    expect(money).toEqual([
      ['8,2 miliar dolar AS', 'USD', '8200000000', 'm2'],
      ['Rp 127.9 triliun', 'IDR', '127900000000000', 'm1'],
      ['133 miliar dolar AS', 'USD', '133000000000', 'm4'],
      ['Rp 2,07 kuadriliun', 'IDR', '2070000000000000', 'm3'],
    ]);
    expect(a.money![0]!.impliedRate).toEqual({ value: '15597.56', currency: 'IDR', per: 'USD' });
    for (const m of a.money!) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds three direct quotes and two reported ones, all by Budi Arie Setiadi', () => {
    const budi = a.entities!.find((e) => e.name === 'Budi Arie Setiadi')!;
    const quotes = a.quotes!.map((q) => [q.kind, q.text.slice(0, 20), q.unclosed ?? false, q.cue?.text ?? null, q.speaker.entity]);
    expect(quotes).toEqual([
      ['direct', 'Saya harap rangkaian', false, 'kata Budi', budi.id],
      ['indirect', 'kerja sama itu dituj', false, 'mengatakan', budi.id],
      ['indirect', 'dalam hal kemitraan,', false, 'Menurutnya', budi.id],
      ['direct', 'Saya mendorong kolab', true, null, budi.id],
      ['direct', 'Kami terbuka atas ga', false, 'ujarnya', budi.id],
    ]);
    expect(a.quotes![0]!.text.endsWith('terbuka lebar')).toBe(true);
    expect(a.quotes![3]!.text.endsWith('di Indonesia.')).toBe(true);
    expect(a.quotes![4]!.text).toBe('Kami terbuka atas gagasan-gagasan maupun potensi kerja sama ke depan');
    for (const q of a.quotes!) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('finds the people, organisations and places, merged', () => {
    const summary = Object.fromEntries(a.entities!.map((e) => [e.name, [e.type, [...e.aliases].sort()]]));
    expect(summary['Budi Arie Setiadi']).toEqual(['person', ['Budi']]);
    expect(summary['He Junke']).toEqual(['person', []]);
    expect(summary['Asosiasi Sains dan Teknologi']).toEqual(['organization', ['CAST']]);
    expect(summary['China']).toEqual(['location', ['Tiongkok']]);
    for (const name of ['Kementerian Kominfo', 'ANTARA', 'Institut Komunikasi Tiongkok', 'ZTE Indonesia', 'Masyarakat Telematika Indonesia', 'Telkom University']) {
      expect(summary[name]?.[0], name).toBe('organization');
    }
    for (const name of ['Indonesia', 'Jakarta', 'Jakarta Pusat']) expect(summary[name]?.[0], name).toBe('location');
    const budi = a.entities!.find((e) => e.name === 'Budi Arie Setiadi')!;
    expect(budi.roles).toEqual(['Menteri Komunikasi dan Informatika', 'Menkominfo']);
    expect(budi.count).toBe(4);
    const he = a.entities!.find((e) => e.name === 'He Junke')!;
    expect(he.roles[0]).toMatch(/^Wakil Presiden Eksekutif dan Sekretaris Eksekutif Utama Asosiasi Sains dan Teknologi/);
  });

  it('has no lower-case words, days or common nouns as entities', () => {
    const names = a.entities!.flatMap((e) => [e.name, ...e.aliases]);
    for (const bad of ['Hal', 'Rabu', 'Pertemuan Bilateral', 'Dalam', 'Berbagai', 'Gerakan Menuju', 'Kota Cerdas', 'AS', 'Livia Kristianti', 'Siti Zulaikha']) {
      expect(names).not.toContain(bad);
    }
    for (const e of a.entities!) expect(e.name).toMatch(/^\p{Lu}/u);
    for (const e of a.entities!) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
