/**
 * One analysis to the text printed for it, in each output format. Runs where the analysis
 * was made (a worker thread, or the main thread), so the main thread only writes.
 */
import { Chalk } from 'chalk';
import type { Analysis } from '../schema.js';
import { csvRows } from './csv.js';
import { renderTable } from './table.js';

export type Format = 'table' | 'json' | 'ndjson' | 'csv';

export interface RenderOptions {
  /** `none` prints nothing per document (summary only). */
  format: Format | 'none';
  columns: number;
  colorLevel: 0 | 1;
}

/**
 * JSON text of a value: JSON.stringify already escapes control characters and lone
 * surrogates; U+2028 and U+2029 are escaped too, because some line readers split on them.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

export function renderAnalysis(a: Analysis, options: RenderOptions): string {
  switch (options.format) {
    case 'ndjson':
      return `${safeJson(a)}\n`;
    case 'json':
      return safeJson(a, 2);
    case 'csv':
      return csvRows(a);
    case 'table':
      return `${renderTable(a, new Chalk({ level: options.colorLevel }), options.columns)}\n`;
    case 'none':
      return '';
  }
}
