import { expect } from 'chai';
import { threadId } from 'node:worker_threads';
import { WorkerPool, WorkerPoolClosedError, WorkerTaskFailedError, WorkerTaskTimeoutError } from '../../actors/page-analysis/worker-pool.js';
const SCRIPT = new URL('../fixtures/workers/test-tasks.worker.js', import.meta.url);
async function rejection(promise) {
    return promise.then(() => expect.fail('expected a rejection'), (error) => {
        if (error instanceof Error)
            return error;
        throw error;
    });
}
describe('WorkerPool', function () {
    this.timeout(30_000);
    let pool;
    afterEach(async () => {
        await pool?.close();
        pool = undefined;
    });
    it('runs a task in another thread and returns its result', async () => {
        pool = new WorkerPool({ scriptUrl: SCRIPT, size: 1 });
        const { result, threadId: ranOn } = await pool.run('echo', { a: [1, 2] });
        expect(result).to.deep.equal({ a: [1, 2] });
        expect(ranOn).to.be.a('number').and.not.equal(threadId);
    });
    it('stops a task that runs past its timeout, replaces its worker and goes on', async () => {
        pool = new WorkerPool({ scriptUrl: SCRIPT, size: 1, taskTimeoutMs: 300 });
        let turns = 0;
        let spinning = true;
        const count = () => {
            turns += 1;
            if (spinning)
                setImmediate(count);
        };
        setImmediate(count);
        const error = await rejection(pool.run('spin', null));
        spinning = false;
        expect(error).to.be.instanceOf(WorkerTaskTimeoutError);
        expect(error.message).to.equal('spin took longer than 300 ms and was stopped');
        expect(turns, 'event-loop turns while the task spun').to.be.greaterThan(10);
        expect((await pool.run('echo', 'after')).result).to.equal('after');
        expect(pool.workersStarted).to.equal(2);
    });
    it('fails the task of a worker that dies, and replaces the worker', async () => {
        pool = new WorkerPool({ scriptUrl: SCRIPT, size: 1 });
        const error = await rejection(pool.run('exit', null));
        expect(error).to.be.instanceOf(WorkerTaskFailedError);
        expect(error.message).to.match(/^exit failed: its worker exited \(code 3\)$/);
        expect((await pool.run('echo', 1)).result).to.equal(1);
    });
    it('reports a task that throws without losing its worker', async () => {
        pool = new WorkerPool({ scriptUrl: SCRIPT, size: 1 });
        expect((await rejection(pool.run('throw', null))).message).to.equal('throw failed: it threw');
        expect((await pool.run('echo', 2)).result).to.equal(2);
        expect(pool.workersStarted).to.equal(1);
    });
    it('never runs more workers than its size, and queues the rest', async () => {
        pool = new WorkerPool({ scriptUrl: SCRIPT, size: 2 });
        const results = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run('echo', n)));
        expect(results.map((r) => r.result)).to.deep.equal([1, 2, 3, 4, 5]);
        expect(new Set(results.map((r) => r.threadId)).size).to.be.at.most(2);
        expect(pool.workersStarted).to.be.at.most(2);
    });
    it('refuses input that cannot be sent to a thread', async () => {
        pool = new WorkerPool({ scriptUrl: SCRIPT, size: 1 });
        const error = await rejection(pool.run('echo', { f: () => 1 }));
        expect(error).to.be.instanceOf(WorkerTaskFailedError);
        expect((await pool.run('echo', 3)).result).to.equal(3);
    });
    it('fails queued and running tasks when closed, and refuses new ones', async () => {
        pool = new WorkerPool({ scriptUrl: SCRIPT, size: 1, taskTimeoutMs: 10_000 });
        const running = rejection(pool.run('spin', null));
        const queued = rejection(pool.run('echo', 1));
        await pool.close();
        expect(await running).to.be.instanceOf(WorkerPoolClosedError);
        expect(await queued).to.be.instanceOf(WorkerPoolClosedError);
        expect(await rejection(pool.run('echo', 1))).to.be.instanceOf(WorkerPoolClosedError);
    });
    it('refuses a size or timeout out of range', () => {
        expect(() => new WorkerPool({ scriptUrl: SCRIPT, size: 0 })).to.throw(RangeError, 'size must be an integer between 1 and 16 (got 0)');
        expect(() => new WorkerPool({ scriptUrl: SCRIPT, size: 1.5 })).to.throw(RangeError);
        expect(() => new WorkerPool({ scriptUrl: SCRIPT, taskTimeoutMs: 0 })).to.throw(RangeError, 'taskTimeoutMs must be a positive integer (got 0)');
    });
});
//# sourceMappingURL=worker-pool.test.js.map