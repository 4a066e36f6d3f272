import { expect } from 'chai';
import { DEFAULT_FLUSH_SLICE_MS, SocketFlusher, type CorkableSocket } from '../../gateway/graphql/socket-flusher.js';

/** A clock that moves only when a write takes time: the slices do not depend on how busy the machine is. */
class FakeClock {
  ms = 0;
  readonly now = (): number => this.ms;
}

/** A socket that records its corks and uncorks; an uncork (its write) takes `writeMs` on the clock. */
class FakeSocket implements CorkableSocket {
  corks = 0;
  uncorks = 0;
  constructor(
    readonly name: string,
    private readonly log: string[],
    private readonly clock: FakeClock,
    private readonly writeMs = 0,
  ) {}
  cork(): void {
    this.corks += 1;
  }
  uncork(): void {
    this.uncorks += 1;
    this.log.push(this.name);
    this.clock.ms += this.writeMs;
  }
}

const nextTick = (): Promise<void> => new Promise((resolve) => process.nextTick(resolve));
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('SocketFlusher: when corked sockets are written', () => {
  it('writes every socket corked in a turn once, after the turn, in the order they were first written to', async () => {
    const log: string[] = [];
    const clock = new FakeClock();
    const flusher = new SocketFlusher(DEFAULT_FLUSH_SLICE_MS, clock.now);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => new FakeSocket(name, log, clock));
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
    const clock = new FakeClock();
    const flusher = new SocketFlusher(5, clock.now);
    const sockets = Array.from({ length: 10 }, (_, i) => new FakeSocket(`s${i}`, log, clock, 2));
    for (const socket of sockets) flusher.cork(socket);
    await nextTick();
    // Each write takes 2 ms: the slice of 5 ms ends after the third (6 ms).
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
    const clock = new FakeClock();
    const flusher = new SocketFlusher(0, clock.now);
    for (const name of ['a', 'b', 'c']) flusher.cork(new FakeSocket(name, log, clock));
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
    const clock = new FakeClock();
    const flusher = new SocketFlusher(undefined, clock.now);
    const sockets = Array.from({ length: 4 }, (_, i) => new FakeSocket(`s${i}`, log, clock, 1));
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
