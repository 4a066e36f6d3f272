import { expect } from 'chai';
import { BrowserCrashedError, parseRetryAfterMs, StartPageError } from '../../actors/crawl/crawl-errors.js';
import { InvalidCrawlOptionsError } from '../../actors/crawl/crawl-options.js';
import { PageLoadError } from '../../actors/crawl/page-load-error.js';
import { decideOnFailure, MAX_RETRY_DELAY_MS, retryDelayMs } from '../../actors/retry-decision.js';
import { NonRetryableError, RetryableError } from '../../actors/work-errors.js';
const WHAT = 'Scraping https://acme.test/';
const first = { delivery: 1, final: false };
const third = { delivery: 3, final: false };
const last = { delivery: 5, final: true };
const only = { delivery: 1, final: true };
const http503 = new StartPageError('Could not load https://acme.test/: HTTP 503', true);
const http404 = new StartPageError('Could not load https://acme.test/: HTTP 404', false);
const refused = new StartPageError('Could not load https://acme.test/: net::ERR_CONNECTION_REFUSED (connection refused)', true);
describe('decideOnFailure', () => {
    const cases = [
        { name: 'start page HTTP 503, first delivery: retry after 1 s', error: http503, attempt: first, expected: { action: 'retry', delayMs: 1000 } },
        { name: 'start page HTTP 503, third delivery: backoff doubles twice', error: http503, attempt: third, expected: { action: 'retry', delayMs: 4000 } },
        { name: 'refused connection: retry', error: refused, attempt: first, expected: { action: 'retry', delayMs: 1000 } },
        {
            name: 'Retry-After longer than the backoff is honoured',
            error: new StartPageError('Could not load https://acme.test/: HTTP 429', true, { retryAfterMs: 7000 }),
            attempt: first,
            expected: { action: 'retry', delayMs: 7000 },
        },
        {
            name: 'Retry-After shorter than the backoff: the backoff',
            error: new StartPageError('Could not load https://acme.test/: HTTP 503', true, { retryAfterMs: 0 }),
            attempt: third,
            expected: { action: 'retry', delayMs: 4000 },
        },
        {
            name: 'Retry-After of an hour is capped',
            error: new StartPageError('Could not load https://acme.test/: HTTP 503', true, { retryAfterMs: 3_600_000 }),
            attempt: first,
            expected: { action: 'retry', delayMs: MAX_RETRY_DELAY_MS },
        },
        {
            name: 'retryable on the final delivery: fail, saying how often it was tried',
            error: http503,
            attempt: last,
            expected: { action: 'fail', message: 'Could not load https://acme.test/: HTTP 503 (after 5 attempts)' },
        },
        {
            name: 'retryable when only one delivery is allowed: fail with the message as is',
            error: refused,
            attempt: only,
            expected: { action: 'fail', message: refused.message },
        },
        {
            name: 'start page HTTP 404: fail at once',
            error: http404,
            attempt: first,
            expected: { action: 'fail', message: 'Could not load https://acme.test/: HTTP 404' },
        },
        {
            name: 'invalid crawl options: fail at once',
            error: new InvalidCrawlOptionsError('maxPages must be between 1 and 1000 (got 0)', 'maxPages'),
            attempt: first,
            expected: { action: 'fail', message: 'maxPages must be between 1 and 1000 (got 0)' },
        },
        {
            name: 'NonRetryableError: fail at once',
            error: new NonRetryableError('Disallowed by robots.txt'),
            attempt: first,
            expected: { action: 'fail', message: 'Disallowed by robots.txt' },
        },
        { name: 'RetryableError: retry', error: new RetryableError('Bus unavailable'), attempt: first, expected: { action: 'retry', delayMs: 1000 } },
        { name: 'browser crash: retry', error: new BrowserCrashedError('Chromium went away'), attempt: third, expected: { action: 'retry', delayMs: 4000 } },
        {
            name: 'page load timeout: retry',
            error: new PageLoadError('Could not load https://acme.test/: no response within 20000 ms', 'timeout', true),
            attempt: first,
            expected: { action: 'retry' },
        },
        {
            name: 'page scripts hang the browser: fail at once',
            error: new PageLoadError('Could not read https://acme.test/', 'unresponsive', false),
            attempt: first,
            expected: { action: 'fail', message: 'Could not read https://acme.test/' },
        },
        {
            name: 'an error without a policy (a bug, a hiccup): retry, the log names the work and the cause',
            error: new TypeError('x is undefined'),
            attempt: first,
            expected: { action: 'retry', delayMs: 1000, reason: /^Scraping https:\/\/acme\.test\/ failed \(x is undefined\); retrying in 1 s$/ },
        },
        {
            name: 'an error without a policy on the final delivery: fail, worded for the user',
            error: new TypeError('x is undefined'),
            attempt: last,
            expected: { action: 'fail', message: 'Scraping https://acme.test/ failed: x is undefined (after 5 attempts)' },
        },
        {
            name: 'a thrown string on the only delivery',
            error: 'boom',
            attempt: only,
            expected: { action: 'fail', message: 'Scraping https://acme.test/ failed: boom' },
        },
        {
            name: 'a retryable flag that is not a boolean is no policy',
            error: Object.assign(new Error('odd'), { retryable: 'no' }),
            attempt: only,
            expected: { action: 'fail', message: 'Scraping https://acme.test/ failed: odd' },
        },
    ];
    for (const { name, error, attempt, expected } of cases) {
        it(name, () => {
            const decision = decideOnFailure(error, attempt, WHAT);
            const { reason, ...rest } = expected;
            expect(decision).to.include(rest);
            if (reason)
                expect(decision.action === 'retry' ? decision.reason : '').to.match(reason);
        });
    }
});
describe('retryDelayMs', () => {
    const cases = [
        [1, undefined, 1000],
        [2, undefined, 2000],
        [5, undefined, 16_000],
        [6, undefined, 30_000],
        [100, undefined, 30_000],
        [0, undefined, 1000],
        [1, 5000, 5000],
        [4, 5000, 8000],
        [1, 90_000, 30_000],
    ];
    for (const [delivery, retryAfterMs, expected] of cases) {
        it(`delivery ${delivery}, Retry-After ${retryAfterMs ?? 'none'} → ${expected} ms`, () => {
            expect(retryDelayMs(delivery, retryAfterMs)).to.equal(expected);
        });
    }
});
describe('parseRetryAfterMs', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const cases = [
        ['120', 120_000],
        [' 0 ', 0],
        ['Thu, 01 Jan 2026 00:00:30 GMT', 30_000],
        ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
        [undefined, undefined],
        ['', undefined],
        ['-5', undefined],
        ['1.5', undefined],
        ['soon', undefined],
        ['Thursday 5', undefined],
    ];
    for (const [header, expected] of cases) {
        it(`${JSON.stringify(header)} → ${expected ?? 'none'}`, () => {
            expect(parseRetryAfterMs(header, now)).to.equal(expected);
        });
    }
});
//# sourceMappingURL=retry-decision.test.js.map