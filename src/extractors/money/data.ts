/**
 * Money language data beyond the shared `MoneyWords` type (src/lang/types.ts). The fields
 * are optional so that a language without them still works; they belong in `MoneyWords`
 * the next time that shared file is edited.
 */
import type { MoneyWords } from '../../lang/types.js';

export interface MoneyWordsExtra {
  /**
   * Verbs of change. Right before "from"/"dari" ("rose from $5 to $7", "naik dari ... hingga
   * ...") they make the two amounts a before and an after, not a range; right before "hingga"
   * ("anjlok hingga Rp 12.000") they make it "to", not "up to". Lower case.
   */
  changeCues?: string[];
  /**
   * Words right after the unit of a would-be rate that show it is a time phrase instead:
   * "$5 billion a week ago" is no rate "per week". Lower case.
   */
  perStops?: string[];
  /**
   * Words right before a bare four-digit number that make it a year, not an amount:
   * "sepanjang 2018 rupiah melemah", "in 2020 dollar debt grew". Lower case.
   */
  yearCues?: string[];
  /**
   * Minor-unit words after a number -> [ISO 4217 code, decimal places]: "94 cents" is
   * USD 0.94. Lower case.
   */
  minorUnits?: Record<string, [string, number]>;
}

export type MoneyData = MoneyWords & MoneyWordsExtra;
