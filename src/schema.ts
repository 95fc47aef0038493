/**
 * The output schema, defined once. Types are derived from it and `warta schema` prints
 * it as JSON Schema. Offsets are JavaScript string indices (UTF-16 code units) into the
 * decoded text: `text.slice(start, end)` returns the span exactly.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0';

const offset = z.number().int().nonnegative();

export const MentionSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
});

export const EntitySchema = z.object({
  id: z.string().describe('e1, e2, ... in order of salience'),
  type: z.enum(['person', 'organization', 'location']),
  name: z.string().describe('the fullest form the text uses'),
  aliases: z.array(z.string()).describe('other forms: short names, acronyms, other-language names'),
  roles: z.array(z.string()).describe('titles and roles the text gives'),
  count: z.number().int().nonnegative().describe('number of mentions'),
  salience: z.number().min(0).max(1),
  mentions: z.array(MentionSchema),
});

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/).describe('exact decimal number');

export const MoneySchema = z.object({
  id: z.string(),
  text: z.string(),
  start: offset,
  end: offset,
  currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 code'),
  value: decimal.optional().describe('point amount; absent for a range'),
  range: z.object({ min: decimal, max: decimal }).optional(),
  qualifier: z.enum(['approximately', 'at least', 'more than', 'less than', 'at most', 'up to']).optional(),
  approximate: z.boolean(),
  per: z.string().optional().describe('unit of a rate: "liter" in "Rp 6.500 per liter"'),
  equivalentTo: z.string().optional().describe('id of the amount stated to be equal'),
  impliedRate: z
    .object({ value: decimal, currency: z.string(), per: z.string() })
    .optional()
    .describe('exchange rate the equivalence implies: value units of `currency` per one `per`'),
  rateOutlier: z.boolean().optional().describe('implied rate far from the others in the document'),
  rule: z.string().describe('the rule that found it'),
});

export const SpeakerSchema = z.object({
  entity: z.string().nullable().describe('entity id, or null when the speaker is not a known entity'),
  name: z.string().nullable(),
  role: z.string().optional(),
});

export const QuoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'indirect']),
  text: z.string(),
  start: offset,
  end: offset,
  unclosed: z.boolean().optional().describe('an opening mark with no closing mark before the paragraph end'),
  speaker: SpeakerSchema,
  cue: z.object({ text: z.string(), start: offset, end: offset }).nullable(),
  rule: z.string(),
});

export const MetadataSchema = z.object({
  url: z.string().nullable(),
  dateline: z.object({ place: z.string().nullable(), agency: z.string().nullable(), date: z.string().nullable() }).nullable(),
  reporter: z.string().nullable(),
  editor: z.string().nullable(),
});

export const ErrorSchema = z.object({
  code: z.enum(['input', 'analysis']).describe('input: unreadable, refused or malformed; analysis: the analysis failed'),
  message: z.string(),
});

export const AnalysisSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().nullable().describe('record id (NDJSON input) or null'),
  source: z.string().nullable().describe('file path, "-" for stdin, or null'),
  language: z.enum(['en', 'id']).nullable().describe('null only in the record of an input that could not be analysed'),
  encoding: z.string().optional(),
  chars: z.number().int().nonnegative(),
  metadata: MetadataSchema.optional(),
  entities: z.array(EntitySchema).optional(),
  money: z.array(MoneySchema).optional(),
  quotes: z.array(QuoteSchema).optional(),
  meta: z.record(z.string(), z.unknown()).optional().describe('extra fields of an NDJSON input record'),
  errors: z.array(ErrorSchema),
});

export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Money = z.infer<typeof MoneySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Metadata = z.infer<typeof MetadataSchema>;
export type AnalysisError = z.infer<typeof ErrorSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;

export function jsonSchema(): unknown {
  return z.toJSONSchema(AnalysisSchema);
}
