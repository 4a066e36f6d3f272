/**
 * The process logger (pino): one JSON object per line by default, human-readable lines when
 * stdout is a terminal or `LOG_FORMAT=pretty`, level from `LOG_LEVEL`. Gateway, actors and bus
 * receive it as a {@link Logger} (a small interface pino satisfies) instead of importing each other.
 *
 * Secrets never reach the output: fields that carry credentials are redacted by name, user
 * information in URLs (`nats://user:pass@host`) is masked, and every secret the process knows
 * (API keys, NATS password or token) is replaced wherever it appears in a line.
 */
import { hostname } from 'node:os';
import { pino, stdSerializers } from 'pino';
import pinoPretty from 'pino-pretty';
/** A configuration value of the logger is wrong: nothing will start. */
export class InvalidLogConfigError extends Error {
    name = 'InvalidLogConfigError';
}
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const REDACTED = '[REDACTED]';
/** Field paths that may hold credentials, wherever a caller puts them. */
const REDACT_PATHS = [
    'apiKey',
    '*.apiKey',
    'apiKeys',
    '*.apiKeys',
    'key',
    '*.key',
    'password',
    '*.password',
    'pass',
    '*.pass',
    'token',
    '*.token',
    'authorization',
    '*.authorization',
    'headers.authorization',
    '*.headers.authorization',
    'headers["x-api-key"]',
    '*.headers["x-api-key"]',
    'headers.cookie',
    '*.headers.cookie',
    'connectionParams',
    '*.connectionParams',
    'upload',
    '*.upload',
    'fileContents',
    '*.fileContents',
];
/** `scheme://user:password@` or `scheme://token@` in URLs. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@"'<>]+@/gi;
/** Masks user information in URLs and the given secrets in a text. */
export function scrubSecrets(text, secrets = []) {
    let out = text.replace(URL_USERINFO, `$1${REDACTED}@`);
    for (const secret of secrets) {
        if (secret.length >= 4)
            out = out.split(secret).join(REDACTED);
        const escaped = JSON.stringify(secret).slice(1, -1);
        if (escaped !== secret && escaped.length >= 4)
            out = out.split(escaped).join(REDACTED);
    }
    return out;
}
/** @throws InvalidLogConfigError naming the variable at fault */
export function loggerOptionsFromEnv(env = process.env) {
    const rawLevel = (env.LOG_LEVEL ?? '').trim().toLowerCase();
    if (rawLevel !== '' && !LOG_LEVELS.includes(rawLevel)) {
        throw new InvalidLogConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(env.LOG_LEVEL)})`);
    }
    const rawFormat = (env.LOG_FORMAT ?? '').trim().toLowerCase();
    if (rawFormat !== '' && rawFormat !== 'json' && rawFormat !== 'pretty') {
        throw new InvalidLogConfigError(`LOG_FORMAT must be json or pretty (got ${JSON.stringify(env.LOG_FORMAT)})`);
    }
    return { level: (rawLevel || 'info'), format: rawFormat || undefined };
}
export function createLogger(options = {}) {
    const format = options.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
    const secrets = [...(options.secrets ?? [])].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
    const out = options.destination ?? process.stdout;
    // prettyFactory formats synchronously, so lines written just before process.exit are not lost.
    const prettify = format === 'pretty'
        ? pinoPretty.prettyFactory({
            // isTTY is undefined, not false, on pipes despite its type.
            colorize: (process.stdout.isTTY ?? false) && !options.destination,
            translateTime: 'SYS:HH:MM:ss.l',
            ignore: 'pid,hostname',
            singleLine: true,
        })
        : null;
    const destination = {
        write(line) {
            const clean = scrubSecrets(line, secrets);
            out.write(prettify ? prettify(clean) : clean);
        },
    };
    return pino({
        level: options.level ?? 'info',
        base: { pid: process.pid, hostname: hostname(), ...options.base },
        redact: { paths: REDACT_PATHS, censor: REDACTED },
        serializers: { err: stdSerializers.errWithCause, error: stdSerializers.errWithCause },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
    }, destination);
}
let fallback;
/**
 * The logger of components started without one (tests, embedding in another program): JSON or
 * pretty as configured, warnings and errors only unless `LOG_LEVEL` says otherwise.
 */
export function defaultLogger() {
    if (!fallback) {
        let level = 'warn';
        let format;
        try {
            const env = loggerOptionsFromEnv();
            if (process.env.LOG_LEVEL)
                level = env.level;
            format = env.format;
        }
        catch {
            // A bad LOG_LEVEL/LOG_FORMAT is reported by the entry points; here keep the defaults.
        }
        fallback = createLogger({ level, ...(format ? { format } : {}) });
    }
    return fallback;
}
/** Adapts a logger to the older `warn(message, error?)` callbacks. */
export function warnTo(logger) {
    return (message, error) => logger.warn(error === undefined ? {} : { err: error }, message);
}
//# sourceMappingURL=logger.js.map