/**
 * Where jobs run: in this thread, or in a pool of worker threads (piscina). Both give
 * the same results; the pool only changes how many run at once.
 *
 * piscina rather than tinypool: tinypool's worker calls process.memoryUsage() after every
 * task, which cost about 1 ms per document here (a quarter of a typical article's analysis).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Job, JobResult, JobSettings } from './job.js';

export interface Executor {
  /** Never rejects: a failure is a result. */
  run(job: Job): Promise<JobResult>;
  close(): Promise<void>;
  readonly threads: number;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** Jobs in this thread. The analysers are loaded on first use, so a run that uses workers never loads them here. */
export function inlineExecutor(settings: JobSettings): Executor {
  let loaded: Promise<typeof import('./job.js')> | undefined;
  return {
    threads: 0,
    run: async (job) => (await (loaded ??= import('./job.js'))).runJob({ job, settings }),
    close: async () => {},
  };
}

/**
 * A pool of `threads` worker threads. Two jobs per thread are handed to the pool at a
 * time (one running, one waiting, so a worker never idles while the main thread hands over
 * the next); with `timeoutMs` (0: none) only one per thread, so that the time limit starts
 * when the job starts: a job that overruns is stopped with its worker, which is replaced.
 */
export function poolExecutor(settings: JobSettings, threads: number, timeoutMs = 0): Executor {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  const slots = timeoutMs > 0 ? threads : threads * 2;
  let running = 0;
  const waiting: Array<() => void> = [];
  const slot = (): Promise<void> => {
    if (running < slots) {
      running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  const run = async (job: Job): Promise<JobResult> => {
    await slot();
    try {
      const options = timeoutMs > 0 ? { signal: AbortSignal.timeout(timeoutMs) } : {};
      return (await pool.run({ job, settings }, options)) as JobResult;
    } catch (error) {
      const e = error as Error;
      const message = e?.name === 'AbortError' ? `analysis took longer than --timeout (${timeoutMs / 1000} s); stopped` : `worker failed: ${e?.message ?? String(error)}`;
      return { ok: false, source: job.source, id: job.kind === 'text' ? job.id : null, bytes: 0, message, code: 'analysis' };
    } finally {
      release();
    }
  };
  return { threads, run, close: () => pool.destroy() };
}
