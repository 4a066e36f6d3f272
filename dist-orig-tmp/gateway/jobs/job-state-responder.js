import { subjects } from '../../schema/subjects.js';
export function startJobStateResponder(bus, store) {
    return bus.subscribe(subjects.jobState, {
        queue: 'gateway',
        callback: (msg) => {
            const jobId = msg.data?.jobId;
            (typeof jobId === 'string' ? store.getJob(jobId) : Promise.resolve(null))
                .then((job) => msg.respond({ status: job?.status ?? 'UNKNOWN' }))
                // No answer: the actor's request times out and it works on the job (the safe side).
                .catch(() => undefined);
        },
    });
}
//# sourceMappingURL=job-state-responder.js.map