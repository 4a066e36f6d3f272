import { expect } from 'chai';
import { DEFAULT_FLUSH_SLICE_MS, SocketFlusher, type CorkableSocket } from '../../gateway/graphql/socket-flusher.js';

/** A socket that records its corks and uncorks, and how long an uncork (its write) takes. */
class FakeSocket implements CorkableSocket {
  corks = 0;
  uncorks = 0;
  constructor(
    readonly name: string,
    private readonly log: string[],
    private readonly writeMs = 0,
  ) {}
  cork(): void {
    this.corks += 1;
  }
  uncork(): void {
    this.uncorks += 1;
    this.log.push(this.name);
    const end = performance.now() + this.writeMs;
    while (performance.now() < end); // a write that holds the thread, as a preempted system call does
  }
}

const nextTick = (): Promise<void> => new Promise((resolve) => process.nextTick(resolve));
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('SocketFlusher: when corked sockets are written', () => {
  it('writes every socket corked in a turn once, after the turn, in the order they were first written to', async () => {
    const log: string[] = [];
    const flusher = new SocketFlusher();
    const [a, b, c] = ['a', 'b', 'c'].map((name) => new FakeSocket(name, log));
    for (const socket of [b, a, b, c, a]) flusher.cork(socket);
    expect(log, 'nothing leaves within the turn').to.deep.equal([]);
    expect([a.corks, b.corks, c.corks]).to.deep.equal([1, 1, 1]);
    await nextTick();
    expect(log).to.deep.equal(['b', 'a', 'c']);
    expect(flusher.waiting).to.equal(0);
    flusher.cork(a); // a later turn corks afresh
    await nextTick();
    expect(log).to.deep.equal(['b', 'a', 'c', 'a']);
    expect([a.corks, a.uncorks]).to.deep.equal([2, 2]);
  });

  it('yields to I/O when the writes take longer than the slice; a socket still waiting gets later frames in its one write', async () => {
    const log: string[] = [];
    const flusher = new SocketFlusher(5);
    const sockets = Array.from({ length: 10 }, (_, i) => new FakeSocket(`s${i}`, log, 2));
    for (const socket of sockets) flusher.cork(socket);
    await nextTick();
    // Each write takes 2 ms: the slice of 5 ms ends after the third.
    expect(log).to.deep.equal(['s0', 's1', 's2']);
    expect(flusher.waiting).to.equal(7);
    // Meanwhile (an event applied in between): s1 is corked afresh, s5 is still waiting and is not queued twice.
    flusher.cork(sockets[5]);
    flusher.cork(sockets[1]);
    expect(sockets[5].corks).to.equal(1);
    expect(flusher.waiting).to.equal(8);
    for (let turn = 0; turn < 5 && flusher.waiting > 0; turn += 1) await nextTurn();
    expect(flusher.waiting).to.equal(0);
    expect(log).to.deep.equal(['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's1']);
    expect(sockets.map((s) => s.corks - s.uncorks)).to.deep.equal(Array.from({ length: 10 }, () => 0));
  });

  it('with a slice of 0 writes one socket per turn, and writes them all', async () => {
    const log: string[] = [];
    const flusher = new SocketFlusher(0);
    for (const name of ['a', 'b', 'c']) flusher.cork(new FakeSocket(name, log));
    await nextTick();
    expect(log).to.deep.equal(['a']);
    await nextTurn();
    expect(log).to.deep.equal(['a', 'b']);
    await nextTurn();
    expect(log).to.deep.equal(['a', 'b', 'c']);
    expect(flusher.waiting).to.equal(0);
  });

  it(`defaults to a slice of ${DEFAULT_FLUSH_SLICE_MS} ms`, async () => {
    const log: string[] = [];
    const flusher = new SocketFlusher();
    const sockets = Array.from({ length: 4 }, (_, i) => new FakeSocket(`s${i}`, log, 1.5));
    for (const socket of sockets) flusher.cork(socket);
    await nextTick();
    expect(log).to.deep.equal(['s0', 's1']);
    await nextTurn();
    expect(log).to.deep.equal(['s0', 's1', 's2', 's3']);
  });

  for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '2' as unknown as number]) {
    it(`refuses flushSliceMs ${typeof bad === 'string' ? JSON.stringify(bad) : String(bad)} with a RangeError`, () => {
      expect(() => new SocketFlusher(bad)).to.throw(RangeError, `flushSliceMs must be a finite number of milliseconds ≥ 0, got ${String(bad)}`);
    });
  }
});
