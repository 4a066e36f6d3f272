export const DEFAULT_NATS_PREFIX = 'pl';
let ROOT = DEFAULT_NATS_PREFIX;
/** Subject tokens must not contain separators or wildcards. */
function token(value) {
    if (!/^[A-Za-z0-9_-]+$/.test(value)) {
        throw new TypeError(`Not a valid subject token: ${JSON.stringify(value)}`);
    }
    return value;
}
/** A prefix is one subject token that also makes valid stream and consumer names. */
export class InvalidNatsPrefixError extends TypeError {
    name = 'InvalidNatsPrefixError';
}
/** Durable work for actor services; work-queue retention, each message taken by one actor. */
export let WORK_STREAM = { name: 'PL_WORK', subjects: [`${ROOT}.work.>`] };
/** Durable actor output for the gateway; work-queue retention, read by the gateway only. */
export let ACTOR_STREAM = { name: 'PL_ACTOR', subjects: [`${ROOT}.actor.>`] };
/** Durable consumer name shared by every actor service process. */
export let ACTOR_CONSUMER = 'actors';
/** Durable consumer name of the gateway on {@link ACTOR_STREAM}. */
export let GATEWAY_CONSUMER = 'gateway';
/** The prefix in use. */
export function natsPrefix() {
    return ROOT;
}
/**
 * Sets the prefix of every subject, stream and consumer name of this process.
 * @throws InvalidNatsPrefixError unless it is 1 to 32 letters, digits, `_` or `-`
 */
export function useNatsPrefix(prefix) {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(prefix)) {
        throw new InvalidNatsPrefixError(`The NATS prefix must be 1 to 32 letters, digits, _ or - (got ${JSON.stringify(prefix)})`);
    }
    ROOT = prefix;
    const isDefault = prefix === DEFAULT_NATS_PREFIX;
    const stream = prefix.toUpperCase().replace(/-/g, '_');
    WORK_STREAM = { name: `${stream}_WORK`, subjects: [`${ROOT}.work.>`] };
    ACTOR_STREAM = { name: `${stream}_ACTOR`, subjects: [`${ROOT}.actor.>`] };
    ACTOR_CONSUMER = isDefault ? 'actors' : `${prefix}_actors`;
    GATEWAY_CONSUMER = isDefault ? 'gateway' : `${prefix}_gateway`;
}
export const subjects = {
    /** Work message asking an actor service to scrape one site. */
    get scrapeWork() {
        return `${ROOT}.work.scrape`;
    },
    /** Work message asking an actor service to analyse one company. */
    get companyWork() {
        return `${ROOT}.work.company`;
    },
    /** Filter matching every work subject. */
    get allWork() {
        return `${ROOT}.work.>`;
    },
    /** Actor output for one job. */
    actorOutput: (jobId) => `${ROOT}.actor.${token(jobId)}`,
    /** Filter matching every actor output subject. */
    get allActorOutput() {
        return `${ROOT}.actor.>`;
    },
    /** Sequenced public events of one job. */
    jobEvents: (jobId) => `${ROOT}.job.${token(jobId)}.events`,
    /** Cancellation broadcast for one job. */
    cancel: (jobId) => `${ROOT}.control.cancel.${token(jobId)}`,
    /** Filter matching every cancellation. */
    get allCancels() {
        return `${ROOT}.control.cancel.*`;
    },
    /** Request/reply: is this job still worth working on? */
    get jobState() {
        return `${ROOT}.rpc.job-state`;
    },
    /** Request/reply: can an actor service crawl right now (browser up)? */
    get actorHealth() {
        return `${ROOT}.rpc.actor-health`;
    },
};
/** Extracts the job id from a `<prefix>.control.cancel.<jobId>` or `<prefix>.actor.<jobId>` subject. */
export function jobIdFromSubject(subject) {
    const parts = subject.split('.');
    if (parts[0] !== ROOT)
        return null;
    if (parts[1] === 'actor' && parts.length === 3)
        return parts[2] ?? null;
    if (parts[1] === 'control' && parts[2] === 'cancel' && parts.length === 4)
        return parts[3] ?? null;
    return null;
}
//# sourceMappingURL=subjects.js.map