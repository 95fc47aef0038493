/**
 * One job, start to end: read and decode the file if it is one, analyse, render, digest.
 * The same function runs in a worker thread (worker.ts) and in the main thread (one input,
 * or --jobs 1), so the output cannot depend on where it ran. It never throws: a failure
 * is a result that names the input and the reason.
 */
import { analyze, type ExtractorName } from '../analyze.js';
import { loadFile, reason, type FileJob, type TextJob } from '../io/inputs.js';
import { renderAnalysis, type RenderOptions } from '../output/index.js';
import type { LangCode } from '../lang/index.js';
import { digest, type Digest } from './digest.js';

export interface JobSettings extends RenderOptions {
  lang: LangCode | 'auto';
  tokenized: boolean | 'auto';
  only?: ExtractorName[];
  maxBytes: number;
  encoding?: string;
  /** compute the digest for the corpus summary */
  digest: boolean;
}

export type Job = FileJob | TextJob;

export type JobResult =
  | { ok: true; source: string; bytes: number; output: string; digest?: Digest }
  | { ok: false; source: string; id: string | null; bytes: number; message: string; code: 'input' | 'analysis' };

export interface JobMessage {
  job: Job;
  settings: JobSettings;
}

export async function runJob({ job, settings }: JobMessage): Promise<JobResult> {
  let text: string;
  let encoding: string | undefined;
  let bytes: number;
  if (job.kind === 'file') {
    try {
      ({ text, encoding, bytes } = await loadFile(job.source, settings));
    } catch (error) {
      return { ok: false, source: job.source, id: null, bytes: 0, message: reason(error), code: 'input' };
    }
  } else {
    ({ text, encoding, bytes } = job);
  }
  try {
    const analysis = analyze(text, { lang: settings.lang, tokenized: settings.tokenized, only: settings.only, id: job.kind === 'text' ? job.id : null, source: job.source });
    if (encoding) analysis.encoding = encoding;
    if (job.kind === 'text' && job.meta) analysis.meta = job.meta;
    return {
      ok: true,
      source: job.source,
      bytes,
      output: renderAnalysis(analysis, settings),
      ...(settings.digest ? { digest: digest(analysis) } : {}),
    };
  } catch (error) {
    const id = job.kind === 'text' ? job.id : null;
    return { ok: false, source: job.source, id, bytes, message: `analysis failed: ${(error as Error)?.message ?? String(error)}`, code: 'analysis' };
  }
}
