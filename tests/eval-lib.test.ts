import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal,
  jaccard,
  locateAll,
  matchEntities,
  matchMoney,
  matchQuotes,
  matchSpans,
  maxMatching,
  parseBio,
  prf,
  type GoldQuote,
  type NamedEntity,
  type PredQuote,
  type TypedSpan,
} from '../scripts/eval-lib.js';

const counts = (m: { tp: number; fp: number; fn: number }) => ({ tp: m.tp, fp: m.fp, fn: m.fn });

describe('prf', () => {
  it.each([
    // tp, fp, fn -> precision, recall, f1
    [8, 2, 2, 0.8, 0.8, 0.8],
    [1, 0, 3, 1, 0.25, 0.4],
    [0, 0, 5, null, 0, 0],
    [0, 4, 0, 0, null, 0],
    [0, 0, 0, null, null, null],
    [3, 1, 0, 0.75, 1, 6 / 7],
  ])('tp=%i fp=%i fn=%i', (tp, fp, fn, p, r, f) => {
    const s = prf(tp, fp, fn);
    expect(s).toMatchObject({ tp, fp, fn });
    for (const [got, want] of [
      [s.precision, p],
      [s.recall, r],
      [s.f1, f],
    ] as const) {
      if (want === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(want, 10);
    }
  });
});

describe('helpers', () => {
  it.each([
    ['950', '950'],
    ['0950.50', '950.5'],
    ['1500000000000', '1500000000000'],
    ['12.000', '12'],
    ['-0.0', '0'],
    ['-3.10', '-3.1'],
    ['.5', '0.5'],
  ])('canonicalDecimal(%s) = %s', (input, want) => expect(canonicalDecimal(input)).toBe(want));

  it.each([
    ['Kami memilih Batam', 'kami memilih batam', 1],
    ['a b c d', 'a b', 0.5],
    ['a b', 'c d', 0],
    ['', '', 1],
    ['naik 10,60 persen', 'naik 10,60 persen.', 1],
  ])('jaccard(%s, %s) = %d', (a, b, want) => expect(jaccard(a, b)).toBeCloseTo(want, 10));

  it('locateAll takes the first occurrence at or after the previous start, skipping taken ones', () => {
    const text = 'Rp250 miliar. Lalu Rp 5 juta dan Rp250 miliar lagi.';
    expect(locateAll(text, ['Rp250 miliar', 'Rp250 miliar', 'Rp 5 juta', 'tidak ada'])).toEqual([
      { start: 0, end: 12 },
      { start: 33, end: 45 },
      null, // "Rp 5 juta" lies before the previous item's start
      null,
    ]);
    expect(locateAll(text, ['Rp 5 juta', 'Rp250 miliar'])).toEqual([
      { start: 19, end: 28 },
      { start: 33, end: 45 },
    ]);
  });

  it('maxMatching finds a maximum matching where greedy would not', () => {
    // Left 0 prefers right 0, but left 1 can only take right 0.
    expect(maxMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
    expect(maxMatching([[0], [0], [1]], 2)).toEqual([0, -1, 1]);
  });
});

describe('matchEntities', () => {
  const gold: NamedEntity[] = [
    { type: 'organization', name: 'Badan Pusat Statistik', aliases: ['BPS'] },
    { type: 'location', name: 'Amerika Serikat', aliases: ['AS'] },
    { type: 'person', name: 'Hendra Wijayakusuma', aliases: ['Hendra'] },
    { type: 'location', name: 'Tiongkok' },
  ];
  it.each<[string, NamedEntity[], { tp: number; fp: number; fn: number }]>([
    ['exact names', gold.map((g) => ({ ...g })), { tp: 4, fp: 0, fn: 0 }],
    [
      'alias against name, case and spaces ignored',
      [
        { type: 'organization', name: 'bps' },
        { type: 'location', name: 'United States', aliases: ['Amerika  Serikat'] },
        { type: 'location', name: 'China', aliases: ['TIONGKOK'] },
      ],
      { tp: 3, fp: 0, fn: 1 },
    ],
    ['type must agree', [{ type: 'organization', name: 'Hendra Wijayakusuma' }], { tp: 0, fp: 1, fn: 4 }],
    [
      'one-to-one: a duplicate prediction is a false positive',
      [
        { type: 'organization', name: 'Badan Pusat Statistik', aliases: ['BPS'] },
        { type: 'organization', name: 'BPS' },
      ],
      { tp: 1, fp: 1, fn: 3 },
    ],
    [
      'longer name with a title is wrong',
      [{ type: 'person', name: 'Deputi BPS Hendra Wijayakusuma', aliases: [] }],
      { tp: 0, fp: 1, fn: 4 },
    ],
    ['nothing predicted', [], { tp: 0, fp: 0, fn: 4 }],
  ])('%s', (_, pred, want) => {
    expect(counts(matchEntities(gold, pred))).toEqual(want);
  });

  it('reports per type', () => {
    const m = matchEntities(gold, [
      { type: 'person', name: 'Hendra' },
      { type: 'person', name: 'Ekspor Oktober' },
      { type: 'location', name: 'AS' },
    ]);
    expect(m.byType).toEqual({
      person: { tp: 1, fp: 1, fn: 0 },
      organization: { tp: 0, fp: 0, fn: 1 },
      location: { tp: 1, fp: 0, fn: 1 },
    });
  });

  it('keeps matches one-to-one even when names are shared across entities', () => {
    // Both gold entities share the alias "Budi"; each prediction can take only one.
    const g: NamedEntity[] = [
      { type: 'person', name: 'Budi Arie Setiadi', aliases: ['Budi'] },
      { type: 'person', name: 'Budi Gunadi Sadikin', aliases: ['Budi'] },
    ];
    expect(counts(matchEntities(g, [{ type: 'person', name: 'Budi' }]))).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(
      counts(matchEntities(g, [{ type: 'person', name: 'Budi' }, { type: 'person', name: 'Budi Arie Setiadi' }])),
    ).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('matchMoney', () => {
  const gold = [
    { currency: 'USD', value: '24410000000', span: { start: 10, end: 31 } },
    { currency: 'IDR', range: { min: '10000000000', max: '15000000000' }, span: { start: 50, end: 65 } },
    { currency: 'IDR', value: '1500000000000', span: null }, // text not found in the article
  ];
  it.each<[string, Parameters<typeof matchMoney>[1], { tp: number; fp: number; fn: number }]>([
    [
      'all found (trailing-period span still overlaps)',
      [
        { currency: 'USD', value: '24410000000', start: 10, end: 31 },
        { currency: 'IDR', range: { min: '10000000000.0', max: '15000000000' }, start: 50, end: 66 },
      ],
      { tp: 2, fp: 0, fn: 1 },
    ],
    ['wrong currency', [{ currency: 'IDR', value: '24410000000', start: 10, end: 31 }], { tp: 0, fp: 1, fn: 3 }],
    ['wrong value', [{ currency: 'USD', value: '2441000000', start: 10, end: 31 }], { tp: 0, fp: 1, fn: 3 }],
    ['no overlap', [{ currency: 'USD', value: '24410000000', start: 31, end: 40 }], { tp: 0, fp: 1, fn: 3 }],
    [
      'range vs point',
      [{ currency: 'IDR', value: '10000000000', start: 50, end: 65 }],
      { tp: 0, fp: 1, fn: 3 },
    ],
    [
      'range max differs',
      [{ currency: 'IDR', range: { min: '10000000000', max: '16000000000' }, start: 50, end: 65 }],
      { tp: 0, fp: 1, fn: 3 },
    ],
    [
      'duplicate prediction',
      [
        { currency: 'USD', value: '24410000000', start: 10, end: 31 },
        { currency: 'USD', value: '24410000000', start: 12, end: 31 },
      ],
      { tp: 1, fp: 1, fn: 2 },
    ],
  ])('%s', (_, pred, want) => {
    expect(counts(matchMoney(gold, pred))).toEqual(want);
  });
});

describe('matchQuotes', () => {
  const text = 'Ekspor nonmigas Oktober 2024 tercatat 23,05 miliar dolar AS';
  const gold: GoldQuote[] = [
    { kind: 'direct', text, speaker: 'Hendra Wijayakusuma', span: { start: 100, end: 100 + text.length } },
    { kind: 'indirect', text: 'surplus Oktober lebih tinggi karena impor stabil', speaker: null, span: { start: 300, end: 348 } },
  ];
  const direct = (t: string, start: number, speaker: string | null): PredQuote => ({
    kind: 'direct',
    text: t,
    start,
    end: start + t.length,
    speaker,
  });
  it.each<[string, PredQuote[], { tp: number; fp: number; fn: number; speakerCorrect: number }]>([
    ['exact, right speaker', [direct(text, 100, 'hendra  wijayakusuma')], { tp: 1, fp: 0, fn: 0, speakerCorrect: 1 }],
    ['exact, wrong speaker', [direct(text, 100, 'Deputi Hendra Wijayakusuma')], { tp: 1, fp: 0, fn: 0, speakerCorrect: 0 }],
    // 8 of 9 words: Jaccard 0.889 >= 0.8
    ['one word short', [direct(text.replace(' AS', ''), 100, null)], { tp: 1, fp: 0, fn: 0, speakerCorrect: 0 }],
    // 5 of 9 words: 0.556 < 0.8
    ['half the words', [direct('Ekspor nonmigas Oktober 2024 tercatat', 100, null)], { tp: 0, fp: 1, fn: 1, speakerCorrect: 0 }],
    ['no overlap', [direct(text, 500, 'Hendra Wijayakusuma')], { tp: 0, fp: 1, fn: 1, speakerCorrect: 0 }],
    ['an indirect quote does not count as direct', [{ ...direct(text, 100, null), kind: 'indirect' }], { tp: 0, fp: 0, fn: 1, speakerCorrect: 0 }],
  ])('direct: %s', (_, pred, want) => {
    const m = matchQuotes(gold, pred, 'direct');
    expect({ ...counts(m), speakerCorrect: m.speakerCorrect }).toEqual(want);
  });

  it.each<[string, PredQuote, { tp: number; speakerCorrect: number }]>([
    // 4 of 7 words (Jaccard 4/7 = 0.571 >= 0.5), null speakers agree
    [
      'partial clause, null speaker',
      { kind: 'indirect', text: 'surplus Oktober lebih tinggi', start: 300, end: 328, speaker: null },
      { tp: 1, speakerCorrect: 1 },
    ],
    // 3 of 7 words: 0.43 < 0.5
    [
      'too short',
      { kind: 'indirect', text: 'surplus Oktober lebih', start: 300, end: 321, speaker: null },
      { tp: 0, speakerCorrect: 0 },
    ],
    [
      'named speaker where gold has none',
      { kind: 'indirect', text: gold[1]!.text, start: 300, end: 348, speaker: 'Hendra' },
      { tp: 1, speakerCorrect: 0 },
    ],
  ])('indirect: %s', (_, pred, want) => {
    const m = matchQuotes(gold, [pred], 'indirect');
    expect({ tp: m.tp, speakerCorrect: m.speakerCorrect }).toEqual(want);
    expect(m.pairs).toEqual(want.tp ? [[1, 0]] : []);
  });
});

describe('parseBio', () => {
  it('reads "token POS TAG" lines and maps types', () => {
    const content = [
      'Saya PRON O',
      'menganjurkan VERB O',
      'Prabowo PROPN B-PER',
      'Subianto PROPN I-PER',
      'dari ADP O',
      'PKB PROPN B-ORG',
      '. PUNCT O',
      '',
      '',
      'Di ADP O',
      'Jalur PROPN B-LOC',
      'Gaza PROPN I-LOC',
      '',
    ].join('\n');
    const sentences = parseBio(content);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.text).toBe('Saya menganjurkan Prabowo Subianto dari PKB .');
    expect(sentences[0]!.mentions).toEqual([
      { start: 18, end: 34, type: 'person' },
      { start: 40, end: 43, type: 'organization' },
    ]);
    expect(sentences[1]).toEqual({ tokens: ['Di', 'Jalur', 'Gaza'], text: 'Di Jalur Gaza', mentions: [{ start: 3, end: 13, type: 'location' }] });
  });

  it('reads token<TAB>TAG lines, NERGRIT types, CRLF, and ignores other types', () => {
    const content = 'Joko\tB-PERSON\r\nWidodo\tI-PERSON\r\ndi\tO\r\nIstana\tB-PLACE\r\nBogor\tI-PLACE\r\n2014\tB-DATE\r\nBI\tB-ORGANISATION\r\n';
    const [s] = parseBio(content);
    expect(s!.text).toBe('Joko Widodo di Istana Bogor 2014 BI');
    expect(s!.mentions).toEqual([
      { start: 0, end: 11, type: 'person' },
      { start: 15, end: 27, type: 'location' },
      { start: 33, end: 35, type: 'organization' },
    ]);
  });

  it.each<[string, string[], Array<[string, string]>]>([
    // tags, tokens -> expected mentions as [text, type]
    ['B B splits', ['B-PER', 'B-PER'], [['a', 'person'], ['b', 'person']]],
    ['I after O starts a mention', ['O', 'I-ORG'], [['b', 'organization']]],
    ['I of another type starts a new mention', ['B-PER', 'I-LOC'], [['a', 'person'], ['b', 'location']]],
    ['GPE is a location', ['B-GPE', 'I-GPE'], [['a b', 'location']]],
    ['unknown types are O', ['B-MISC', 'I-MISC'], []],
  ])('%s', (_, tags, want) => {
    const [s] = parseBio(`a ${tags[0]}\nb ${tags[1]}\n`);
    expect(s!.mentions.map((m) => [s!.text.slice(m.start, m.end), m.type])).toEqual(want);
  });

  it('honours the limit', () => {
    expect(parseBio('a O\n\nb O\n\nc O\n', 2).map((s) => s.text)).toEqual(['a', 'b']);
  });

  it.each<[string, string, string[]]>([
    // punctuation glued to a name's tokens is left out of the mention; balanced brackets stay
    ['wrapped', 'Widodo B-PER\n(Jokowi) B-PER\n', ['Widodo', 'Jokowi']],
    ['open in one token, closed in another', '(BPH B-ORG\nMigas) I-ORG\n', ['BPH Migas']],
    ['bracket and comma', 'Masduki B-PER\n(PDIP), B-ORG\n', ['Masduki', 'PDIP']],
    ['balanced inside', 'Partai B-ORG\nAmanat I-ORG\n(PAN) I-ORG\n', ['Partai Amanat (PAN)']],
    ['an abbreviation keeps its dot', 'S.A. B-ORG\n', ['S.A.']],
    ['quotes as tokens', '" B-PER\nDutch I-PER\n" I-PER\n', ['Dutch']],
  ])('%s', (_, content, want) => {
    const [s] = parseBio(content);
    expect(s!.mentions.map((m) => s!.text.slice(m.start, m.end))).toEqual(want);
  });
});

describe('matchSpans', () => {
  const gold: TypedSpan[] = [
    { start: 0, end: 11, type: 'person' },
    { start: 15, end: 27, type: 'location' },
  ];
  it.each<[string, TypedSpan[], { tp: number; fp: number; fn: number }]>([
    ['exact', gold, { tp: 2, fp: 0, fn: 0 }],
    ['boundary off by one', [{ start: 0, end: 10, type: 'person' }], { tp: 0, fp: 1, fn: 2 }],
    ['wrong type', [{ start: 15, end: 27, type: 'organization' }], { tp: 0, fp: 1, fn: 2 }],
    [
      'duplicates count once',
      [
        { start: 0, end: 11, type: 'person' },
        { start: 0, end: 11, type: 'person' },
      ],
      { tp: 1, fp: 0, fn: 1 },
    ],
  ])('%s', (_, pred, want) => {
    expect(counts(matchSpans(gold, pred))).toEqual(want);
  });

  it('counts per type', () => {
    const m = matchSpans(gold, [
      { start: 15, end: 27, type: 'organization' },
      { start: 0, end: 11, type: 'person' },
    ]);
    expect(m.byType).toEqual({
      person: { tp: 1, fp: 0, fn: 0 },
      organization: { tp: 0, fp: 1, fn: 0 },
      location: { tp: 0, fp: 0, fn: 1 },
    });
  });
});
