/**
 * Where jobs run: in this thread, or in a pool of worker threads (tinypool). Both give
 * the same results; the pool only changes how many run at once.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { runJob, type Job, type JobResult, type JobSettings } from './job.js';

export interface Executor {
  /** Never rejects: a failure is a result. */
  run(job: Job): Promise<JobResult>;
  close(): Promise<void>;
  readonly threads: number;
}

export function defaultJobs(): number {
  return availableParallelism();
}

export function inlineExecutor(settings: JobSettings): Executor {
  return {
    threads: 0,
    run: (job) => runJob({ job, settings }),
    close: async () => {},
  };
}

export function poolExecutor(settings: JobSettings, threads: number): Executor {
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    threads,
    run: (job) =>
      (pool.run({ job, settings }) as Promise<JobResult>).catch((error: unknown) => ({
        ok: false as const,
        source: job.source,
        bytes: 0,
        message: `worker failed: ${(error as Error)?.message ?? String(error)}`,
      })),
    close: () => pool.destroy(),
  };
}
