import { expect } from 'chai';
import { ACTOR_SERVICE_DEFAULTS } from '../../actors/actor-service-defaults.js';
import { CRAWL_LIMITS, DEFAULT_CRAWL_OPTIONS } from '../../actors/crawl/crawl-options.js';
import { actorServiceSettings, FatalConfigError, loadConfig } from '../../main/config.js';
import { SCRAPE_DEFAULTS, SCRAPE_LIMIT_RANGES } from '../../schema/scrape-limits.js';
describe('actorServiceSettings (the actor service configuration, built once from the environment)', () => {
    it('gives every actor service the same defaults as the crawler and the service', () => {
        expect(actorServiceSettings(loadConfig({}))).to.deep.equal({
            allowPrivateNetworks: DEFAULT_CRAWL_OPTIONS.allowPrivateNetworks,
            pageTimeoutMs: DEFAULT_CRAWL_OPTIONS.pageTimeoutMs,
            renderMode: DEFAULT_CRAWL_OPTIONS.renderMode,
            maxConcurrentJobs: ACTOR_SERVICE_DEFAULTS.maxConcurrentJobs,
            ackWaitMs: ACTOR_SERVICE_DEFAULTS.ackWaitMs,
            maxDeliver: ACTOR_SERVICE_DEFAULTS.maxDeliver,
            dnsServers: [],
        });
    });
    it('carries each variable to its option', () => {
        const env = {
            PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
            PROSPECTLAB_PAGE_TIMEOUT_MS: '5000',
            PROSPECTLAB_RENDER: 'always',
            PROSPECTLAB_ACTOR_CONCURRENCY: '7',
            PROSPECTLAB_WORK_ACK_WAIT_MS: '4000',
            PROSPECTLAB_WORK_MAX_DELIVER: '2',
            PROSPECTLAB_DNS_SERVERS: '127.0.0.1:5353',
            PROSPECTLAB_BROWSER_PAGES: '3',
        };
        expect(actorServiceSettings(loadConfig(env))).to.deep.equal({
            allowPrivateNetworks: true,
            pageTimeoutMs: 5000,
            renderMode: 'always',
            maxConcurrentJobs: 7,
            ackWaitMs: 4000,
            maxDeliver: 2,
            dnsServers: ['127.0.0.1:5353'],
            maxBrowserPages: 3,
        });
    });
    const { min, max } = CRAWL_LIMITS.pageTimeoutMs;
    for (const bad of [String(min - 1), String(max + 1), '2.5', 'soon']) {
        it(`refuses PROSPECTLAB_PAGE_TIMEOUT_MS=${bad} with the crawler's own range`, () => {
            expect(() => loadConfig({ PROSPECTLAB_PAGE_TIMEOUT_MS: bad })).to.throw(FatalConfigError, `PROSPECTLAB_PAGE_TIMEOUT_MS must be an integer between ${min} and ${max}`);
        });
    }
});
describe('one table of scrape limits', () => {
    it("the crawler takes the public contract's defaults and ranges as they are", () => {
        for (const [field, range] of Object.entries(SCRAPE_LIMIT_RANGES)) {
            expect(CRAWL_LIMITS[field], field).to.deep.equal(range);
            expect(DEFAULT_CRAWL_OPTIONS[field], field).to.equal(SCRAPE_DEFAULTS[field]);
        }
    });
});
//# sourceMappingURL=actor-settings.test.js.map