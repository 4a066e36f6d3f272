import { expect } from 'chai';
import { ProgressPacer, type PacerClock } from '../../actors/progress-pacer.js';

/** A clock the test moves: timers run in time order as `advanceTo` passes them. */
class ManualClock implements PacerClock {
  #now = 0;
  #nextId = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, delayMs: number): unknown {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.#now + delayMs, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  advanceTo(time: number): void {
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, timer]) => timer.at <= time).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.#now = due[1].at;
      due[1].callback();
    }
    this.#now = time;
  }
}

/**
 * Runs a pacer (min 100 ms, max 1000 ms) over `requests` (times at which a page asks for
 * progress; the page count goes up by one at each) until `until`, and returns what was sent:
 * `time:pages` for each message.
 */
function pace(requests: readonly number[], until: number, stopAt?: number): string[] {
  const clock = new ManualClock();
  let pages = 0;
  const sent: string[] = [];
  const pacer = new ProgressPacer({ minIntervalMs: 100, maxIntervalMs: 1000, clock, emit: () => sent.push(`${clock.now()}:${pages}`) });
  const events = [...requests.map((at) => ({ at, stop: false })), ...(stopAt === undefined ? [] : [{ at: stopAt, stop: true }])].sort((a, b) => a.at - b.at);
  for (const event of events) {
    clock.advanceTo(event.at);
    if (event.stop) pacer.stop();
    else {
      pages += 1;
      pacer.request();
    }
  }
  clock.advanceTo(until);
  return sent;
}

describe('ProgressPacer (table)', () => {
  const cases: { name: string; requests: number[]; until: number; stopAt?: number; sent: string[] }[] = [
    { name: 'nothing asked: a heartbeat every maxIntervalMs', requests: [], until: 3500, sent: ['1000:0', '2000:0', '3000:0'] },
    { name: 'the first request is sent at once', requests: [30], until: 500, sent: ['30:1'] },
    { name: 'requests further apart than minIntervalMs: each at once', requests: [0, 150, 400], until: 900, sent: ['0:1', '150:2', '400:3'] },
    {
      name: 'a burst: one message per interval, with the latest count, the last request answered',
      requests: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 250],
      until: 900,
      sent: ['0:1', '100:10', '200:13', '300:14'],
    },
    { name: 'a request in an interval waits for its end, not longer', requests: [0, 99], until: 500, sent: ['0:1', '100:2'] },
    { name: 'the heartbeat counts from the last message sent', requests: [0, 700], until: 2800, sent: ['0:1', '700:2', '1700:2', '2700:2'] },
    { name: 'stopped: a waiting request and the heartbeat are dropped', requests: [0, 50], stopAt: 60, until: 3000, sent: ['0:1'] },
    { name: 'requests after stop send nothing', requests: [0, 500, 900], stopAt: 200, until: 3000, sent: ['0:1'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(pace(c.requests, c.until, c.stopAt)).to.deep.equal(c.sent);
    });
  }

  it('refuses intervals that cannot work', () => {
    const emit = (): void => undefined;
    for (const [minIntervalMs, maxIntervalMs] of [
      [-1, 1000],
      [100, 100],
      [Number.NaN, 1000],
      [100, Number.NaN],
    ]) {
      expect(() => new ProgressPacer({ minIntervalMs, maxIntervalMs, emit }), `${minIntervalMs}, ${maxIntervalMs}`).to.throw(RangeError);
    }
  });
});
