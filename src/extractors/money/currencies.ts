/**
 * Language-neutral currency marks: symbols and ISO codes written before or after a number.
 * Currency words ("rupiah", "dolar AS", "dollars") are language data in src/lang/<code>/.
 */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  Rp: 'IDR', 'Rp.': 'IDR', RP: 'IDR',
  US$: 'USD', 'U.S.$': 'USD', $: 'USD', USD$: 'USD',
  S$: 'SGD', SG$: 'SGD', A$: 'AUD', AU$: 'AUD', HK$: 'HKD', NZ$: 'NZD', C$: 'CAD', CA$: 'CAD', NT$: 'TWD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '元': 'CNY', RMB: 'CNY', RM: 'MYR', '₩': 'KRW', '₹': 'INR', Rs: 'INR',
  'Rs.': 'INR', '฿': 'THB', '₱': 'PHP', '₫': 'VND', '₽': 'RUB', '₺': 'TRY', SR: 'SAR', Dhs: 'AED', Fr: 'CHF',
};

/** ISO 4217 codes recognised when written as a code, before or after the number. */
export const CURRENCY_CODES = [
  'IDR', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'SGD', 'AUD', 'MYR', 'SAR', 'KRW', 'HKD', 'INR', 'THB', 'PHP',
  'VND', 'CHF', 'CAD', 'NZD', 'TWD', 'AED', 'RUB', 'TRY', 'BRL', 'ZAR', 'MXN', 'SEK', 'NOK', 'DKK', 'QAR',
  'KWD', 'BND', 'CNH',
];

/**
 * Codes that are also common words or names before a number ("PHP 8.2" is a programming
 * language): recognised only after the number ("500 PHP"), never in front of it.
 */
export const CODES_AFTER_ONLY = new Set(['PHP']);
