export { analyze, EXTRACTORS, type AnalyzeOptions, type DocumentAnalysis, type ExtractorName } from './analyze.js';
export { detectLanguage } from './lang/detect.js';
export type { Lang, LangCode } from './lang/index.js';
export {
  AnalysisSchema,
  jsonSchema,
  SCHEMA_VERSION,
  type Analysis,
  type AnalysisError,
  type Entity,
  type Mention,
  type Metadata,
  type Money,
  type Quote,
  type Speaker,
} from './schema.js';
export { VERSION } from './version.js';
