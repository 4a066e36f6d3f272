/**
 * Process configuration from environment variables (the same names in every mode), validated
 * where it enters: a bad value stops the process with a message naming the variable.
 */

import { InvalidApiKeyError, parseApiKeyList, readApiKeysFile } from '../gateway/security/api-keys.js';
import { InvalidCorsOriginError, parseCorsOrigins } from '../gateway/security/cors.js';
import { SECURITY_DEFAULTS, SECURITY_RANGES, type GatewaySecurityOptions } from '../gateway/security/security-settings.js';
import { InvalidDnsServerError, parseDnsServers } from '../actors/dns/dns-servers.js';
import { DEFAULT_NATS_PREFIX } from '../schema/subjects.js';
import type { ActorServiceOptions } from '../actors/actor-service.js';
import { ACTOR_SERVICE_DEFAULTS } from '../actors/actor-service-defaults.js';
import { CRAWL_LIMITS, DEFAULT_CRAWL_OPTIONS, RENDER_MODES, type RenderMode } from '../actors/crawl/crawl-options.js';

/** A configuration value is wrong: the operator must fix it; nothing will start. */
export class FatalConfigError extends Error {
  override readonly name = 'FatalConfigError';
}

export interface ProcessConfig {
  /** `PORT`. @default 4000 */
  readonly port: number;
  /** `HOST`. @default '127.0.0.1' */
  readonly host: string;
  /** `PROSPECTLAB_DATA_DIR`. @default './data' */
  readonly dataDir: string;
  /** `PROSPECTLAB_DATABASE_URL`: `postgres://…` keeps the store in PostgreSQL (several gateways); unset: SQLite in {@link dataDir}. */
  readonly databaseUrl: string | undefined;
  /** `PROSPECTLAB_DATABASE_POOL_SIZE`: PostgreSQL connections of one gateway. @default 10 */
  readonly databasePoolSize: number;
  /** `PROSPECTLAB_ALLOW_PRIVATE_NETWORKS` = 1/true. @default false */
  readonly allowPrivateNetworks: boolean;
  /** `PROSPECTLAB_ACTOR_CONCURRENCY`: jobs one actor service runs at once. @default {@link ACTOR_SERVICE_DEFAULTS} */
  readonly actorConcurrency: number;
  /** `PROSPECTLAB_PAGE_TIMEOUT_MS`: per-page navigation timeout. @default {@link DEFAULT_CRAWL_OPTIONS} */
  readonly pageTimeoutMs: number;
  /** `PROSPECTLAB_MAX_UPLOAD_MB`: largest accepted upload, in bytes here. @default 16 MiB */
  readonly maxUploadBytes: number;
  /** `PROSPECTLAB_MAX_UPLOAD_ROWS`: most company rows in one upload. @default 10000 */
  readonly maxUploadRows: number;
  /** `PROSPECTLAB_UPLOAD_TTL_HOURS`: uploads older than this are deleted (in seconds here). @default 24 h */
  readonly uploadTtlSeconds: number;
  /**
   * `PROSPECTLAB_NATS_PREFIX`: first token of every NATS subject, and of stream and consumer
   * names, so deployments sharing a NATS server stay apart. @default 'pl'
   */
  readonly natsPrefix: string;
  /** `PROSPECTLAB_WORK_ACK_WAIT_MS`: work not reported alive for this long goes to another actor. @default {@link ACTOR_SERVICE_DEFAULTS} */
  readonly workAckWaitMs: number;
  /** `PROSPECTLAB_WORK_MAX_DELIVER`: deliveries of one piece of work before it is reported failed. @default {@link ACTOR_SERVICE_DEFAULTS} */
  readonly workMaxDeliver: number;
  /** `PROSPECTLAB_JOB_TIMEOUT_SECONDS`: unfinished jobs this old are ended. @default 21600 */
  readonly jobTimeoutSeconds: number;
  /** `PROSPECTLAB_RENDER`: `auto` (plain HTTP first, Chromium when a page needs it) or `always`. @default {@link DEFAULT_CRAWL_OPTIONS} */
  readonly renderMode: RenderMode;
  /** `PROSPECTLAB_BROWSER_PAGES`: pages one actor service renders at once; unset: from CPUs and free memory. */
  readonly browserPages: number | undefined;
  /** `METRICS_PORT`: an actor service serves `/metrics` on this port (on `HOST`); unset: no metrics port. */
  readonly metricsPort: number | undefined;
  /** `PROSPECTLAB_DNS_SERVERS`: resolvers of e-mail domain checks (`ip`, `ip:port`, `[ipv6]:port`, comma-separated); empty: the system's. */
  readonly dnsServers: readonly string[];
  /**
   * `PROSPECTLAB_WORK_SEND_WARN_MS`: work the gateway could not send for this long (message bus
   * unavailable) is logged; it stays queued in the outbox and is sent when the bus is back. @default 300000
   */
  readonly workSendWarnMs: number;
  /**
   * `PROSPECTLAB_TEST_CRASH_AFTER_COMMIT=dispatch[:n]` (fault tests only, not documented as a
   * setting): the gateway kills itself right after the n-th (default first) transaction that
   * wrote work to the outbox commits, before sending it.
   */
  readonly testCrashAfterOutboxCommit: number | undefined;
}

function crashHook(env: NodeJS.ProcessEnv): number | undefined {
  const raw = (env.PROSPECTLAB_TEST_CRASH_AFTER_COMMIT ?? '').trim();
  if (raw === '') return undefined;
  const match = /^dispatch(?::([1-9]\d{0,5}))?$/.exec(raw);
  if (!match) throw new FatalConfigError(`PROSPECTLAB_TEST_CRASH_AFTER_COMMIT must be dispatch or dispatch:<n> (got ${JSON.stringify(raw)})`);
  return match[1] ? Number(match[1]) : 1;
}

function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = (env.PROSPECTLAB_DATABASE_URL ?? '').trim();
  if (raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FatalConfigError('PROSPECTLAB_DATABASE_URL must be a URL such as postgres://user@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new FatalConfigError(`PROSPECTLAB_DATABASE_URL must start with postgres:// (got ${url.protocol}//…)`);
  }
  return raw;
}

function natsPrefix(env: NodeJS.ProcessEnv): string {
  const raw = (env.PROSPECTLAB_NATS_PREFIX ?? '').trim();
  if (raw === '') return DEFAULT_NATS_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(raw)) {
    throw new FatalConfigError(`PROSPECTLAB_NATS_PREFIX must be 1 to 32 letters, digits, _ or - (got ${JSON.stringify(raw)})`);
  }
  return raw;
}

function dnsServers(env: NodeJS.ProcessEnv): string[] {
  try {
    return parseDnsServers(env.PROSPECTLAB_DNS_SERVERS);
  } catch (error) {
    if (error instanceof InvalidDnsServerError) throw new FatalConfigError(error.message, { cause: error });
    throw error;
  }
}

function renderMode(env: NodeJS.ProcessEnv): RenderMode {
  const raw = (env.PROSPECTLAB_RENDER ?? '').trim().toLowerCase();
  if (raw === '') return DEFAULT_CRAWL_OPTIONS.renderMode;
  const mode = RENDER_MODES.find((m) => m === raw);
  if (mode) return mode;
  throw new FatalConfigError(`PROSPECTLAB_RENDER must be ${RENDER_MODES.join(' or ')} (got ${JSON.stringify(env.PROSPECTLAB_RENDER)})`);
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new FatalConfigError(`${name} must be an integer between ${min} and ${max} (got ${JSON.stringify(raw)})`);
  }
  return value;
}

/** A 1/0 switch that may be left unset (undefined: the caller's default applies). */
function optionalFlag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  return (env[name] ?? '').trim() === '' ? undefined : flag(env, name);
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new FatalConfigError(`${name} must be 1 or 0 (got ${JSON.stringify(env[name])})`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ProcessConfig {
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: env.PROSPECTLAB_DATA_DIR || './data',
    databaseUrl: databaseUrl(env),
    databasePoolSize: integer(env, 'PROSPECTLAB_DATABASE_POOL_SIZE', 10, 1, 500),
    allowPrivateNetworks: flag(env, 'PROSPECTLAB_ALLOW_PRIVATE_NETWORKS'),
    actorConcurrency: integer(env, 'PROSPECTLAB_ACTOR_CONCURRENCY', ACTOR_SERVICE_DEFAULTS.maxConcurrentJobs, 1, 50),
    pageTimeoutMs: integer(
      env,
      'PROSPECTLAB_PAGE_TIMEOUT_MS',
      DEFAULT_CRAWL_OPTIONS.pageTimeoutMs,
      CRAWL_LIMITS.pageTimeoutMs.min,
      CRAWL_LIMITS.pageTimeoutMs.max,
    ),
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
export function actorServiceSettings(config: ProcessConfig): Omit<ActorServiceOptions, 'bus' | 'logger'> {
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
export function loadSecurityConfig(env: NodeJS.ProcessEnv = process.env): GatewaySecurityOptions {
  const range = (name: string, key: keyof typeof SECURITY_RANGES): number =>
    integer(env, name, SECURITY_DEFAULTS[key], SECURITY_RANGES[key].min, SECURITY_RANGES[key].max);
  const apiKeys: string[] = [];
  try {
    const list = env.PROSPECTLAB_API_KEYS ?? '';
    if (list.trim() !== '') {
      const keys = parseApiKeyList(list);
      if (!keys.length) throw new InvalidApiKeyError('PROSPECTLAB_API_KEYS is set but holds no key');
      apiKeys.push(...keys);
    }
    const file = (env.PROSPECTLAB_API_KEYS_FILE ?? '').trim();
    if (file !== '') {
      const keys = readApiKeysFile(file);
      if (!keys.length) throw new InvalidApiKeyError(`PROSPECTLAB_API_KEYS_FILE ${file} holds no key`);
      apiKeys.push(...keys);
    }
  } catch (error) {
    if (error instanceof InvalidApiKeyError) throw new FatalConfigError(error.message, { cause: error });
    throw error;
  }
  let corsOrigins: string[];
  try {
    corsOrigins = parseCorsOrigins(env.PROSPECTLAB_CORS_ORIGINS ?? '');
  } catch (error) {
    if (error instanceof InvalidCorsOriginError) throw new FatalConfigError(error.message, { cause: error });
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
export function describeSecurity(security: GatewaySecurityOptions): string {
  const keys = security.apiKeys?.length ?? 0;
  return keys > 0 ? `API keys required (${keys} configured)` : 'open mode: no API keys configured, anyone who can reach this port can use the API';
}
