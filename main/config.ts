/**
 * Process configuration from environment variables (the same names in every mode), validated
 * where it enters: a bad value stops the process with a message naming the variable.
 */

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
  /** `PROSPECTLAB_ALLOW_PRIVATE_NETWORKS` = 1/true. @default false */
  readonly allowPrivateNetworks: boolean;
  /** `PROSPECTLAB_ACTOR_CONCURRENCY`: jobs one actor service runs at once. @default 2 */
  readonly actorConcurrency: number;
  /** `PROSPECTLAB_PAGE_TIMEOUT_MS`: per-page navigation timeout. @default 20000 */
  readonly pageTimeoutMs: number;
  /** `PROSPECTLAB_MAX_UPLOAD_MB`: largest accepted upload, in bytes here. @default 16 MiB */
  readonly maxUploadBytes: number;
  /** `PROSPECTLAB_MAX_UPLOAD_ROWS`: most company rows in one upload. @default 10000 */
  readonly maxUploadRows: number;
  /** `PROSPECTLAB_WORK_ACK_WAIT_MS`: work not reported alive for this long goes to another actor. @default 30000 */
  readonly workAckWaitMs: number;
  /** `PROSPECTLAB_WORK_MAX_DELIVER`: deliveries of one piece of work before it is reported failed. @default 5 */
  readonly workMaxDeliver: number;
  /** `PROSPECTLAB_JOB_TIMEOUT_SECONDS`: unfinished jobs this old are ended. @default 21600 */
  readonly jobTimeoutSeconds: number;
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
    allowPrivateNetworks: flag(env, 'PROSPECTLAB_ALLOW_PRIVATE_NETWORKS'),
    actorConcurrency: integer(env, 'PROSPECTLAB_ACTOR_CONCURRENCY', 2, 1, 50),
    pageTimeoutMs: integer(env, 'PROSPECTLAB_PAGE_TIMEOUT_MS', 20_000, 1000, 120_000),
    maxUploadBytes: integer(env, 'PROSPECTLAB_MAX_UPLOAD_MB', 16, 1, 1024) * 1024 * 1024,
    maxUploadRows: integer(env, 'PROSPECTLAB_MAX_UPLOAD_ROWS', 10_000, 1, 100_000),
    workAckWaitMs: integer(env, 'PROSPECTLAB_WORK_ACK_WAIT_MS', 30_000, 1000, 600_000),
    workMaxDeliver: integer(env, 'PROSPECTLAB_WORK_MAX_DELIVER', 5, 1, 100),
    jobTimeoutSeconds: integer(env, 'PROSPECTLAB_JOB_TIMEOUT_SECONDS', 6 * 3600, 1, 30 * 24 * 3600),
  };
}
