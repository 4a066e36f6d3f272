import { expect } from 'chai';
import { CrawlFrontier } from '../../actors/crawl/crawl-frontier.js';
import { effectiveDelayMs, HostPacer, MAX_CRAWL_DELAY_MS } from '../../actors/crawl/host-pacer.js';
describe('CrawlFrontier (breadth-first order)', () => {
    it('returns undefined when empty', () => {
        const frontier = new CrawlFrontier();
        expect(frontier.shift()).to.equal(undefined);
        expect(frontier.size).to.equal(0);
    });
    it('orders by depth, then priority, then discovery', () => {
        const frontier = new CrawlFrontier();
        frontier.push({ url: 'd2-p1', depth: 2 }, 1);
        frontier.push({ url: 'd1-p1-a', depth: 1 }, 1);
        frontier.push({ url: 'd1-p0-a', depth: 1 }, 0);
        frontier.push({ url: 'd1-p1-b', depth: 1 }, 1);
        frontier.push({ url: 'd2-p0', depth: 2 }, 0);
        frontier.push({ url: 'd1-p0-b', depth: 1 }, 0);
        expect(frontier.size).to.equal(6);
        const order = [];
        for (let entry = frontier.shift(); entry; entry = frontier.shift())
            order.push(entry.url);
        expect(order).to.deep.equal(['d1-p0-a', 'd1-p0-b', 'd1-p1-a', 'd1-p1-b', 'd2-p0', 'd2-p1']);
        expect(frontier.size).to.equal(0);
    });
    it('serves an entry pushed at a lower depth than the last one served', () => {
        const frontier = new CrawlFrontier();
        frontier.push({ url: 'd3', depth: 3 }, 1);
        expect(frontier.shift()?.url).to.equal('d3');
        frontier.push({ url: 'd4', depth: 4 }, 1);
        frontier.push({ url: 'd2', depth: 2 }, 1);
        expect(frontier.shift()?.url).to.equal('d2');
        expect(frontier.shift()?.url).to.equal('d4');
    });
    it('keeps the order when pushes and shifts interleave', () => {
        const frontier = new CrawlFrontier();
        frontier.push({ url: 'a', depth: 1 }, 1);
        frontier.push({ url: 'b', depth: 1 }, 1);
        expect(frontier.shift()?.url).to.equal('a');
        frontier.push({ url: 'c', depth: 1 }, 1);
        frontier.push({ url: 'urgent', depth: 1 }, 0);
        expect([frontier.shift()?.url, frontier.shift()?.url, frontier.shift()?.url]).to.deep.equal(['urgent', 'b', 'c']);
    });
});
describe('effectiveDelayMs (politeness with robots.txt Crawl-delay)', () => {
    const cases = [
        [0, undefined, 0],
        [500, undefined, 500],
        [0, 2000, 2000],
        [3000, 2000, 3000],
        [0, 60_000, MAX_CRAWL_DELAY_MS],
        [20_000, 60_000, 20_000],
        [100, 0, 100],
        [100, -5, 100],
        [100, Number.NaN, 100],
    ];
    for (const [delayMs, crawlDelayMs, expected] of cases) {
        it(`delayMs ${delayMs} with Crawl-delay ${String(crawlDelayMs)} ms -> ${expected} ms`, () => {
            expect(effectiveDelayMs(delayMs, crawlDelayMs)).to.equal(expected);
        });
    }
});
describe('HostPacer', () => {
    it('keeps the full pause after a turn that a busy event loop let go late', async () => {
        const pacer = new HostPacer();
        const signal = new AbortController().signal;
        const delayMs = 100;
        const startedAt = [];
        const turns = [0, 1, 2].map(() => pacer.waitTurn('a.test', delayMs, signal).then(() => void startedAt.push(Date.now())));
        await turns[0];
        // Block the event loop across the second turn's slot, so its timer fires about 60 ms late.
        const blockUntil = Date.now() + delayMs + 60;
        while (Date.now() < blockUntil) {
            // busy: nothing else runs
        }
        await Promise.all(turns);
        const gaps = startedAt.slice(1).map((at, i) => at - startedAt[i]);
        expect(gaps[0]).to.be.at.least(delayMs + 50);
        expect(gaps[1], `gaps ${gaps.join(', ')}`).to.be.at.least(delayMs);
    });
    it('does not wait when the delay is 0', async () => {
        const pacer = new HostPacer();
        const signal = new AbortController().signal;
        await pacer.waitTurn('a.test', 0, signal);
        await pacer.waitTurn('a.test', 0, signal);
    });
    it('makes the second request to a host wait, but not a request to another host', async () => {
        const pacer = new HostPacer();
        const signal = new AbortController().signal;
        await pacer.waitTurn('a.test', 60_000, signal);
        let secondDone = false;
        const controller = new AbortController();
        const second = pacer.waitTurn('a.test', 60_000, controller.signal).then(() => {
            secondDone = true;
        });
        await pacer.waitTurn('b.test', 60_000, signal);
        expect(secondDone).to.equal(false);
        controller.abort(new Error('stop'));
        let caught;
        await second.catch((error) => {
            caught = error;
        });
        expect(caught.message).to.equal('stop');
    });
    it('rejects at once when the signal is already aborted', async () => {
        const pacer = new HostPacer();
        let caught;
        await pacer.waitTurn('a.test', 10, AbortSignal.abort(new Error('gone'))).catch((error) => {
            caught = error;
        });
        expect(caught.message).to.equal('gone');
    });
});
//# sourceMappingURL=crawler-frontier.test.js.map