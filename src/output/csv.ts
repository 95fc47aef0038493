/**
 * CSV for spreadsheets: one row per extracted item (RFC 4180 quoting).
 */
import type { Analysis } from '../schema.js';

export const CSV_HEADER = ['document', 'kind', 'type', 'text', 'start', 'end', 'value', 'currency', 'speaker'];

function field(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRows(a: Analysis): string {
  const doc = a.id ?? a.source ?? '';
  const rows: unknown[][] = [];
  for (const e of a.entities ?? []) {
    for (const m of e.mentions) rows.push([doc, 'entity', e.type, m.text, m.start, m.end, e.name, '', '']);
  }
  for (const m of a.money ?? []) {
    rows.push([doc, 'money', m.range ? 'range' : 'amount', m.text, m.start, m.end, m.value ?? `${m.range!.min}-${m.range!.max}`, m.currency, '']);
  }
  for (const q of a.quotes ?? []) rows.push([doc, 'quote', q.kind, q.text, q.start, q.end, '', '', q.speaker.name ?? '']);
  return rows.map((r) => `${r.map(field).join(',')}\r\n`).join('');
}

export function csvHeader(): string {
  return `${CSV_HEADER.join(',')}\r\n`;
}
