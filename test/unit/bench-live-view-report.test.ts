import { expect } from 'chai';
import { liveViewRunsText, measureLiveViewRuns, type DelayStats, type LiveViewResult } from '../../bench/live-view-latency.js';

const delays = (p50Ms: number, p99Ms: number): DelayStats => ({ deliveries: 500, p50Ms, p99Ms, maxMs: p99Ms + 10 });

/** A live-view result whose graphql-ws p99 is `ratio` times the raw one (100 ms). */
function run(ratio: number, subscribersWithGaps = 0): LiveViewResult {
  return {
    pages: 500,
    subscribers: 100,
    seconds: 6,
    actorMessages: 555,
    events: 555,
    rawNats: delays(20, 100),
    rawNatsRepublished: delays(30, 120),
    rawNatsFanOut: delays(22, 110),
    fanOutP50Ratio: 1,
    fanOutP99Ratio: 1,
    graphqlWs: delays(40, 100 * ratio),
    p50Ratio: 2,
    p99Ratio: ratio,
    subscribersWithGaps,
  };
}

describe('bench: the live view over several runs', () => {
  for (const { ratios, medianRun, median } of [
    { ratios: [2.2, 1.1, 1.6], medianRun: 3, median: '1.60×' },
    { ratios: [3.0, 1.2, 1.4, 1.3, 2.5], medianRun: 3, median: '1.40×' },
    { ratios: [1.2, 1.8], medianRun: 1, median: '1.50×' },
  ]) {
    it(`runs with p99 ratios ${ratios.join(', ')}: the table of run ${medianRun}, a row per run, the median ${median}`, () => {
      const text = liveViewRunsText(ratios.map((r, i) => run(r, i === 0 ? 2 : 0)));
      expect(text).to.contain(`The run with the median p99 ratio (run ${medianRun} of ${ratios.length})`);
      expect(text).to.contain(`| graphql-ws (100 subscribers) | 500 | 40 | ${(100 * ratios[medianRun - 1]).toFixed(0)} |`);
      for (const [i, r] of ratios.entries())
        expect(text).to.contain(`| ${i + 1} | 6.0 | 100 | ${(100 * r).toFixed(0)} | 2.00× | ${r.toFixed(2)}× | ${i === 0 ? 2 : 0} |`);
      expect(text).to.contain(
        `median of ${ratios.length} runs: p50 2.00×, p99 ${median} (target ≤ 1.5×); subscribers with a gap or no terminal event, all runs: 2`,
      );
    });
  }

  it('one run is reported as it is, without a median line', () => {
    const text = liveViewRunsText([run(1.3)]);
    expect(text).to.contain('p99 1.30× (target ≤ 1.5×)');
    expect(text).not.to.contain('median of');
  });

  it('refuses no runs, and a number of runs that is not a positive integer, before starting anything', async () => {
    expect(() => liveViewRunsText([])).to.throw(RangeError, 'no live view run to report');
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      let error: unknown;
      await measureLiveViewRuns(bad).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal(`live view runs must be a positive integer, got ${String(bad)}`);
    }
  });
});
