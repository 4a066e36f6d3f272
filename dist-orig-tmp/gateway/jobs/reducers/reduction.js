export const NOTHING = { events: [], outbox: [], changes: [] };
/** Collects a reduction step by step (reducers stay pure: the builder never leaves them). */
export class ReductionBuilder {
    events = [];
    outbox = [];
    changes = [];
    event(event) {
        this.events.push(event);
        return this;
    }
    send(work) {
        this.outbox.push(work);
        return this;
    }
    change(change) {
        this.changes.push(change);
        return this;
    }
    build() {
        return { events: this.events, outbox: this.outbox, changes: this.changes };
    }
}
//# sourceMappingURL=reduction.js.map