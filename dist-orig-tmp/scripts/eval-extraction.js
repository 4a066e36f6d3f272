/**
 * `npm run eval:extraction`: analyses the labelled corpus (test/fixtures/corpus/) with the real
 * pipeline at the default options, prints precision and recall per field and per site, and exits
 * non-zero when a threshold of issue 10 is not met. `--only a,b` limits it to some sites.
 */
import { runExtractionEval } from '../test/eval/extraction-eval.js';
import { failedThresholds, formatScores, totals } from '../test/eval/extraction-score.js';
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1]?.split(',') : undefined;
const result = await runExtractionEval({ ...(only ? { only } : {}), log: (line) => console.log(line) });
console.log(formatScores(result.sites));
console.log(`duration: ${(result.durationMs / 1000).toFixed(1)} s for ${result.sites.length} sites`);
const failures = failedThresholds(totals(result.sites));
if (failures.length > 0) {
    console.error(`FAILED thresholds:\n  ${failures.join('\n  ')}`);
    process.exit(1);
}
console.log('all thresholds met');
process.exit(0);
//# sourceMappingURL=eval-extraction.js.map