/**
 * The pipeline: text -> Document -> metadata, money, entities, quotes -> Analysis.
 * Pure: no I/O, no globals but the gazetteers loaded once per process.
 */
import { buildDocument } from './document.js';
import { extractEntities, finalizeEntities } from './extractors/entities/index.js';
import { EntityIndex } from './extractors/entities/link.js';
import { extractMetadata } from './extractors/metadata/index.js';
import { extractMoney } from './extractors/money/index.js';
import { extractQuotes } from './extractors/quotes/index.js';
import { detectLanguageOfWords } from './lang/detect.js';
import { LANGS, type LangCode } from './lang/index.js';
import { type Analysis, SCHEMA_VERSION } from './schema.js';
import { type Detokenized, detokenize, looksTokenized, originSpan } from './util/tokenized.js';

export const EXTRACTORS = ['metadata', 'entities', 'money', 'quotes'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

export interface AnalyzeOptions {
  /** Language of the text; 'auto' (default) detects it. */
  lang?: LangCode | 'auto';
  /** Extractors to run; default all. Quotes need entities, which then run but are not reported. */
  only?: readonly ExtractorName[];
  /** Record id carried to the output (NDJSON input). */
  id?: string | null;
  /** Where the text came from: a path, "-" for stdin. */
  source?: string | null;
  /**
   * The text is tokens joined by spaces ("Joko Widodo , kata dia ."): it is analysed as
   * running text and offsets are given in the text as passed. 'auto' (default) detects it.
   */
  tokenized?: boolean | 'auto';
}

/** An analysis of a document: its language is known (only a failed input's record has none). */
export type DocumentAnalysis = Analysis & { language: LangCode };

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const tokenized = options.tokenized ?? 'auto';
  if (tokenized === true || (tokenized === 'auto' && looksTokenized(text))) {
    const running = detokenize(text);
    const analysis = analyzeText(running.text, options);
    analysis.chars = text.length;
    return inInput(analysis, running, text);
  }
  return analyzeText(text, options);
}

function analyzeText(text: string, options: AnalyzeOptions): DocumentAnalysis {
  const only = new Set(options.only ?? EXTRACTORS);
  if (options.lang && options.lang !== 'auto' && !(options.lang in LANGS)) {
    throw new TypeError(`unknown language "${String(options.lang)}": use ${Object.keys(LANGS).join(', ')} or auto`);
  }
  const doc = buildDocument(text, !options.lang || options.lang === 'auto' ? (tokens) => LANGS[detectLanguageOfWords(tokens)] : LANGS[options.lang]);
  const code = doc.lang.code;
  const analysis: DocumentAnalysis = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? null,
    source: options.source ?? null,
    language: code,
    chars: text.length,
    errors: [],
  };

  const meta = extractMetadata(doc);
  if (only.has('metadata')) analysis.metadata = meta.metadata;

  const money = only.has('money') || only.has('entities') || only.has('quotes') ? extractMoney(doc) : [];
  if (only.has('money')) analysis.money = money;

  if (only.has('entities') || only.has('quotes')) {
    const reserved: Array<[number, number]> = [...meta.reserved, ...money.map((m): [number, number] => [m.start, m.end])];
    const known = meta.agency ? [{ type: 'organization' as const, start: meta.agency[0], end: meta.agency[1] }] : [];
    const drafts = extractEntities(doc, reserved, known);
    const quotes = only.has('quotes') ? extractQuotes(doc, new EntityIndex(doc, drafts)) : [];
    const { entities, ids } = finalizeEntities(drafts, text.length);
    if (only.has('entities')) analysis.entities = entities;
    if (only.has('quotes')) {
      analysis.quotes = quotes.map(({ quote, speaker }) => ({
        ...quote,
        speaker: { ...quote.speaker, entity: speaker ? (ids.get(speaker) ?? null) : null },
      }));
    }
  }
  return analysis;
}

/** Moves every span of an analysis of running text back onto the tokenised input. */
function inInput(analysis: DocumentAnalysis, running: Detokenized, input: string): DocumentAnalysis {
  const span = <T extends { start: number; end: number; text: string }>(x: T): T => {
    const [start, end] = originSpan(running, x.start, x.end);
    return { ...x, start, end, text: input.slice(start, end) };
  };
  if (analysis.entities) analysis.entities = analysis.entities.map((e) => ({ ...e, mentions: e.mentions.map(span) }));
  if (analysis.money) analysis.money = analysis.money.map(span);
  if (analysis.quotes) analysis.quotes = analysis.quotes.map((q) => ({ ...span(q), cue: q.cue && span(q.cue) }));
  return analysis;
}
