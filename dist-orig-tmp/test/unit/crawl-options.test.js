import { expect } from 'chai';
import { CRAWL_LIMITS, DEFAULT_CRAWL_OPTIONS, InvalidCrawlOptionsError, resolveCrawlOptions } from '../../actors/crawl/crawl-options.js';
describe('resolveCrawlOptions', () => {
    it('fills every option from the defaults when none is given', () => {
        expect(resolveCrawlOptions({})).to.deep.equal({
            maxDepth: 3,
            maxPages: 50,
            maxDurationSeconds: 300,
            concurrency: 5,
            delayMs: 0,
            pageTimeoutMs: 20_000,
            respectRobotsTxt: true,
            allowPrivateNetworks: false,
            renderMode: 'auto',
            renderForInspection: 0,
        });
        expect(resolveCrawlOptions({})).to.deep.equal(DEFAULT_CRAWL_OPTIONS);
    });
    const accepted = [
        { name: 'maxDepth 0 (start page only)', input: { maxDepth: 0 }, expected: { maxDepth: 0 } },
        { name: 'maxDepth at its maximum', input: { maxDepth: 10 }, expected: { maxDepth: 10 } },
        { name: 'maxPages 1', input: { maxPages: 1 }, expected: { maxPages: 1 } },
        { name: 'maxPages 1000', input: { maxPages: 1000 }, expected: { maxPages: 1000 } },
        { name: 'maxDurationSeconds bounds', input: { maxDurationSeconds: 1 }, expected: { maxDurationSeconds: 1 } },
        { name: 'maxDurationSeconds 3600', input: { maxDurationSeconds: 3600 }, expected: { maxDurationSeconds: 3600 } },
        { name: 'concurrency 1', input: { concurrency: 1 }, expected: { concurrency: 1 } },
        { name: 'concurrency 20', input: { concurrency: 20 }, expected: { concurrency: 20 } },
        { name: 'delayMs 60000', input: { delayMs: 60_000 }, expected: { delayMs: 60_000 } },
        { name: 'pageTimeoutMs 1000', input: { pageTimeoutMs: 1000 }, expected: { pageTimeoutMs: 1000 } },
        { name: 'pageTimeoutMs 120000', input: { pageTimeoutMs: 120_000 }, expected: { pageTimeoutMs: 120_000 } },
        { name: 'robots off', input: { respectRobotsTxt: false }, expected: { respectRobotsTxt: false } },
        { name: 'private networks on', input: { allowPrivateNetworks: true }, expected: { allowPrivateNetworks: true } },
        { name: 'rendering every page', input: { renderMode: 'always' }, expected: { renderMode: 'always' } },
        { name: 'adaptive rendering', input: { renderMode: 'auto' }, expected: { renderMode: 'auto' } },
        { name: 'pages rendered for inspection', input: { renderForInspection: 3 }, expected: { renderForInspection: 3 } },
        {
            name: 'several at once',
            input: { maxDepth: 1, maxPages: 7, delayMs: 250 },
            expected: { maxDepth: 1, maxPages: 7, delayMs: 250 },
        },
        {
            name: 'null means default (GraphQL sends null for omitted nullable args)',
            input: { maxPages: null },
            expected: { maxPages: 50 },
        },
    ];
    for (const { name, input, expected } of accepted) {
        it(`accepts ${name}`, () => {
            expect(resolveCrawlOptions(input)).to.deep.equal({ ...DEFAULT_CRAWL_OPTIONS, ...expected });
        });
    }
    const rejected = [
        { input: { maxPages: 0 }, message: 'maxPages must be between 1 and 1000 (got 0)' },
        { input: { maxPages: 1001 }, message: 'maxPages must be between 1 and 1000 (got 1001)' },
        { input: { maxPages: -5 }, message: 'maxPages must be between 1 and 1000 (got -5)' },
        { input: { maxDepth: -1 }, message: 'maxDepth must be between 0 and 10 (got -1)' },
        { input: { maxDepth: 11 }, message: 'maxDepth must be between 0 and 10 (got 11)' },
        { input: { maxDurationSeconds: 0 }, message: 'maxDurationSeconds must be between 1 and 3600 (got 0)' },
        { input: { maxDurationSeconds: 3601 }, message: 'maxDurationSeconds must be between 1 and 3600 (got 3601)' },
        { input: { concurrency: 0 }, message: 'concurrency must be between 1 and 20 (got 0)' },
        { input: { concurrency: 21 }, message: 'concurrency must be between 1 and 20 (got 21)' },
        { input: { delayMs: -1 }, message: 'delayMs must be between 0 and 60000 (got -1)' },
        { input: { delayMs: 60_001 }, message: 'delayMs must be between 0 and 60000 (got 60001)' },
        { input: { pageTimeoutMs: 999 }, message: 'pageTimeoutMs must be between 1000 and 120000 (got 999)' },
        { input: { pageTimeoutMs: 120_001 }, message: 'pageTimeoutMs must be between 1000 and 120000 (got 120001)' },
        { input: { maxPages: 2.5 }, message: 'maxPages must be an integer between 1 and 1000 (got 2.5)' },
        { input: { maxDepth: Number.NaN }, message: 'maxDepth must be an integer between 0 and 10 (got NaN)' },
        {
            input: { maxDurationSeconds: Number.POSITIVE_INFINITY },
            message: 'maxDurationSeconds must be an integer between 1 and 3600 (got Infinity)',
        },
        { input: { concurrency: '5' }, message: 'concurrency must be an integer between 1 and 20 (got "5")' },
        { input: { delayMs: {} }, message: 'delayMs must be an integer between 0 and 60000 (got object)' },
        { input: { respectRobotsTxt: 'no' }, message: 'respectRobotsTxt must be true or false (got "no")' },
        { input: { allowPrivateNetworks: 1 }, message: 'allowPrivateNetworks must be true or false (got 1)' },
        { input: { renderMode: 'sometimes' }, message: 'renderMode must be one of auto, always (got "sometimes")' },
        { input: { renderMode: true }, message: 'renderMode must be one of auto, always (got true)' },
        { input: { renderMode: 'ALWAYS' }, message: 'renderMode must be one of auto, always (got "ALWAYS")' },
        { input: { renderForInspection: -1 }, message: 'renderForInspection must be between 0 and 1000 (got -1)' },
        { input: { renderForInspection: 1.5 }, message: 'renderForInspection must be an integer between 0 and 1000 (got 1.5)' },
    ];
    const describeInput = (input) => JSON.stringify(input, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
    for (const { input, message } of rejected) {
        it(`rejects ${describeInput(input)}`, () => {
            let caught;
            try {
                resolveCrawlOptions(input);
            }
            catch (error) {
                caught = error;
            }
            expect(caught).to.be.instanceOf(InvalidCrawlOptionsError);
            const error = caught;
            expect(error.message).to.equal(message);
            expect(error.field).to.equal(Object.keys(input)[0]);
            expect(error.retryable).to.equal(false);
        });
    }
    it('publishes a range for every numeric option that contains its default', () => {
        for (const [field, { min, max }] of Object.entries(CRAWL_LIMITS)) {
            const value = DEFAULT_CRAWL_OPTIONS[field];
            expect(value, field).to.be.within(min, max);
        }
    });
    it('returns a frozen object and leaves the input untouched', () => {
        const input = { maxPages: 10 };
        const resolved = resolveCrawlOptions(input);
        expect(Object.isFrozen(resolved)).to.equal(true);
        expect(input).to.deep.equal({ maxPages: 10 });
    });
});
//# sourceMappingURL=crawl-options.test.js.map