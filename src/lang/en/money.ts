import type { MoneyWords } from '../types.js';

export const money: MoneyWords = {
  decimalMark: '.',
  scales: {
    thousand: 3, k: 3, million: 6, m: 6, mn: 6, mln: 6, mil: 6, billion: 9, bn: 9, b: 9, bln: 9,
    trillion: 12, tn: 12, tr: 12, trn: 12, quadrillion: 15,
    // Indonesian scale words quoted in English copy ("Rp 5 triliun")
    ribu: 3, juta: 6, miliar: 9, triliun: 12,
  },
  scaleAbbreviations: { M: 6, B: 9, K: 3, T: 12, MN: 6, BN: 9 },
  numberWords: {
    zero: '0', one: '1', a: '1', an: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
    eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30',
    forty: '40', fifty: '50', hundred: '100', half: '0.5', dozen: '12', 'a half': '0.5', 'a quarter': '0.25',
    several: '', hundreds: '100', tens: '10',
  },
  currencyWords: {
    dollars: 'USD', dollar: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD',
    rupiah: 'IDR', rupiahs: 'IDR', euros: 'EUR', euro: 'EUR', pounds: 'GBP', pound: 'GBP', 'pounds sterling': 'GBP',
    sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', 'singapore dollars': 'SGD',
    'singapore dollar': 'SGD', 'australian dollars': 'AUD', 'australian dollar': 'AUD',
    'hong kong dollars': 'HKD', 'canadian dollars': 'CAD', 'new zealand dollars': 'NZD',
    'taiwan dollars': 'TWD', ringgit: 'MYR', riyals: 'SAR', riyal: 'SAR', won: 'KRW', rupees: 'INR',
    rupee: 'INR', baht: 'THB', pesos: 'PHP', peso: 'PHP', dong: 'VND', 'swiss francs': 'CHF', francs: 'CHF',
    dirhams: 'AED', dirham: 'AED', roubles: 'RUB', rubles: 'RUB', lira: 'TRY',
  },
  qualifiers: {
    about: 'approximately', around: 'approximately', approximately: 'approximately', roughly: 'approximately',
    nearly: 'approximately', almost: 'approximately', some: 'approximately', estimated: 'approximately',
    'an estimated': 'approximately', 'close to': 'approximately', 'more than': 'more than',
    'over': 'more than', 'above': 'more than', 'in excess of': 'more than', 'at least': 'at least',
    'less than': 'less than', 'under': 'less than', 'below': 'less than', 'fewer than': 'less than',
    'at most': 'at most', 'up to': 'up to', 'as much as': 'up to', 'as high as': 'up to',
  },
  rangeWords: ['-', '–', '—', 'to'],
  betweenWords: [['between', 'and'], ['from', 'to']],
  perWords: ['per', 'a', 'an', '/'],
  equivalenceCues: ['or about', 'or around', 'or roughly', 'or approximately', 'or nearly', 'or some', 'equivalent to', 'worth about', 'or'],
  countNouns: [
    'people', 'persons', 'residents', 'users', 'customers', 'passengers', 'vehicles', 'tons', 'tonnes',
    'barrels', 'hectares', 'km', 'miles', 'percent', 'shares', 'times', 'years', 'months', 'days', 'votes',
    'patients', 'students', 'tourists', 'workers', 'families', 'doses', 'units', 'homes', 'subscribers',
  ],
};
