/**
 * The logger of an entry point, from `LOG_LEVEL` and `LOG_FORMAT`, told every secret the
 * environment holds so none can reach the output, and the start-up line on security.
 */
import { createLogger, InvalidLogConfigError, loggerOptionsFromEnv } from '../observability/logger.js';
import { describeSecurity, FatalConfigError } from './config.js';
/** Variables whose values are secrets (besides the API keys given to {@link createProcessLogger}). */
const SECRET_VARIABLES = ['NATS_PASSWORD', 'NATS_TOKEN'];
/** @throws FatalConfigError on a bad LOG_LEVEL or LOG_FORMAT */
export function createProcessLogger(service, apiKeys = [], env = process.env) {
    let settings;
    try {
        settings = loggerOptionsFromEnv(env);
    }
    catch (error) {
        if (error instanceof InvalidLogConfigError)
            throw new FatalConfigError(error.message, { cause: error });
        throw error;
    }
    const secrets = [
        ...apiKeys,
        ...(env.PROSPECTLAB_API_KEYS ?? '').split(',').map((key) => key.trim()),
        ...SECRET_VARIABLES.map((name) => env[name] ?? ''),
    ].filter((secret) => secret.length > 0);
    return createLogger({ level: settings.level, ...(settings.format ? { format: settings.format } : {}), secrets, base: { service } });
}
/** Logs how callers are admitted and where crawls may go; a warning when private networks are allowed. */
export function logSecuritySettings(logger, security, allowPrivateNetworks) {
    const keys = security.apiKeys?.length ?? 0;
    logger.info({ event: 'security', mode: keys > 0 ? 'api-keys' : 'open', keysConfigured: keys, allowPrivateNetworks, production: security.production ?? false }, `Security: ${describeSecurity(security)}`);
    if (allowPrivateNetworks)
        logPrivateNetworksWarning(logger);
}
export function logPrivateNetworksWarning(logger) {
    logger.warn({ event: 'security.private_networks', allowPrivateNetworks: true }, 'PROSPECTLAB_ALLOW_PRIVATE_NETWORKS is on: crawls may reach localhost, private and link-local addresses (internal services, cloud metadata). Use it only for local testing.');
}
//# sourceMappingURL=process-logger.js.map