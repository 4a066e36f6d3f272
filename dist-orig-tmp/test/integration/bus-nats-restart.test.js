/**
 * NatsBus rides out a NATS server restart (private server: the shared one is never stopped).
 */
import { expect } from 'chai';
import { NatsBus } from '../../bus/nats-bus.js';
import { startNatsServer } from '../helpers/nats-server.js';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(check, what, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
        if (Date.now() > deadline)
            throw new Error(`Timed out waiting for ${what}`);
        await sleep(20);
    }
}
describe('NatsBus across a NATS server restart', function () {
    this.timeout(60_000);
    let server;
    let bus;
    const reported = [];
    beforeEach(async () => {
        server = await startNatsServer();
        bus = await NatsBus.connect({
            servers: server.url,
            name: 'bus-restart-test',
            onError: (error, context) => reported.push(`${context}: ${error.message}`),
        });
    });
    afterEach(async () => {
        await bus?.close();
        await server?.stop();
    });
    it('keeps consuming work and receiving events, and keeps messages stored before the restart', async () => {
        const nats = server;
        const b = bus;
        const liveStream = { name: 'RESTART_LIVE', subjects: ['live.>'] };
        const storedStream = { name: 'RESTART_STORED', subjects: ['stored.>'] };
        const handled = [];
        const straddle = { release: () => undefined, acked: null };
        const straddleReleased = new Promise((resolve) => {
            straddle.release = resolve;
        });
        const live = await b.consume({ stream: liveStream, durable: 'workers', maxInFlight: 2, ackWaitMs: 10_000 }, async (msg) => {
            handled.push(msg);
            if (msg.data === 'straddle') {
                await straddleReleased;
                straddle.acked = msg.ack();
                await straddle.acked;
                return;
            }
            await msg.ack();
        });
        const events = [];
        const eventSub = b.subscribe('events.>', { callback: (m) => events.push(m.data) });
        await b.send('live.job', 'before restart');
        await waitFor(() => handled.some((m) => m.data === 'before restart'), 'work before the restart');
        b.publish('events.x', 'event before');
        await waitFor(() => events.includes('event before'), 'event before the restart');
        await b.ensureStream(storedStream);
        for (const n of [1, 2, 3])
            await b.send('stored.job', `stored ${n}`);
        await b.send('live.job', 'straddle');
        await waitFor(() => handled.some((m) => m.data === 'straddle'), 'straddling message in flight');
        let sawDisconnect = false;
        const watcher = setInterval(() => {
            if (!b.isConnected())
                sawDisconnect = true;
        }, 5);
        try {
            await nats.restart();
            await waitFor(() => b.isConnected(), 'reconnection');
        }
        finally {
            clearInterval(watcher);
        }
        expect(sawDisconnect).to.equal(true);
        straddle.release();
        await waitFor(() => straddle.acked !== null, 'straddle ack');
        await straddle.acked;
        await b.send('live.job', 'after restart');
        await waitFor(() => handled.some((m) => m.data === 'after restart'), 'work after the restart');
        // Core messages published while the subscription is re-established may be lost (as in NATS): retry.
        let attempt = 0;
        while (!events.some((e) => typeof e === 'string' && e.startsWith('event after'))) {
            b.publish('events.x', `event after ${attempt++}`);
            await sleep(100);
            if (attempt > 100)
                throw new Error('core subscription never resumed');
        }
        const stored = [];
        await b.consume({ stream: storedStream, durable: 'late' }, async (msg) => {
            stored.push(msg.data);
            await msg.ack();
        });
        await waitFor(() => stored.length === 3, 'messages stored before the restart');
        expect(stored).to.deep.equal(['stored 1', 'stored 2', 'stored 3']);
        expect(handled.filter((m) => m.data === 'after restart')).to.have.length(1);
        await live.stop();
        eventSub.unsubscribe();
    });
    it('keeps consuming after two restarts in a row', async () => {
        const nats = server;
        const b = bus;
        const stream = { name: 'RESTART_TWICE', subjects: ['twice.>'] };
        const seen = [];
        await b.consume({ stream, durable: 'twice', ackWaitMs: 5000 }, async (msg) => {
            seen.push(msg.data);
            await msg.ack();
        });
        await nats.restart();
        await nats.restart();
        await waitFor(() => b.isConnected(), 'reconnection');
        for (let i = 0; i < 3; i++)
            await b.send('twice.job', i);
        await waitFor(() => seen.length === 3, 'work after two restarts');
        expect(seen).to.deep.equal([0, 1, 2]);
    });
});
//# sourceMappingURL=bus-nats-restart.test.js.map