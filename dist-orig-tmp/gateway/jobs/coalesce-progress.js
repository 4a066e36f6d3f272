/** The supersession key of a progress message; undefined for every other type. */
function progressKey(message) {
    switch (message.type) {
        case 'scrape.progress':
            return message.jobId;
        case 'company.progress':
            return `${message.jobId}\u0000${message.index}`;
        default:
            return undefined;
    }
}
/** Positions in `batch` of the progress messages superseded later in the batch. */
export function supersededProgress(batch) {
    const superseded = new Set();
    /** Per job: the latest progress message of each key since the job's last other message. */
    const open = new Map();
    batch.forEach((message, position) => {
        const key = progressKey(message);
        if (key === undefined) {
            open.delete(message.jobId); // a fence: nothing before it is superseded by what follows
            return;
        }
        let latest = open.get(message.jobId);
        if (!latest)
            open.set(message.jobId, (latest = new Map()));
        const previous = latest.get(key);
        // The same message twice (a redelivery) supersedes nothing: the copy is dropped as already processed.
        if (previous !== undefined && batch[previous]?.id !== message.id)
            superseded.add(previous);
        latest.set(key, position);
    });
    return superseded;
}
//# sourceMappingURL=coalesce-progress.js.map