import type { MoneyWords } from '../types.js';

export const money: MoneyWords = {
  decimalMark: '.',
  scales: {
    // below a thousand: multiplies the number before ("two hundred")
    hundred: 2,
    thousand: 3, k: 3, million: 6, m: 6, mn: 6, mln: 6, mil: 6, billion: 9, bn: 9, b: 9, bln: 9,
    trillion: 12, tn: 12, tr: 12, trn: 12, quadrillion: 15,
    // South Asian scales
    lakh: 5, lakhs: 5, crore: 7, crores: 7,
    // Indonesian scale words quoted in English copy ("Rp 5 triliun")
    ribu: 3, juta: 6, miliar: 9, triliun: 12,
  },
  scaleAbbreviations: { M: 6, B: 9, K: 3, T: 12, MN: 6, BN: 9 },
  numberWords: {
    zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
    eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
    sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40',
    fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', half: '0.5', dozen: '12',
    // "a" is a number only in these phrases: "a pound of beef" is no money
    'a hundred': '100', 'a thousand': '1000', 'a million': '1000000', 'a billion': '1000000000',
    'a trillion': '1000000000000', 'half a': '0.5', 'a half': '0.5', 'a quarter': '0.25',
  },
  currencyWords: {
    dollars: 'USD', dollar: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD',
    'us dollar': 'USD',
    rupiah: 'IDR', rupiahs: 'IDR', euros: 'EUR', euro: 'EUR', pounds: 'GBP', pound: 'GBP', 'pounds sterling': 'GBP',
    sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', 'singapore dollars': 'SGD',
    'singapore dollar': 'SGD', 'australian dollars': 'AUD', 'australian dollar': 'AUD',
    'hong kong dollars': 'HKD', 'hong kong dollar': 'HKD', 'canadian dollars': 'CAD', 'new zealand dollars': 'NZD',
    'taiwan dollars': 'TWD', 'new taiwan dollars': 'TWD', ringgit: 'MYR', riyals: 'SAR', riyal: 'SAR',
    'saudi riyals': 'SAR', 'qatari riyals': 'QAR', won: 'KRW', rupees: 'INR', rupee: 'INR', baht: 'THB',
    pesos: 'PHP', peso: 'PHP', dong: 'VND', 'swiss francs': 'CHF', francs: 'CHF', dirhams: 'AED', dirham: 'AED',
    roubles: 'RUB', rubles: 'RUB', lira: 'TRY',
  },
  qualifiers: {
    about: 'approximately', around: 'approximately', approximately: 'approximately', roughly: 'approximately',
    nearly: 'approximately', almost: 'approximately', some: 'approximately', estimated: 'approximately',
    'an estimated': 'approximately', 'close to': 'approximately', 'more than': 'more than',
    'over': 'more than', 'above': 'more than', 'in excess of': 'more than', 'upwards of': 'more than',
    'just over': 'more than', 'at least': 'at least', 'no less than': 'at least', 'not less than': 'at least',
    'a minimum of': 'at least', 'less than': 'less than', 'under': 'less than', 'below': 'less than',
    'fewer than': 'less than', 'just under': 'less than', 'at most': 'at most', 'no more than': 'at most',
    'not more than': 'at most', 'a maximum of': 'at most', 'up to': 'up to', 'as much as': 'up to',
    'as high as': 'up to',
  },
  rangeWords: ['-', '–', '—', 'to'],
  betweenWords: [['between', 'and'], ['from', 'to']],
  perWords: ['per', 'a', 'an', '/'],
  equivalenceCues: [
    'or about', 'or around', 'or roughly', 'or approximately', 'or nearly', 'or some', 'equivalent to',
    'or the equivalent of', 'the equivalent of', 'worth about', 'or', '=',
  ],
  changeCues: [
    'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'increased',
    'increase', 'increases', 'increasing', 'decreased', 'decrease', 'decreases', 'raised', 'raise', 'raises',
    'cut', 'cuts', 'jumped', 'jumps', 'climbed', 'climbs', 'dropped', 'drops', 'declined', 'declines', 'grew',
    'grows', 'grown', 'up', 'down', 'slashed', 'lowered', 'hiked', 'surged', 'soared', 'plunged', 'slipped',
    'widened', 'narrowed', 'boosted', 'reduced', 'expanded', 'shrank', 'doubled', 'tripled', 'tumbled',
    'slumped', 'edged', 'changed', 'revised', 'went', 'gone', 'moved',
  ],
  minorUnits: {
    cents: ['USD', 2], cent: ['USD', 2], 'us cents': ['USD', 2], 'u.s. cents': ['USD', 2],
    pence: ['GBP', 2], 'euro cents': ['EUR', 2], sen: ['MYR', 2],
  },
  perStops: ['ago', 'earlier', 'later', 'before', 'after', 'since', 'prior', 'back'],
  yearCues: ['in', 'since', 'during', 'until', 'till', 'by', 'through', 'early', 'late', 'mid', 'year', 'fiscal', 'of'],
  countNouns: [
    'people', 'persons', 'residents', 'users', 'customers', 'passengers', 'vehicles', 'tons', 'tonnes',
    'barrels', 'hectares', 'km', 'miles', 'percent', 'shares', 'times', 'years', 'months', 'days', 'votes',
    'patients', 'students', 'tourists', 'workers', 'families', 'doses', 'units', 'homes', 'subscribers',
  ],
};
