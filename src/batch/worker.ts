/** Worker-thread entry for the pool: one job per call. */
import { runJob, type JobMessage, type JobResult } from './job.js';

export default function work(message: JobMessage): Promise<JobResult> {
  return runJob(message);
}
