import { expect } from 'chai';
import { ActorOutput } from '../../actors/actor-output.js';
/** A bus whose sends stay pending until the test settles them; records the order of attempts. */
function pendingBus() {
    const attempts = [];
    const stored = [];
    const bus = {
        send: (_subject, data) => new Promise((resolve, reject) => {
            const visited = data.visited;
            attempts.push({ visited, settle: (ok) => (ok ? (stored.push(visited), resolve()) : reject(new Error('NATS restarting'))) });
        }),
    };
    return { bus, attempts, stored };
}
const progress = (visited) => ({ type: 'scrape.progress', visited, emails: 0, elapsedSeconds: 1, currentUrl: 'https://acme.example/' });
const turn = () => new Promise((resolve) => setImmediate(resolve));
describe('ActorOutput', () => {
    it('publishes each message at once, without waiting for the earlier ones to be stored, stamped in order', async () => {
        const { bus, attempts } = pendingBus();
        const out = new ActorOutput({ bus, jobId: '0e6f3c1a-4a1b-4c47-9d5e-3f1f7c2a9b10' });
        const done = [out.send(progress(1)), out.send(progress(2)), out.send(progress(3))];
        expect(attempts.map((a) => a.visited)).to.deep.equal([1, 2, 3]);
        let firstDone = false;
        void done[0].then(() => (firstDone = true));
        attempts[1].settle(true);
        await turn();
        expect(firstDone, 'a message resolves only with every earlier one').to.equal(false);
        attempts[0].settle(true);
        attempts[2].settle(true);
        await Promise.all(done);
        await out.flush();
    });
    it('after a failed attempt sends that message again, then the following ones one at a time until the queue drains', async () => {
        const { bus, attempts, stored } = pendingBus();
        const out = new ActorOutput({ bus, jobId: '0e6f3c1a-4a1b-4c47-9d5e-3f1f7c2a9b10', warn: () => undefined });
        void out.send(progress(1));
        attempts[0].settle(false);
        await turn();
        // Queued while the retry is pending: not published before the retried one is stored.
        void out.send(progress(2));
        await new Promise((resolve) => setTimeout(resolve, 150)); // time enough for a wrongly pipelined send to show
        expect(attempts.map((a) => a.visited)).to.deep.equal([1, 1]);
        attempts[1].settle(true);
        await turn();
        await turn();
        expect(attempts.map((a) => a.visited)).to.deep.equal([1, 1, 2]);
        attempts[2].settle(true);
        await out.flush();
        expect(stored).to.deep.equal([1, 2]);
        // The queue drained: the next message is published at once again.
        void out.send(progress(3));
        void out.send(progress(4));
        expect(attempts.map((a) => a.visited)).to.deep.equal([1, 1, 2, 3, 4]);
        attempts[3].settle(true);
        attempts[4].settle(true);
        await out.flush();
    });
});
//# sourceMappingURL=actor-output.test.js.map