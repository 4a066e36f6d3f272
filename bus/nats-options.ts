/**
 * How {@link NatsBus} reaches its servers: options, their validation, and reading them
 * from the environment (`NATS_URL` and friends, see SPEC §3).
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { credsAuthenticator, type ConnectionOptions } from 'nats';
import type { Logger } from '../observability/logger.js';
import { describeValue } from '../schema/describe-value.js';
import type { BusErrorReporter } from './error-reporter.js';

/** Connection settings are unusable: fix the configuration, retrying will not help. */
export class InvalidNatsConfigError extends Error {
  override readonly name = 'InvalidNatsConfigError';
}

/** TLS files, all optional: a CA to trust, and a client certificate with its key. */
export interface NatsTlsOptions {
  readonly caFile?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
}

export interface NatsBusOptions {
  /** Server URL(s): `nats://host:4222`, `tls://host:4222` or `host:4222`. */
  readonly servers: string | readonly string[];
  /** Connection name shown by the server's monitoring. */
  readonly name?: string;
  /** User name; requires {@link NatsBusOptions.pass}. */
  readonly user?: string;
  readonly pass?: string;
  /** Token authentication; exclusive with user/pass and credentials. */
  readonly token?: string;
  /** NATS credentials file (JWT + NKey seed); exclusive with user/pass and token. */
  readonly credsFile?: string;
  readonly tls?: NatsTlsOptions;
  /**
   * Keep trying until the first connection succeeds (so processes may start before NATS).
   * When false, {@link NatsBus.connect} rejects if no server answers.
   * @default true
   */
  readonly waitOnFirstConnect?: boolean;
  /** Pause between two reconnection attempts; attempts never stop. @default 500 */
  readonly reconnectTimeWaitMs?: number;
  /** How long `close()` lets the drain run before closing hard. @default 5000 */
  readonly drainTimeoutMs?: number;
  /** Timeout of JetStream API calls, `send` and `ack`. @default 5000 */
  readonly jetStreamTimeoutMs?: number;
  /**
   * How long one pull request of a consumer waits on the server for messages; idle
   * consumers send one request per period. At least 1000.
   * @default 5000
   */
  readonly fetchExpiresMs?: number;
  /**
   * Receives errors that have no caller to reject: subscription callbacks, work handlers,
   * undecodable messages, failed pulls.
   * @default an error line of defaultLogger()
   */
  readonly onError?: BusErrorReporter;
  /**
   * Receives connection events (connected, disconnected, reconnected, lame duck, server
   * errors), and the errors of {@link NatsBusOptions.onError} when that is not set.
   * @default defaultLogger()
   */
  readonly logger?: Logger;
}

function nonEmpty(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new InvalidNatsConfigError(`${field} must be a non-empty string`);
  }
  return value;
}

function positive(value: unknown, field: string, min = 1): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new InvalidNatsConfigError(`${field} must be a number of at least ${min}, got ${describeValue(value)}`);
  }
}

function readableFile(path: string, field: string): void {
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw new InvalidNatsConfigError(`${field} ${path} is not a readable file`, { cause: error });
  }
}

/**
 * Checks server URLs and returns them as a list.
 * @throws InvalidNatsConfigError
 */
function checkServers(servers: unknown): string[] {
  const list = typeof servers === 'string' ? [servers] : servers;
  if (!Array.isArray(list) || list.length === 0) {
    throw new InvalidNatsConfigError('servers must be a URL or a non-empty list of URLs');
  }
  return list.map((server: unknown) => {
    if (typeof server !== 'string' || server.length === 0 || /\s/.test(server)) {
      throw new InvalidNatsConfigError(`Not a NATS server URL: ${JSON.stringify(server)}`);
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(server)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'nats' && scheme !== 'tls') {
      throw new InvalidNatsConfigError(`NATS server URL must use nats:// or tls://, got ${server}`);
    }
    const hostPort = server.replace(/^[a-z]+:\/\//i, '').replace(/^[^@]*@/, '');
    if (hostPort.length === 0 || hostPort.startsWith(':') || hostPort.includes('/')) {
      throw new InvalidNatsConfigError(`NATS server URL needs a host (and optional port) only: ${server}`);
    }
    const port = /:(\d*)$/.exec(hostPort)?.[1];
    if (port !== undefined && !hostPort.endsWith(']') && (port === '' || Number(port) < 1 || Number(port) > 65535)) {
      throw new InvalidNatsConfigError(`NATS server URL has an invalid port: ${server}`);
    }
    return server;
  });
}

/**
 * Checks options before connecting, including that named files are readable.
 * @throws InvalidNatsConfigError
 */
export function checkNatsOptions(options: NatsBusOptions): void {
  if (typeof options !== 'object' || options === null) throw new InvalidNatsConfigError('options must be an object');
  checkServers(options.servers);
  nonEmpty(options.name, 'name');
  const user = nonEmpty(options.user, 'user');
  const pass = nonEmpty(options.pass, 'pass');
  const token = nonEmpty(options.token, 'token');
  const credsFile = nonEmpty(options.credsFile, 'credsFile');
  if ((user === undefined) !== (pass === undefined)) {
    throw new InvalidNatsConfigError('user and pass must be given together');
  }
  const methods = [user !== undefined, token !== undefined, credsFile !== undefined].filter(Boolean).length;
  if (methods > 1) {
    throw new InvalidNatsConfigError('Choose one authentication method: user/pass, token or credsFile');
  }
  if (credsFile !== undefined) readableFile(credsFile, 'credsFile');
  if (options.tls !== undefined) {
    const caFile = nonEmpty(options.tls.caFile, 'tls.caFile');
    const certFile = nonEmpty(options.tls.certFile, 'tls.certFile');
    const keyFile = nonEmpty(options.tls.keyFile, 'tls.keyFile');
    if ((certFile === undefined) !== (keyFile === undefined)) {
      throw new InvalidNatsConfigError('tls.certFile and tls.keyFile must be given together');
    }
    for (const [path, field] of [
      [caFile, 'tls.caFile'],
      [certFile, 'tls.certFile'],
      [keyFile, 'tls.keyFile'],
    ] as const) {
      if (path !== undefined) readableFile(path, field);
    }
  }
  if (options.waitOnFirstConnect !== undefined && typeof options.waitOnFirstConnect !== 'boolean') {
    throw new InvalidNatsConfigError('waitOnFirstConnect must be a boolean');
  }
  positive(options.reconnectTimeWaitMs, 'reconnectTimeWaitMs');
  positive(options.drainTimeoutMs, 'drainTimeoutMs');
  positive(options.jetStreamTimeoutMs, 'jetStreamTimeoutMs');
  positive(options.fetchExpiresMs, 'fetchExpiresMs', 1000);
  if (options.onError !== undefined && typeof options.onError !== 'function') {
    throw new InvalidNatsConfigError('onError must be a function');
  }
}

/** Builds the `nats` client options from checked {@link NatsBusOptions}. */
export function toConnectionOptions(options: NatsBusOptions): ConnectionOptions {
  const connection: ConnectionOptions = {
    servers: checkServers(options.servers),
    maxReconnectAttempts: -1,
    reconnectTimeWait: options.reconnectTimeWaitMs ?? 500,
    waitOnFirstConnect: options.waitOnFirstConnect ?? true,
    // Without this, every request (each JetStream publish and ack) captures two stack traces in
    // case it fails: 40 % of a publish's CPU. Our errors wrap the NATS error with their own stack.
    noAsyncTraces: true,
  };
  if (options.name !== undefined) connection.name = options.name;
  if (options.user !== undefined) connection.user = options.user;
  if (options.pass !== undefined) connection.pass = options.pass;
  if (options.token !== undefined) connection.token = options.token;
  if (options.credsFile !== undefined) {
    connection.authenticator = credsAuthenticator(readFileSync(options.credsFile));
  }
  if (options.tls !== undefined) {
    connection.tls = {};
    if (options.tls.caFile !== undefined) connection.tls.caFile = options.tls.caFile;
    if (options.tls.certFile !== undefined) connection.tls.certFile = options.tls.certFile;
    if (options.tls.keyFile !== undefined) connection.tls.keyFile = options.tls.keyFile;
  }
  return connection;
}

/** The server addresses without any `user:password@` part, for messages and logs. */
export function describeNatsServers(servers: string | readonly string[]): string {
  return (typeof servers === 'string' ? [servers] : [...servers]).map((server) => server.trim().replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^@/]*@/i, '$1')).join(', ');
}

/**
 * Reads connection settings from the environment: `NATS_URL` (comma-separated servers),
 * `NATS_USER` + `NATS_PASSWORD`, `NATS_TOKEN`, `NATS_CREDS` (file), `NATS_TLS_CA`,
 * `NATS_TLS_CERT` + `NATS_TLS_KEY` (files).
 * @returns null when `NATS_URL` is unset or blank (embedded mode)
 * @throws InvalidNatsConfigError naming the variable at fault
 */
export function natsOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): NatsBusOptions | null {
  const url = env.NATS_URL;
  if (url === undefined || url.trim() === '') return null;
  const servers = url.split(',').map((server) => server.trim());
  const get = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const tls: { caFile?: string; certFile?: string; keyFile?: string } = {};
  const caFile = get('NATS_TLS_CA');
  const certFile = get('NATS_TLS_CERT');
  const keyFile = get('NATS_TLS_KEY');
  if (caFile !== undefined) tls.caFile = caFile;
  if (certFile !== undefined) tls.certFile = certFile;
  if (keyFile !== undefined) tls.keyFile = keyFile;
  const options: {
    -readonly [K in keyof NatsBusOptions]: NatsBusOptions[K];
  } = { servers };
  const user = get('NATS_USER');
  const pass = get('NATS_PASSWORD');
  const token = get('NATS_TOKEN');
  const credsFile = get('NATS_CREDS');
  if (user !== undefined) options.user = user;
  if (pass !== undefined) options.pass = pass;
  if (token !== undefined) options.token = token;
  if (credsFile !== undefined) options.credsFile = credsFile;
  if (Object.keys(tls).length > 0) options.tls = tls;
  try {
    checkNatsOptions(options);
  } catch (error) {
    const fieldToVariable: [RegExp, string][] = [
      [/authentication method/, 'NATS_USER/NATS_TOKEN/NATS_CREDS'],
      [/servers|server URL/, 'NATS_URL'],
      [/tls\.caFile/, 'NATS_TLS_CA'],
      [/tls\.certFile|tls\.keyFile/, 'NATS_TLS_CERT/NATS_TLS_KEY'],
      [/credsFile/, 'NATS_CREDS'],
      [/user|pass/, 'NATS_USER/NATS_PASSWORD'],
      [/token/, 'NATS_TOKEN'],
    ];
    const message = (error as Error).message;
    const variable = fieldToVariable.find(([pattern]) => pattern.test(message))?.[1] ?? 'NATS_*';
    throw new InvalidNatsConfigError(`Invalid ${variable}: ${message}`, { cause: error });
  }
  return options;
}
