import { en } from './en/index.js';
import { id } from './id/index.js';
import type { Lang, LangCode } from './types.js';

export type { Lang, LangCode } from './types.js';

export const LANGS: Record<LangCode, Lang> = { en, id };
export const LANG_CODES = Object.keys(LANGS) as LangCode[];
