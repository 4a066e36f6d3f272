/**
 * The contact-data quality bar of issue 10, enforced in CI: the real pipeline at the default
 * options on the whole labelled corpus (test/fixtures/corpus/), scored per field. The same run
 * as `npm run eval:extraction`; companies are analysed with the product's own parallelism.
 */
import { expect } from 'chai';
import { runExtractionEval } from '../eval/extraction-eval.js';
import { failedThresholds, formatScores, totals } from '../eval/extraction-score.js';
import { readCorpus } from '../eval/extraction-corpus.js';
describe('extraction quality on the labelled corpus (default options)', function () {
    this.timeout(300_000);
    it('has at least 30 sites in five languages', () => {
        const corpus = readCorpus();
        expect(corpus.length).to.be.at.least(30);
        expect(new Set(corpus.map((site) => site.language))).to.include.members(['fr', 'de', 'en', 'es', 'it']);
    });
    it('meets every precision and recall threshold of issue 10', async () => {
        const result = await runExtractionEval({ timeoutMs: 240_000 });
        const failures = failedThresholds(totals(result.sites));
        expect(failures, `\n${formatScores(result.sites)}`).to.deep.equal([]);
    });
});
//# sourceMappingURL=extraction-eval.test.js.map