/**
 * Answers actor services asking whether a job is still worth working on (a job cancelled
 * while its work waited in the queue is skipped).
 */
import type { Bus, BusSubscription } from '../../bus/bus.js';
import { subjects } from '../../schema/subjects.js';
import type { JobStore } from '../store/job-store.js';

export interface JobStateReply {
  readonly status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED' | 'UNKNOWN';
}

export function startJobStateResponder(bus: Bus, store: JobStore): BusSubscription {
  return bus.subscribe(subjects.jobState, {
    queue: 'gateway',
    callback: (msg) => {
      const jobId = (msg.data as { jobId?: unknown } | null)?.jobId;
      (typeof jobId === 'string' ? store.getJob(jobId) : Promise.resolve(null))
        .then((job) => msg.respond({ status: job?.status ?? 'UNKNOWN' } satisfies JobStateReply))
        // No answer: the actor's request times out and it works on the job (the safe side).
        .catch(() => undefined);
    },
  });
}
