/**
 * compromise's lexicon (word -> tags), required on first use: compromise takes most of a
 * second to load, so --help, schema, and money- or metadata-only runs never pay for it.
 */
import { createRequire } from 'node:module';

type Compromise = { model(): { one: { lexicon: Record<string, string | string[]> } } };

const require = createRequire(import.meta.url);
let lexicon: Record<string, string | string[]> | undefined;

export function compromiseLexicon(): Record<string, string | string[]> {
  lexicon ??= (require('compromise') as Compromise).model().one.lexicon;
  return lexicon;
}
