/**
 * Pre-tokenised text ("Joko Widodo , kata dia ."): detected, analysed as running text, and
 * every span given back in the text as it was passed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { detokenize, looksTokenized } from '../src/util/tokenized.js';

describe('detokenize', () => {
  const rows: Array<[string, string]> = [
    ['Presiden Joko Widodo , kata dia .', 'Presiden Joko Widodo, kata dia.'],
    ['Tonny H . Wangania ( Kepala Desa ) hadir .', 'Tonny H. Wangania (Kepala Desa) hadir.'],
    ['" Saya datang , " kata Budi . " Besok lagi . "', '"Saya datang," kata Budi. "Besok lagi."'],
    ["Saint Mary ' s College , O ' Reilly Media , Mi ' ing , Girls ' Generation", "Saint Mary's College, O'Reilly Media, Mi'ing, Girls' Generation"],
    ['Rp 1 . 400 , naik 2 , 5 persen pada 8 / 9 / 2017 .', 'Rp 1.400, naik 2,5 persen pada 8/9/2017.'],
    ['Choi Si - won , Alun - alun , Siborong - borong , timnas U - 23', 'Choi Si-won, Alun-alun, Siborong-borong, timnas U-23'],
    ['Kim Jong - won , Yoon Eun - Hye , Al - Hilal , Habiburrahman El - Shirazy', 'Kim Jong-won, Yoon Eun-Hye, Al-Hilal, Habiburrahman El-Shirazy'],
    // a name said twice joins; two names, two places and a word after a dash do not
    ['desa Mbuang - Mbuang , Lumbi - Lumbia , rute Jakarta - Bandung', 'desa Mbuang-Mbuang, Lumbi-Lumbia, rute Jakarta - Bandung'],
    // a letter a lost encoding wrote as question marks stays inside its word; a question stays a question
    ['FC Bayern M ? ? nchen , Bj ? ? rn Yttling . Apa ? ya , kata dia .', 'FC Bayern M??nchen, Bj??rn Yttling. Apa? ya, kata dia.'],
    ['Hubungan AS - RI , laga PSM - PSS , Eramas ( Edy - Musa ) , kata Ahok - yang kini menjabat', 'Hubungan AS - RI, laga PSM - PSS, Eramas (Edy - Musa), kata Ahok - yang kini menjabat'],
    ['KTT AS - ASEAN , rute Bali - Balikpapan , laga PSM - PSMS , rute Papua - Papua Nugini', 'KTT AS - ASEAN, rute Bali - Balikpapan, laga PSM - PSMS, rute Papua - Papua Nugini'],
    // a dash between words stays, and so does a year before a full stop
    ['Jakarta ( ANTARA ) - Presiden datang pada 2017 . 5 orang hadir .', 'Jakarta (ANTARA) - Presiden datang pada 2017. 5 orang hadir.'],
    ['Navy - melindungi Australia', 'Navy - melindungi Australia'],
    ['Menteri Budi Santoso - ia mantan jenderal - hadir', 'Menteri Budi Santoso - ia mantan jenderal - hadir'],
    // a number mark before a line break, or before a year opening a sentence, ends the number
    ['Harga naik menjadi Rp 12 .\n2019 adalah tahun berat', 'Harga naik menjadi Rp 12.\n2019 adalah tahun berat'],
    ['Korban mencapai 150 . 2018 menjadi tahun terburuk', 'Korban mencapai 150. 2018 menjadi tahun terburuk'],
    ['Kata Imam Syafi ’ i .', 'Kata Imam Syafi’i.'],
    // line breaks stay, and a quotation does not run across them
    ['Ia datang .\n" Kami siap , " katanya .', 'Ia datang.\n"Kami siap," katanya.'],
  ];
  it.each(rows)('%j', (input, want) => {
    const d = detokenize(input);
    expect(d.text).toBe(want);
    expect(d.origin.length).toBe(d.text.length + 1);
    for (let k = 0; k < d.text.length; k++) expect(input[d.origin[k]!]).toBe(d.text[k]);
  });
});

describe('looksTokenized', () => {
  const rows: Array<[string, boolean]> = [
    ['Presiden Joko Widodo , kata dia .', true],
    ['Presiden Joko Widodo, kata dia.', false],
    // one mark standing alone is not enough
    ['Ia datang .', false],
    // straight quotation marks between spaces count with the marks
    ['Robert " Robbie " Mark Gaspar adalah pemain .', true],
    ['Robert "Robbie" Mark Gaspar adalah pemain.', false],
    // a few stray spaces in running text are not tokenised text
    ['Harga naik , kata dia. Budi datang, lalu pergi. Ia senang, sekali. Lalu tidur , dan bangun.', false],
  ];
  it.each(rows)('%j -> %s', (input, want) => expect(looksTokenized(input)).toBe(want));
});

describe('analyze on tokenised text', () => {
  const text = '" Kami membayar Rp 1 . 400 per liter , " kata Kepala Desa Tonny H . Wangania di Jakarta , Selasa .';

  it('gives names in running form and spans in the text as passed', () => {
    const a = analyze(text, { lang: 'id' });
    const person = a.entities!.find((e) => e.type === 'person')!;
    expect(person.name).toBe('Tonny H. Wangania');
    expect(person.roles).toEqual(['Kepala Desa']);
    expect(person.mentions).toEqual([{ start: 58, end: 76, text: 'Tonny H . Wangania' }]);
    expect(a.money!.map((m) => [m.text, m.value, m.start, m.end])).toEqual([['Rp 1 . 400', '1400', 16, 26]]);
    expect(a.quotes!.map((q) => [q.text, q.speaker.name, q.cue?.text])).toEqual([['Kami membayar Rp 1 . 400 per liter', 'Tonny H. Wangania', 'kata Kepala Desa Tonny H . Wangania']]);
    expect(a.chars).toBe(text.length);
    for (const e of a.entities!) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const q of a.quotes!) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads the text as it is when told it is not tokenised', () => {
    const a = analyze(text, { lang: 'id', tokenized: false });
    expect(a.entities!.find((e) => e.type === 'person')?.name).not.toBe('Tonny H. Wangania');
    expect(a.money!.map((m) => m.text)).not.toContain('Rp 1 . 400');
  });
});

/** Tokens tokenised text is made of, so that random joins glue and split often. */
const TOKENS = ['"', '“', '”', "'", '’', '(', ')', '-', '.', ',', '/', ':', 'Rp', '12', '400', '2019', '5', 's', 'i', 'won', 'Si', 'Budi', 'Santoso', 'Jakarta', 'kata', 'dia', 'Jr', 'AS.com', '\n', '\n\n'];

describe('tokenised text, any input', () => {
  it('keeps every span exact in the text as passed, and the running text maps back char by char', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const d = detokenize(text);
        for (let k = 0; k < d.text.length; k++) expect(text[d.origin[k]!]).toBe(d.text[k]);
        const a = analyze(text, { lang: 'id', tokenized: true });
        for (const e of a.entities!) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const m of a.money!) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const q of a.quotes!) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
