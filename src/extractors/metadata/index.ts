/**
 * Wire-story metadata: source URL, dateline, reporter and editor. Returns the metadata and
 * the spans of the label lines it consumed, which the entity pass leaves alone.
 */
import type { Document } from '../../document.js';
import type { Lang } from '../../lang/types.js';
import type { Metadata } from '../../schema.js';
import { alternation, perKey } from '../../util/regex.js';
import { AGENCIES } from './agencies.js';

export interface MetadataResult {
  metadata: Metadata;
  /** [start, end) spans of names the labels introduced (reporter, editor): not article entities. */
  reserved: Array<[number, number]>;
  /** [start, end) of the agency in the dateline ("ANTARA", "KOMPAS.com"), when there is one. */
  agency?: [number, number];
}

const HEAD_CHARS = 400;
/** A capitalised name on one line ("Livia Kristianti", "Jane O'Neil") that stops before `stop`. */
const name = (stop: string) =>
  String.raw`\p{Lu}[\p{L}.'’\-]*(?:${stop}[ \t]+(?:\p{Lu}[\p{L}.'’\-]*|bin|binti|van|de|al))*`;

const compile = perKey((lang: Lang) => {
  const labels = [...lang.metadata.sourceLabels, ...lang.metadata.reporterLabels, ...lang.metadata.editorLabels];
  const labelName = name(`(?![ \\t]+(?:${alternation(labels)})\\b)`);
  // A label with a colon may stand anywhere ("... Pewarta: X Editor: Y"); one without starts
  // a line or follows a semicolon or bracket ("; Editing by X"), never a sentence ("By Friday").
  const labelled = (words: string[], colon: boolean) =>
    new RegExp(
      `${colon ? '(?:^|\\s)' : '(?:^|\\n|[;(][ \\t]*)[ \\t]*'}(?:${alternation(words)})${colon ? '[ \\t]*:' : '(?:[ \\t]*:)?'}[ \\t]*(${labelName})`,
      'gu',
    );
  return {
    source: new RegExp(`(?:^|\\s)(?:${alternation(lang.metadata.sourceLabels)})[ \\t]*:[ \\t]*(https?://\\S+)`, 'u'),
    reporter: labelled(lang.metadata.reporterLabels, lang.metadata.labelsNeedColon),
    editor: labelled(lang.metadata.editorLabels, lang.metadata.labelsNeedColon),
    dateline: new RegExp(
      String.raw`^(?:\S+:[ \t]*https?://\S+\s+)?(?:(\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,3})` +
        String.raw`(?:,[ \t]*((?:\p{Lu}\p{Ll}+\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+\p{Lu}\p{Ll}+)(?:,?[ \t]+\d{4})?))?[ \t]*)?` +
        String.raw`(?:\((${alternation(AGENCIES)})\)|,?[ \t]*(${alternation(AGENCIES)}))[ \t]*[-–—]`,
      'mu',
    ),
    // "Jakarta - Pemerintah ...": a place and a dash opening a line, no agency named.
    placeDateline: /^(\p{Lu}[\p{L}.'’]*(?:[ \t]+\p{Lu}[\p{L}.'’]*){0,2})[ \t]+(?:--?|[–—])[ \t]+\p{Lu}/mu,
    // A URL alone on its line.
    bareUrl: /^[ \t]*(https?:\/\/\S+)[ \t]*$/mu,
  };
});

/** "JAKARTA" -> "Jakarta"; names already in mixed case stay as written. */
function placeName(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s\-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** One word named like an outlet: "Rimanews", "JUARA.NET", "DailySocial", or a known one ("Okezone"). */
const OUTLET_WORD = /^(?:\p{L}+(?:news|post|times|online|daily)|[\p{L}\p{N}]+\.(?:com|net|id|co\.id))$/iu;
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
const outlet = (name: string) => OUTLET_WORD.test(name) || CAMEL_CASE.test(name) || AGENCIES.includes(name);

export function extractMetadata(doc: Document): MetadataResult {
  const { text } = doc;
  const patterns = compile(doc.lang);
  const reserved: Array<[number, number]> = [];

  const url = (patterns.source.exec(text) ?? patterns.bareUrl.exec(text))?.[1]?.replace(/[).,;]+$/, '') ?? null;

  let dateline: Metadata['dateline'] = null;
  const head = text.slice(0, HEAD_CHARS);
  const d = patterns.dateline.exec(head);
  let agency: [number, number] | undefined;
  if (d) {
    const name = d[3] ?? d[4] ?? null;
    dateline = { place: d[1] ? placeName(d[1]) : null, agency: name, date: d[2] ?? null };
    if (name) {
      const start = d.index + d[0].lastIndexOf(name);
      agency = [start, start + name.length];
    }
  } else {
    const p = patterns.placeDateline.exec(head);
    // "Rimanews - ...": an outlet's name opening the story is its source, not a place.
    if (p && outlet(p[1]!)) {
      dateline = { place: null, agency: p[1]!, date: null };
      agency = [p.index, p.index + p[1]!.length];
    } else if (p) dateline = { place: placeName(p[1]!), agency: null, date: null };
  }

  const lastMatch = (re: RegExp): string | null => {
    let found: RegExpExecArray | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) found = m;
    if (!found) return null;
    const name = found[1]!.replace(/[.,;]+$/, '').trim();
    const start = found.index + found[0].lastIndexOf(found[1]!);
    reserved.push([start, start + name.length]);
    return name;
  };
  const reporter = lastMatch(patterns.reporter);
  const editor = lastMatch(patterns.editor);

  return { metadata: { url, dateline, reporter, editor }, reserved, ...(agency ? { agency } : {}) };
}
