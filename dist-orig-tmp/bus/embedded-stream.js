/**
 * In-memory stream with JetStream work-queue retention: a message stays until a consumer
 * acks or terms it (or it runs out of deliveries), and repeated `msgId`s within the
 * duplicate window are dropped.
 */
import { StreamConfigError } from './bus.js';
import { decodePayload } from './json-payload.js';
import { EmbeddedDurable } from './embedded-durable.js';
import { filtersOverlap, parseFilter, tokensMatch } from './subject-match.js';
/** One stream of the embedded bus, with its durable consumers. */
export class EmbeddedStream {
    name;
    duplicateWindowMs;
    messages = new Map();
    subjects = [];
    subjectTokens = [];
    lastSeq = 0;
    /** msgId → time it was stored, oldest first. */
    recentIds = new Map();
    durables = new Map();
    /**
     * @param name stream name
     * @param duplicateWindowMs how long a `msgId` is remembered
     */
    constructor(name, subjects, duplicateWindowMs) {
        this.name = name;
        this.duplicateWindowMs = duplicateWindowMs;
        this.setSubjects(subjects);
    }
    get spec() {
        return { name: this.name, subjects: this.subjects };
    }
    setSubjects(subjects) {
        this.subjects = [...subjects];
        this.subjectTokens = subjects.map((subject) => parseFilter(subject));
    }
    /** The durable of that name, if some consumer ever used it. */
    existingDurable(name) {
        return this.durables.get(name);
    }
    captures(tokens) {
        return this.subjectTokens.some((filter) => tokensMatch(filter, tokens));
    }
    /**
     * Stores a message unless its `msgId` was seen within the duplicate window.
     * @returns false when dropped as a duplicate
     */
    store(subject, tokens, json, msgId, nowMs) {
        this.forgetOldIds(nowMs);
        if (msgId !== undefined) {
            if (this.recentIds.has(msgId))
                return false;
            this.recentIds.set(msgId, nowMs);
        }
        const seq = ++this.lastSeq;
        this.messages.set(seq, { seq, subject, tokens, json });
        for (const durable of this.durables.values()) {
            if (durable.accepts(tokens))
                durable.onStored(seq);
        }
        return true;
    }
    /** Dead-letter handlers by durable name. */
    deadLetterHandlers = new Map();
    /** Dead letters announced while no handler watched, by durable name: the next watcher gets them. */
    pendingDeadLetters = new Map();
    /** Registers a dead-letter handler for one durable; returns its removal. */
    watchDeadLetters(durable, handler) {
        let handlers = this.deadLetterHandlers.get(durable);
        if (!handlers)
            this.deadLetterHandlers.set(durable, (handlers = new Set()));
        handlers.add(handler);
        const pending = this.pendingDeadLetters.get(durable) ?? [];
        this.pendingDeadLetters.delete(durable);
        for (const { seq, deliveries } of pending)
            this.deadLetter(durable, seq, deliveries);
        return () => handlers.delete(handler);
    }
    deadLetter(durable, seq, deliveries) {
        const stored = this.messages.get(seq);
        if (!stored)
            return;
        const handler = [...(this.deadLetterHandlers.get(durable) ?? [])][0];
        if (!handler) {
            // Kept in the stream, as JetStream keeps it, until a watcher takes it.
            const pending = this.pendingDeadLetters.get(durable) ?? [];
            pending.push({ seq, deliveries });
            this.pendingDeadLetters.set(durable, pending);
            return;
        }
        const letter = { subject: stored.subject, data: decodePayload(stored.json), deliveryCount: deliveries };
        // Asynchronously, as NATS advisories arrive; the message stays until the handler is done.
        setImmediate(() => {
            Promise.resolve()
                .then(() => handler(letter))
                .catch(() => undefined)
                .finally(() => this.remove(seq));
        });
    }
    remove(seq) {
        if (!this.messages.delete(seq))
            return;
        for (const durable of this.durables.values())
            durable.onRemoved(seq);
    }
    /**
     * Returns the durable of that name, created or reconfigured from `options`.
     * @throws StreamConfigError when its filter overlaps another durable's (work-queue rule)
     */
    durable(options) {
        for (const other of this.durables.values()) {
            if (other.name === options.durable)
                continue;
            if (filtersOverlap(options.filterSubject ?? '>', other.filterSubject ?? '>')) {
                throw new StreamConfigError(`Consumer ${options.durable} (filter ${options.filterSubject ?? 'none'}) overlaps consumer ` +
                    `${other.name} (filter ${other.filterSubject ?? 'none'}) on work-queue stream ${this.name}`);
            }
        }
        const existing = this.durables.get(options.durable);
        if (existing) {
            existing.configure(options);
            return existing;
        }
        const durable = new EmbeddedDurable(options.durable, this, options);
        this.durables.set(options.durable, durable);
        return durable;
    }
    /** Stops every timer of every durable. */
    close() {
        for (const durable of this.durables.values())
            durable.close();
    }
    forgetOldIds(nowMs) {
        for (const [id, storedAt] of this.recentIds) {
            if (nowMs - storedAt < this.duplicateWindowMs)
                return;
            this.recentIds.delete(id);
        }
    }
}
//# sourceMappingURL=embedded-stream.js.map