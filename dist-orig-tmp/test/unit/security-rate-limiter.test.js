import { expect } from 'chai';
import { parse } from 'graphql';
import { MutationGuard } from '../../gateway/security/mutation-guard.js';
import { JobStore } from '../../gateway/store/job-store.js';
import { RateLimiter } from '../../gateway/security/rate-limiter.js';
/** A clock the test moves by hand. */
function manualClock(startMs = 1_000_000) {
    let current = startMs;
    return { now: () => current, advance: (ms) => (current += ms) };
}
describe('RateLimiter (token bucket per caller)', () => {
    it('allows a burst of perMinute, then refuses with the wait until one token is back', () => {
        const clock = manualClock();
        const limiter = new RateLimiter({ perMinute: 6, now: clock.now });
        for (let i = 0; i < 6; i++)
            expect(limiter.take('a'), `take ${i + 1}`).to.deep.equal({ allowed: true });
        expect(limiter.take('a')).to.deep.equal({ allowed: false, retryAfterSeconds: 10 });
        clock.advance(4000);
        expect(limiter.take('a')).to.deep.equal({ allowed: false, retryAfterSeconds: 6 });
        clock.advance(6000);
        expect(limiter.take('a')).to.deep.equal({ allowed: true });
        expect(limiter.take('a').allowed).to.equal(false);
    });
    it('keeps callers apart', () => {
        const limiter = new RateLimiter({ perMinute: 1, now: manualClock().now });
        expect(limiter.take('a').allowed).to.equal(true);
        expect(limiter.take('a').allowed).to.equal(false);
        expect(limiter.take('b').allowed).to.equal(true);
    });
    it('never holds more than the burst, however long the caller waited', () => {
        const clock = manualClock();
        const limiter = new RateLimiter({ perMinute: 2, now: clock.now });
        limiter.take('a');
        clock.advance(3_600_000);
        expect(limiter.take('a', 2).allowed).to.equal(true);
        expect(limiter.take('a').allowed).to.equal(false);
    });
    it('spends nothing on a refused take', () => {
        const clock = manualClock();
        const limiter = new RateLimiter({ perMinute: 3, now: clock.now });
        expect(limiter.take('a', 2).allowed).to.equal(true);
        expect(limiter.take('a', 2)).to.deep.equal({ allowed: false, retryAfterSeconds: 20 });
        expect(limiter.take('a', 1).allowed).to.equal(true);
    });
    it('waits at least one second', () => {
        const clock = manualClock();
        const limiter = new RateLimiter({ perMinute: 6000, now: clock.now });
        limiter.take('a', 6000);
        expect(limiter.take('a')).to.deep.equal({ allowed: false, retryAfterSeconds: 1 });
    });
    it('is unlimited with perMinute 0', () => {
        const limiter = new RateLimiter({ perMinute: 0 });
        for (let i = 0; i < 1000; i++)
            expect(limiter.take('a').allowed).to.equal(true);
    });
    for (const perMinute of [-1, 1.5, Number.NaN]) {
        it(`refuses perMinute ${perMinute}`, () => expect(() => new RateLimiter({ perMinute })).to.throw(RangeError));
    }
});
for (const shared of [false, true])
    describe(`MutationGuard (${shared ? 'buckets in the store, shared by gateways' : 'buckets in memory'})`, () => {
        let store;
        beforeEach(() => {
            store = shared ? JobStore.open(':memory:') : undefined;
        });
        afterEach(async () => {
            await store?.close();
        });
        const guardOf = (perMinute) => new MutationGuard({ perMinute, now: manualClock().now, ...(store ? { store } : {}) });
        const operationOf = (source) => {
            const document = parse(source);
            return { document, operation: document.definitions[0] };
        };
        const cancel = operationOf('mutation { cancelJob(id: "x") { id } }');
        const three = operationOf('mutation { a: cancelJob(id: "1") { id } b: cancelJob(id: "2") { id } ...M } fragment M on Mutation { c: cancelJob(id: "3") { id } }');
        const query = operationOf('{ jobs { totalCount } }');
        it('charges each root mutation field, fragments included', async () => {
            const guard = guardOf(4);
            expect(await guard.admitOperation('key:a', three.document, three.operation)).to.equal(null);
            expect(await guard.admitOperation('key:a', cancel.document, cancel.operation)).to.equal(null);
            const refusal = await guard.admitOperation('key:a', cancel.document, cancel.operation);
            expect(refusal?.extensions).to.deep.equal({ code: 'RATE_LIMITED', retryAfterSeconds: 15 });
        });
        it('never charges queries, nor callers without a key (open mode)', async () => {
            const guard = guardOf(1);
            for (let i = 0; i < 5; i++) {
                expect(await guard.admitOperation('key:a', query.document, query.operation)).to.equal(null);
                expect(await guard.admitOperation(null, cancel.document, cancel.operation)).to.equal(null);
            }
        });
        it('refuses an operation holding more mutations than a whole minute allows, without charging', async () => {
            const guard = guardOf(2);
            const refusal = await guard.admitOperation('key:a', three.document, three.operation);
            expect(refusal?.extensions).to.deep.equal({ code: 'RATE_LIMITED' });
            expect(refusal?.message).to.match(/at most 2 mutations \(got 3\)/);
            expect(await guard.admitOperation('key:a', cancel.document, cancel.operation)).to.equal(null);
        });
        it('charges uploads from the same allowance', async () => {
            const guard = guardOf(2);
            expect((await guard.admitUpload('key:a')).allowed).to.equal(true);
            expect(await guard.admitOperation('key:a', cancel.document, cancel.operation)).to.equal(null);
            expect(await guard.admitUpload('key:a')).to.deep.equal({ allowed: false, retryAfterSeconds: 30 });
            expect((await guard.admitUpload(null)).allowed).to.equal(true);
        });
    });
//# sourceMappingURL=security-rate-limiter.test.js.map