/**
 * Numbers as written in English and Indonesian news: "1.234.567,89", "1,234,567.89",
 * "127.9", "8,2". Which mark is the decimal one is decided from the digit groups first
 * and from the language only when the groups leave it open.
 */
import { Decimal as BaseDecimal } from '../../util/decimal.js';

export type DecimalMark = ',' | '.';

/**
 * decimal.js with room for long digit strings: arithmetic rounds to `precision` significant
 * digits (20 by default), and money values must stay exact.
 */
export const Decimal = BaseDecimal.clone({ precision: 100 });
export type Decimal = BaseDecimal;

const ASCII_NUMBER = /^[0-9]+(?:[.,][0-9]+)*$/;

/**
 * Parse a number token. `scaled` says a scale word follows ("1,500 miliar"), which makes a
 * lone separator before three digits more likely a decimal mark in a language that uses
 * it that way. Returns null for digit strings that are no well-formed number ("1.2.3").
 */
export function parseNumber(
  token: string,
  decimalMark: DecimalMark,
  scaled: boolean,
  documentMark?: DecimalMark,
): Decimal | null {
  // The tokenizer takes any Unicode digit ("①", "٣"); only ASCII digits are read as numbers.
  if (!ASCII_NUMBER.test(token)) return null;
  const dots = count(token, '.');
  const commas = count(token, ',');
  if (dots === 0 && commas === 0) return new Decimal(token);

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimal = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(token, decimal) !== 1) return null;
    const [whole, fraction] = token.split(decimal) as [string, string];
    if (!wellGrouped(whole, group)) return null;
    return new Decimal(`${whole.split(group).join('')}.${fraction}`);
  }

  const mark: DecimalMark = dots > 0 ? '.' : ',';
  const parts = token.split(mark);
  if (parts.length > 2) {
    // "1.234.567": a repeated mark groups thousands.
    return wellGrouped(token, mark) ? new Decimal(parts.join('')) : null;
  }
  const [whole, fraction] = parts as [string, string];
  // "1.500" / "1,500": three digits after a lone mark. A scale word after it ("1,500 miliar")
  // makes the preferred decimal mark (the document's, else the language's) a decimal; without
  // one it is a decimal only when the document writes its amounts that way ("$6.98").
  const decimal =
    fraction.length !== 3 ||
    whole === '0' ||
    whole.length > 3 ||
    (scaled ? mark === (documentMark ?? decimalMark) : mark === documentMark);
  return new Decimal(decimal ? `${whole}.${fraction}` : `${whole}${fraction}`);
}

/**
 * The decimal mark a number token shows beyond doubt, or null: "2.50" -> ".", "1.234.567" ->
 * ",", "1.234,5" -> ",", but "1.500" (thousands or three decimals) -> null.
 */
export function decimalMarkOf(token: string): DecimalMark | null {
  if (!ASCII_NUMBER.test(token)) return null;
  const dots = count(token, '.');
  const commas = count(token, ',');
  if (dots > 0 && commas > 0) return token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
  const mark: DecimalMark = dots > 0 ? '.' : ',';
  const parts = token.split(mark);
  if (parts.length > 2) return wellGrouped(token, mark) ? (mark === '.' ? ',' : '.') : null;
  if (parts.length === 2 && parts[1]!.length !== 3) return mark;
  return null;
}

/** "1.500", "1,500": one mark before exactly three digits, read by `parseNumber` from context. */
export function isAmbiguous(token: string): boolean {
  const dot = token.indexOf('.');
  const comma = token.indexOf(',');
  if ((dot < 0) === (comma < 0)) return false;
  const at = dot < 0 ? comma : dot;
  return token.length - at === 4 && at <= 3 && token.lastIndexOf(token[at]!) === at && !token.startsWith('0');
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === char) n++;
  return n;
}

/** "1.234.567" with mark ".": first group 1-3 digits, the rest exactly 3. */
function wellGrouped(whole: string, mark: string): boolean {
  const groups = whole.split(mark);
  if (groups.length === 1) return true;
  if (groups[0]!.length < 1 || groups[0]!.length > 3) return false;
  return groups.slice(1).every((g) => g.length === 3);
}

/** A Decimal as a plain decimal string: no exponent, no trailing zeros. */
export function decimalString(value: Decimal): string {
  return value.toFixed();
}
