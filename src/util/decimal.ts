/**
 * decimal.js, typed for NodeNext: the package's ESM build default-exports the class, but
 * its single .d.ts describes the CommonJS shape, so TypeScript sees a namespace. This
 * module gives the rest of the code the class with the right type.
 */
import DecimalModule from 'decimal.js';
import type { Decimal as DecimalClass } from 'decimal.js';

export const Decimal = DecimalModule as unknown as typeof DecimalClass;
export type Decimal = DecimalClass;
