/**
 * Process configuration from environment variables (the same names in every mode), validated
 * where it enters: a bad value stops the process with a message naming the variable.
 */
import { InvalidApiKeyError, parseApiKeyList, readApiKeysFile } from '../gateway/security/api-keys.js';
import { InvalidCorsOriginError, parseCorsOrigins } from '../gateway/security/cors.js';
import { SECURITY_DEFAULTS, SECURITY_RANGES } from '../gateway/security/security-settings.js';
import { InvalidDnsServerError, parseDnsServers } from '../actors/dns/dns-servers.js';
import { DEFAULT_NATS_PREFIX } from '../schema/subjects.js';
import { ACTOR_SERVICE_DEFAULTS } from '../actors/actor-service-defaults.js';
import { CRAWL_LIMITS, DEFAULT_CRAWL_OPTIONS, RENDER_MODES } from '../actors/crawl/crawl-options.js';
/** A configuration value is wrong: the operator must fix it; nothing will start. */
export class FatalConfigError extends Error {
    name = 'FatalConfigError';
}
function crashHook(env) {
    const raw = (env.PROSPECTLAB_TEST_CRASH_AFTER_COMMIT ?? '').trim();
    if (raw === '')
        return undefined;
    const match = /^dispatch(?::([1-9]\d{0,5}))?$/.exec(raw);
    if (!match)
        throw new FatalConfigError(`PROSPECTLAB_TEST_CRASH_AFTER_COMMIT must be dispatch or dispatch:<n> (got ${JSON.stringify(raw)})`);
    return match[1] ? Number(match[1]) : 1;
}
function databaseUrl(env) {
    const raw = (env.PROSPECTLAB_DATABASE_URL ?? '').trim();
    if (raw === '')
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new FatalConfigError('PROSPECTLAB_DATABASE_URL must be a URL such as postgres://user@host:5432/database');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        throw new FatalConfigError(`PROSPECTLAB_DATABASE_URL must start with postgres:// (got ${url.protocol}//…)`);
    }
    return raw;
}
function natsPrefix(env) {
    const raw = (env.PROSPECTLAB_NATS_PREFIX ?? '').trim();
    if (raw === '')
        return DEFAULT_NATS_PREFIX;
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(raw)) {
        throw new FatalConfigError(`PROSPECTLAB_NATS_PREFIX must be 1 to 32 letters, digits, _ or - (got ${JSON.stringify(raw)})`);
    }
    return raw;
}
function dnsServers(env) {
    try {
        return parseDnsServers(env.PROSPECTLAB_DNS_SERVERS);
    }
    catch (error) {
        if (error instanceof InvalidDnsServerError)
            throw new FatalConfigError(error.message, { cause: error });
        throw error;
    }
}
function renderMode(env) {
    const raw = (env.PROSPECTLAB_RENDER ?? '').trim().toLowerCase();
    if (raw === '')
        return DEFAULT_CRAWL_OPTIONS.renderMode;
    const mode = RENDER_MODES.find((m) => m === raw);
    if (mode)
        return mode;
    throw new FatalConfigError(`PROSPECTLAB_RENDER must be ${RENDER_MODES.join(' or ')} (got ${JSON.stringify(env.PROSPECTLAB_RENDER)})`);
}
function integer(env, name, fallback, min, max) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new FatalConfigError(`${name} must be an integer between ${min} and ${max} (got ${JSON.stringify(raw)})`);
    }
    return value;
}
/** A 1/0 switch that may be left unset (undefined: the caller's default applies). */
function optionalFlag(env, name) {
    return (env[name] ?? '').trim() === '' ? undefined : flag(env, name);
}
function flag(env, name) {
    const raw = (env[name] ?? '').trim().toLowerCase();
    if (raw === '' || raw === '0' || raw === 'false' || raw === 'no')
        return false;
    if (raw === '1' || raw === 'true' || raw === 'yes')
        return true;
    throw new FatalConfigError(`${name} must be 1 or 0 (got ${JSON.stringify(env[name])})`);
}
export function loadConfig(env = process.env) {
    return {
        port: integer(env, 'PORT', 4000, 0, 65535),
        host: env.HOST || '127.0.0.1',
        dataDir: env.PROSPECTLAB_DATA_DIR || './data',
        databaseUrl: databaseUrl(env),
        databasePoolSize: integer(env, 'PROSPECTLAB_DATABASE_POOL_SIZE', 10, 1, 500),
        allowPrivateNetworks: flag(env, 'PROSPECTLAB_ALLOW_PRIVATE_NETWORKS'),
        actorConcurrency: integer(env, 'PROSPECTLAB_ACTOR_CONCURRENCY', ACTOR_SERVICE_DEFAULTS.maxConcurrentJobs, 1, 50),
        pageTimeoutMs: integer(env, 'PROSPECTLAB_PAGE_TIMEOUT_MS', DEFAULT_CRAWL_OPTIONS.pageTimeoutMs, CRAWL_LIMITS.pageTimeoutMs.min, CRAWL_LIMITS.pageTimeoutMs.max),
        maxUploadBytes: integer(env, 'PROSPECTLAB_MAX_UPLOAD_MB', 16, 1, 1024) * 1024 * 1024,
        maxUploadRows: integer(env, 'PROSPECTLAB_MAX_UPLOAD_ROWS', 10_000, 1, 100_000),
        uploadTtlSeconds: integer(env, 'PROSPECTLAB_UPLOAD_TTL_HOURS', 24, 1, 24 * 365) * 3600,
        natsPrefix: natsPrefix(env),
        workAckWaitMs: integer(env, 'PROSPECTLAB_WORK_ACK_WAIT_MS', ACTOR_SERVICE_DEFAULTS.ackWaitMs, 1000, 600_000),
        workMaxDeliver: integer(env, 'PROSPECTLAB_WORK_MAX_DELIVER', ACTOR_SERVICE_DEFAULTS.maxDeliver, 1, 100),
        jobTimeoutSeconds: integer(env, 'PROSPECTLAB_JOB_TIMEOUT_SECONDS', 6 * 3600, 1, 30 * 24 * 3600),
        renderMode: renderMode(env),
        browserPages: env.PROSPECTLAB_BROWSER_PAGES ? integer(env, 'PROSPECTLAB_BROWSER_PAGES', 1, 1, 64) : undefined,
        metricsPort: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 0, 65535) : undefined,
        dnsServers: dnsServers(env),
        workSendWarnMs: integer(env, 'PROSPECTLAB_WORK_SEND_WARN_MS', 5 * 60_000, 100, 24 * 3600_000),
        testCrashAfterOutboxCommit: crashHook(env),
    };
}
/** What an actor service takes from the process configuration (`npm start` and `npm run actors` alike). */
export function actorServiceSettings(config) {
    return {
        allowPrivateNetworks: config.allowPrivateNetworks,
        pageTimeoutMs: config.pageTimeoutMs,
        renderMode: config.renderMode,
        maxConcurrentJobs: config.actorConcurrency,
        ackWaitMs: config.workAckWaitMs,
        maxDeliver: config.workMaxDeliver,
        dnsServers: config.dnsServers,
        ...(config.browserPages ? { maxBrowserPages: config.browserPages } : {}),
    };
}
/**
 * The gateway's security settings (README "Security"), read only by the processes that run a
 * gateway, so actor services need neither the keys nor the keys file:
 * - `PROSPECTLAB_API_KEYS` (comma-separated) and `PROSPECTLAB_API_KEYS_FILE` (one key per line,
 *   `#` comments): together the accepted keys; none means open mode. A variable that is set but
 *   yields no key is an error, so a typo never opens the gateway.
 * - `PROSPECTLAB_MUTATIONS_PER_MINUTE` (default 60, 0 = off), `PROSPECTLAB_MAX_JOBS_PER_KEY`
 *   (10, 0 = off), `PROSPECTLAB_MAX_PAGES_PER_JOB` (1000), `PROSPECTLAB_MAX_QUERY_DEPTH` (10),
 *   `PROSPECTLAB_MAX_QUERY_COMPLEXITY` (5000), `PROSPECTLAB_MAX_QUERY_TOKENS` (2000),
 *   `PROSPECTLAB_MAX_SUBSCRIPTIONS_PER_CONNECTION` (20).
 * - `PROSPECTLAB_INTROSPECTION`, `PROSPECTLAB_PLAYGROUND`: 1/0; unset means on, except with
 *   `NODE_ENV=production`.
 * - `PROSPECTLAB_CORS_ORIGINS`: comma-separated origins (or `*`) browsers may call from.
 * @throws FatalConfigError naming the variable at fault
 */
export function loadSecurityConfig(env = process.env) {
    const range = (name, key) => integer(env, name, SECURITY_DEFAULTS[key], SECURITY_RANGES[key].min, SECURITY_RANGES[key].max);
    const apiKeys = [];
    try {
        const list = env.PROSPECTLAB_API_KEYS ?? '';
        if (list.trim() !== '') {
            const keys = parseApiKeyList(list);
            if (!keys.length)
                throw new InvalidApiKeyError('PROSPECTLAB_API_KEYS is set but holds no key');
            apiKeys.push(...keys);
        }
        const file = (env.PROSPECTLAB_API_KEYS_FILE ?? '').trim();
        if (file !== '') {
            const keys = readApiKeysFile(file);
            if (!keys.length)
                throw new InvalidApiKeyError(`PROSPECTLAB_API_KEYS_FILE ${file} holds no key`);
            apiKeys.push(...keys);
        }
    }
    catch (error) {
        if (error instanceof InvalidApiKeyError)
            throw new FatalConfigError(error.message, { cause: error });
        throw error;
    }
    let corsOrigins;
    try {
        corsOrigins = parseCorsOrigins(env.PROSPECTLAB_CORS_ORIGINS ?? '');
    }
    catch (error) {
        if (error instanceof InvalidCorsOriginError)
            throw new FatalConfigError(error.message, { cause: error });
        throw error;
    }
    const introspection = optionalFlag(env, 'PROSPECTLAB_INTROSPECTION');
    const playground = optionalFlag(env, 'PROSPECTLAB_PLAYGROUND');
    return {
        apiKeys,
        mutationsPerMinute: range('PROSPECTLAB_MUTATIONS_PER_MINUTE', 'mutationsPerMinute'),
        maxActiveJobsPerKey: range('PROSPECTLAB_MAX_JOBS_PER_KEY', 'maxActiveJobsPerKey'),
        maxPagesPerJob: range('PROSPECTLAB_MAX_PAGES_PER_JOB', 'maxPagesPerJob'),
        maxQueryDepth: range('PROSPECTLAB_MAX_QUERY_DEPTH', 'maxQueryDepth'),
        maxQueryComplexity: range('PROSPECTLAB_MAX_QUERY_COMPLEXITY', 'maxQueryComplexity'),
        maxQueryTokens: range('PROSPECTLAB_MAX_QUERY_TOKENS', 'maxQueryTokens'),
        maxSubscriptionsPerConnection: range('PROSPECTLAB_MAX_SUBSCRIPTIONS_PER_CONNECTION', 'maxSubscriptionsPerConnection'),
        ...(introspection === undefined ? {} : { introspection }),
        ...(playground === undefined ? {} : { playground }),
        corsOrigins,
        production: env.NODE_ENV === 'production',
    };
}
/** One line for the start-up log saying how callers are admitted (never the keys). */
export function describeSecurity(security) {
    const keys = security.apiKeys?.length ?? 0;
    return keys > 0 ? `API keys required (${keys} configured)` : 'open mode: no API keys configured, anyone who can reach this port can use the API';
}
//# sourceMappingURL=config.js.map