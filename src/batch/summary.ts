/**
 * The corpus summary: documents per language, the entities met in most documents, the
 * speakers quoted most, money added up per currency, and every input that failed.
 * Built from digests as results arrive; memory grows with the number of distinct entity
 * and speaker names, not with the documents.
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { clean } from '../output/table.js';
import { Decimal } from '../util/decimal.js';
import type { Digest } from './digest.js';

export interface Summary {
  documents: number;
  failed: number;
  bytes: number;
  chars: number;
  languages: Record<string, number>;
  encodings: Record<string, number>;
  entities: Array<{ type: string; name: string; documents: number; mentions: number }>;
  speakers: Array<{ name: string; quotes: number; documents: number }>;
  money: Array<{ currency: string; amounts: number; total: string; ranges: number; rates: number }>;
  errors: Array<{ source: string; message: string }>;
}

interface Tally {
  documents: number;
  count: number;
}

const ERRORS_KEPT = 1000;

export class SummaryBuilder {
  private documents = 0;
  private failed = 0;
  private bytes = 0;
  private chars = 0;
  private readonly languages = new Map<string, number>();
  private readonly encodings = new Map<string, number>();
  private readonly entities = new Map<string, Tally>();
  private readonly speakers = new Map<string, Tally>();
  private readonly money = new Map<string, { amounts: number; total: Decimal; ranges: number; rates: number }>();
  private readonly errors: Summary['errors'] = [];

  constructor(private readonly top = 20) {}

  add(d: Digest, bytes: number): void {
    this.documents++;
    this.bytes += bytes;
    this.chars += d.chars;
    bump(this.languages, d.language);
    if (d.encoding) bump(this.encodings, d.encoding);
    for (const [type, name, mentions] of d.entities) tally(this.entities, `${type}\t${name}`, mentions);
    for (const [name, quotes] of d.speakers) tally(this.speakers, name, quotes);
    for (const [currency, value] of d.amounts) {
      const m = this.currency(currency);
      m.amounts++;
      m.total = m.total.plus(value);
    }
    for (const [currency, kind] of d.uncounted) {
      const m = this.currency(currency);
      if (kind === 'range') m.ranges++;
      else m.rates++;
    }
  }

  fail(source: string, message: string): void {
    this.failed++;
    if (this.errors.length < ERRORS_KEPT) this.errors.push({ source, message });
  }

  private currency(code: string) {
    let m = this.money.get(code);
    if (!m) this.money.set(code, (m = { amounts: 0, total: new Decimal(0), ranges: 0, rates: 0 }));
    return m;
  }

  result(): Summary {
    return {
      documents: this.documents,
      failed: this.failed,
      bytes: this.bytes,
      chars: this.chars,
      languages: Object.fromEntries([...this.languages].sort(byCountThenKey)),
      encodings: Object.fromEntries([...this.encodings].sort(byCountThenKey)),
      entities: topOf(this.entities, this.top).map(([key, t]) => {
        const [type, name] = key.split('\t') as [string, string];
        return { type, name, documents: t.documents, mentions: t.count };
      }),
      speakers: topOf(this.speakers, this.top).map(([name, t]) => ({ name, quotes: t.count, documents: t.documents })),
      money: [...this.money]
        .sort((a, b) => b[1].amounts - a[1].amounts || (a[0] < b[0] ? -1 : 1))
        .map(([currency, m]) => ({ currency, amounts: m.amounts, total: m.total.toFixed(), ranges: m.ranges, rates: m.rates })),
      errors: this.errors,
    };
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function tally(map: Map<string, Tally>, key: string, count: number): void {
  const t = map.get(key);
  if (t) {
    t.documents++;
    t.count += count;
  } else map.set(key, { documents: 1, count });
}

function byCountThenKey(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** The `n` largest by documents, then count, then key: deterministic. */
function topOf(map: Map<string, Tally>, n: number): Array<[string, Tally]> {
  return [...map]
    .sort((a, b) => b[1].documents - a[1].documents || b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n);
}

function group(value: string | number): string {
  const s = String(value);
  const [int, frac] = s.split('.') as [string, string | undefined];
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

function table(head: string[], c: ChalkInstance, widths: number[]): Table.Table {
  return new Table({ head: head.map((h) => c.bold(h)), colWidths: widths, wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [] } });
}

function fit(columns: number, weights: number[]): number[] {
  const MIN = 6;
  const spare = Math.max(0, columns - (weights.length + 1) - MIN * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => MIN + Math.floor((spare * w) / sum));
}

export function renderSummary(s: Summary, c: ChalkInstance, columns = 80): string {
  const out: string[] = [];
  const langs = Object.entries(s.languages).map(([k, v]) => `${k} ${group(v)}`).join(', ');
  out.push(c.bold.underline('corpus') + c.dim(`  ${group(s.documents)} documents${langs ? ` (${langs})` : ''} · ${(s.bytes / 1e6).toFixed(1)} MB · ${group(s.failed)} failed`));
  if (s.entities.length) {
    const t = table(['type', 'entity', 'docs', 'mentions'], c, fit(columns, [2, 8, 2, 2]));
    const label: Record<string, string> = { person: c.cyan('person'), organization: c.magenta('org'), location: c.green('place') };
    for (const e of s.entities) t.push([label[e.type] ?? e.type, clean(e.name), group(e.documents), group(e.mentions)]);
    out.push(t.toString());
  }
  if (s.speakers.length) {
    const t = table(['speaker', 'quotes', 'docs'], c, fit(columns, [8, 2, 2]));
    for (const q of s.speakers) t.push([c.cyan(clean(q.name)), group(q.quotes), group(q.documents)]);
    out.push(t.toString());
  }
  if (s.money.length) {
    const t = table(['currency', 'amounts', 'total of amounts', 'ranges', 'rates'], c, fit(columns, [2, 2, 8, 2, 2]));
    for (const m of s.money) t.push([m.currency, group(m.amounts), c.yellow(group(m.total)), group(m.ranges), group(m.rates)]);
    out.push(t.toString());
  }
  if (s.errors.length) {
    const t = table(['failed input', 'reason'], c, fit(columns, [6, 6]));
    const shown = s.errors.slice(0, 20);
    for (const e of shown) t.push([clean(e.source), clean(e.message)]);
    out.push(t.toString());
    if (s.failed > shown.length) out.push(c.dim(`… and ${group(s.failed - shown.length)} more (see stderr)`));
  }
  return `${out.join('\n')}\n`;
}
