/**
 * Tables for people: one section per extractor, wrapped to the terminal width (80 columns
 * when unknown). Article text is stripped of control characters so a hostile file cannot
 * drive the user's terminal. Colour comes from the caller's chalk instance.
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Analysis } from '../schema.js';

/**
 * Terminal escape sequences, whole: CSI (ESC [ or 0x9B ... final byte), OSC, DCS, SOS,
 * PM and APC strings (ESC ] ... BEL or ST, at most to the end of the line), and two-byte
 * ESC sequences; other C0/C1 controls are dropped one by one. Removing only the
 * ESC byte would leave "[31m" or a hyperlink's URL in the table.
 */
const ESCAPES = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|\u001b[\]PX^_][^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe for a terminal: no escape sequences, control or bidi characters; one line. */
export function clean(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

function table(head: string[], widths: number[], c: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
}

/** Split `total` columns (borders included) across relative weights, each at least 6. */
function widths(total: number, weights: number[]): number[] {
  const MIN = 6;
  const spare = Math.max(0, total - (weights.length + 1) - MIN * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => MIN + Math.floor((spare * w) / sum));
}

function amount(m: NonNullable<Analysis['money']>[number]): string {
  const value = m.value ?? `${m.range!.min} – ${m.range!.max}`;
  return `${m.currency} ${value.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

export function renderTable(a: Analysis, c: ChalkInstance, columns = 80): string {
  const out: string[] = [];
  const title = a.source ?? a.id ?? 'document';
  out.push(c.bold.underline(clean(`${title}`)) + c.dim(`  ${a.language} · ${a.chars} chars`));

  if (a.metadata) {
    const m = a.metadata;
    const rows: Array<[string, string]> = [];
    if (m.url) rows.push(['source', m.url]);
    if (m.dateline) rows.push(['dateline', [m.dateline.place, m.dateline.date, m.dateline.agency && `(${m.dateline.agency})`].filter(Boolean).join(' ')]);
    if (m.reporter) rows.push(['reporter', m.reporter]);
    if (m.editor) rows.push(['editor', m.editor]);
    if (rows.length) {
      const t = table(['metadata', ''], widths(columns, [1, 4]), c);
      for (const [k, v] of rows) t.push([c.dim(k), clean(v)]);
      out.push(t.toString());
    }
  }
  if (a.entities) {
    if (a.entities.length === 0) out.push(c.dim('entities: none'));
    else {
      const t = table(['type', 'entity', 'aliases / roles', 'n'], widths(columns, [2, 6, 8, 1]), c);
      const label = { person: c.cyan('person'), organization: c.magenta('org'), location: c.green('place') };
      for (const e of a.entities) {
        const extra = [...e.aliases.map(clean), ...e.roles.map((r) => c.dim(clean(r)))].join('; ');
        t.push([label[e.type], clean(e.name), extra, String(e.count)]);
      }
      out.push(t.toString());
    }
  }
  if (a.money) {
    if (a.money.length === 0) out.push(c.dim('money: none'));
    else {
      const t = table(['as written', 'amount', 'notes'], widths(columns, [5, 5, 5]), c);
      const byId = new Map(a.money.map((m) => [m.id, m]));
      for (const m of a.money) {
        const notes = [
          m.qualifier,
          m.per && `per ${m.per}`,
          m.equivalentTo && `= ${byId.get(m.equivalentTo)?.text ?? m.equivalentTo}`,
          m.impliedRate && `rate ${m.impliedRate.value} ${m.impliedRate.currency}/${m.impliedRate.per}${m.rateOutlier ? ' (outlier)' : ''}`,
        ].filter(Boolean);
        t.push([clean(m.text), c.yellow(amount(m)), clean(notes.join('; '))]);
      }
      out.push(t.toString());
    }
  }
  if (a.quotes) {
    if (a.quotes.length === 0) out.push(c.dim('quotes: none'));
    else {
      const t = table(['speaker', 'quote', 'cue'], widths(columns, [4, 12, 3]), c);
      for (const q of a.quotes) {
        const mark = q.kind === 'direct' ? `“${clean(q.text)}${q.unclosed ? '' : '”'}` : c.italic(clean(q.text));
        t.push([c.cyan(clean(q.speaker.name ?? '?')), mark, c.dim(clean(q.cue?.text ?? ''))]);
      }
      out.push(t.toString());
    }
  }
  return `${out.join('\n')}\n`;
}
