import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSecurity, FatalConfigError, loadSecurityConfig } from '../../main/config.js';
import { resolveSecuritySettings, InvalidSecuritySettingError, SECURITY_DEFAULTS } from '../../gateway/security/security-settings.js';
const KEY_A = 'pl_key_AAAAAAAAAAAAAAAA';
const KEY_B = 'pl_key_BBBBBBBBBBBBBBBB';
describe('loadSecurityConfig (security environment variables)', () => {
    let dir;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'pl-security-config-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));
    it('defaults to open mode with the default limits, development switches on', () => {
        const options = loadSecurityConfig({});
        expect(options).to.deep.equal({
            apiKeys: [],
            ...SECURITY_DEFAULTS,
            corsOrigins: [],
            production: false,
        });
        expect(resolveSecuritySettings(options, {})).to.include({ introspection: true, playground: true, production: false });
        expect(describeSecurity(options)).to.match(/^open mode/);
    });
    it('turns introspection and the playground off under NODE_ENV=production, unless asked back on', () => {
        const production = loadSecurityConfig({ NODE_ENV: 'production' });
        expect(resolveSecuritySettings(production, {})).to.include({ introspection: false, playground: false, production: true });
        const reopened = loadSecurityConfig({ NODE_ENV: 'production', PROSPECTLAB_INTROSPECTION: '1', PROSPECTLAB_PLAYGROUND: 'true' });
        expect(resolveSecuritySettings(reopened, {})).to.include({ introspection: true, playground: true, production: true });
        const closed = loadSecurityConfig({ PROSPECTLAB_INTROSPECTION: '0', PROSPECTLAB_PLAYGROUND: 'no' });
        expect(resolveSecuritySettings(closed, {})).to.include({ introspection: false, playground: false, production: false });
    });
    it('joins the keys of PROSPECTLAB_API_KEYS and PROSPECTLAB_API_KEYS_FILE', () => {
        const file = join(dir, 'keys');
        writeFileSync(file, `# partner B\n${KEY_B}\n`);
        const options = loadSecurityConfig({ PROSPECTLAB_API_KEYS: ` ${KEY_A} `, PROSPECTLAB_API_KEYS_FILE: file });
        expect(options.apiKeys).to.deep.equal([KEY_A, KEY_B]);
        expect(describeSecurity(options)).to.equal('API keys required (2 configured)');
        expect(describeSecurity(options)).to.not.contain(KEY_A);
    });
    it('reads every numeric limit and the CORS origins', () => {
        const options = loadSecurityConfig({
            PROSPECTLAB_MUTATIONS_PER_MINUTE: '0',
            PROSPECTLAB_MAX_JOBS_PER_KEY: '3',
            PROSPECTLAB_MAX_PAGES_PER_JOB: '200',
            PROSPECTLAB_MAX_QUERY_DEPTH: '6',
            PROSPECTLAB_MAX_QUERY_COMPLEXITY: '900',
            PROSPECTLAB_MAX_QUERY_TOKENS: '500',
            PROSPECTLAB_MAX_SUBSCRIPTIONS_PER_CONNECTION: '4',
            PROSPECTLAB_CORS_ORIGINS: 'https://crm.example.com, http://localhost:5173/',
        });
        expect(options).to.include({
            mutationsPerMinute: 0,
            maxActiveJobsPerKey: 3,
            maxPagesPerJob: 200,
            maxQueryDepth: 6,
            maxQueryComplexity: 900,
            maxQueryTokens: 500,
            maxSubscriptionsPerConnection: 4,
        });
        expect(options.corsOrigins).to.deep.equal(['https://crm.example.com', 'http://localhost:5173']);
    });
    const bad = [
        [{ PROSPECTLAB_API_KEYS: 'short' }, /PROSPECTLAB_API_KEYS item 1: an API key must have 16 to 512 characters/],
        [{ PROSPECTLAB_API_KEYS: ',,' }, /PROSPECTLAB_API_KEYS is set but holds no key/],
        [{ PROSPECTLAB_API_KEYS_FILE: '/nonexistent/keys' }, /PROSPECTLAB_API_KEYS_FILE \/nonexistent\/keys cannot be read/],
        [{ PROSPECTLAB_MUTATIONS_PER_MINUTE: '-1' }, /PROSPECTLAB_MUTATIONS_PER_MINUTE must be an integer between 0 and 100000/],
        [{ PROSPECTLAB_MAX_JOBS_PER_KEY: 'ten' }, /PROSPECTLAB_MAX_JOBS_PER_KEY must be an integer/],
        [{ PROSPECTLAB_MAX_PAGES_PER_JOB: '10' }, /PROSPECTLAB_MAX_PAGES_PER_JOB must be an integer between 50 and 1000/],
        [{ PROSPECTLAB_MAX_QUERY_DEPTH: '1' }, /PROSPECTLAB_MAX_QUERY_DEPTH must be an integer between 2 and 100/],
        [{ PROSPECTLAB_MAX_QUERY_COMPLEXITY: '2.5' }, /PROSPECTLAB_MAX_QUERY_COMPLEXITY/],
        [{ PROSPECTLAB_MAX_QUERY_TOKENS: '99' }, /PROSPECTLAB_MAX_QUERY_TOKENS must be an integer between 100 and 100000/],
        [{ PROSPECTLAB_MAX_SUBSCRIPTIONS_PER_CONNECTION: '0' }, /PROSPECTLAB_MAX_SUBSCRIPTIONS_PER_CONNECTION/],
        [{ PROSPECTLAB_INTROSPECTION: 'maybe' }, /PROSPECTLAB_INTROSPECTION must be 1 or 0/],
        [{ PROSPECTLAB_PLAYGROUND: 'on?' }, /PROSPECTLAB_PLAYGROUND must be 1 or 0/],
        [{ PROSPECTLAB_CORS_ORIGINS: 'crm.example.com' }, /PROSPECTLAB_CORS_ORIGINS: "crm.example.com" is not an origin/],
        [{ PROSPECTLAB_CORS_ORIGINS: 'https://crm.example.com/app' }, /scheme, host and port only/],
    ];
    for (const [env, message] of bad) {
        it(`refuses ${JSON.stringify(env)}`, () => {
            expect(() => loadSecurityConfig(env)).to.throw(FatalConfigError, message);
        });
    }
    it('refuses a keys file without any key', () => {
        const file = join(dir, 'empty-keys');
        writeFileSync(file, '# nobody yet\n\n');
        expect(() => loadSecurityConfig({ PROSPECTLAB_API_KEYS_FILE: file })).to.throw(FatalConfigError, /holds no key/);
    });
});
describe('resolveSecuritySettings (options given in code)', () => {
    it('refuses out-of-range values', () => {
        expect(() => resolveSecuritySettings({ maxQueryDepth: 0 })).to.throw(InvalidSecuritySettingError, /maxQueryDepth/);
        expect(() => resolveSecuritySettings({ maxPagesPerJob: 1001 })).to.throw(InvalidSecuritySettingError, /maxPagesPerJob/);
    });
    it('lets explicit switches win over NODE_ENV', () => {
        expect(resolveSecuritySettings({ introspection: true }, { NODE_ENV: 'production' })).to.include({
            introspection: true,
            playground: false,
            production: true,
        });
        expect(resolveSecuritySettings({ production: false }, { NODE_ENV: 'production' })).to.include({ introspection: true, production: false });
    });
});
//# sourceMappingURL=security-config.test.js.map