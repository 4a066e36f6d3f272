/** Distributed mode: the gateway process (`npm run gateway`, needs NATS_URL). */
import { describeNatsServers, natsOptionsFromEnv } from '../bus/nats-bus.js';
import { startGateway } from '../gateway/gateway.js';
import { FatalConfigError, loadConfig, loadSecurityConfig } from './config.js';
import { useNatsPrefix } from '../schema/subjects.js';
import { connectNatsWaiting } from './connect-nats.js';
import { failStart, stopOnSignals } from './lifecycle.js';
import { createProcessLogger, logSecuritySettings } from './process-logger.js';
try {
    const config = loadConfig();
    useNatsPrefix(config.natsPrefix);
    const security = loadSecurityConfig();
    const logger = createProcessLogger('gateway', security.apiKeys);
    const natsOptions = natsOptionsFromEnv();
    if (!natsOptions)
        throw new FatalConfigError('NATS_URL must be set for `npm run gateway` (use `npm start` for embedded mode)');
    // Until everything runs there is nothing to close: exiting releases the data directory.
    let stop = async () => undefined;
    stopOnSignals('gateway', () => stop(), logger);
    // The HTTP port opens (health endpoints only) while NATS is being waited for.
    const connecting = connectNatsWaiting({ ...natsOptions, name: 'prospectlab-gateway', logger }, (line) => logger.info({ event: 'bus.waiting' }, `gateway: ${line}`));
    connecting.catch(() => undefined); // startGateway reports it, unless it failed first
    const gateway = await startGateway({
        bus: connecting,
        waitingFor: `NATS at ${describeNatsServers(natsOptions.servers)}`,
        port: config.port,
        host: config.host,
        dataDir: config.dataDir,
        ...(config.databaseUrl ? { databaseUrl: config.databaseUrl, databasePoolSize: config.databasePoolSize } : {}),
        maxUploadBytes: config.maxUploadBytes,
        maxUploadRows: config.maxUploadRows,
        uploadTtlSeconds: config.uploadTtlSeconds,
        jobTimeoutSeconds: config.jobTimeoutSeconds,
        outbox: { warnAfterMs: config.workSendWarnMs },
        ...(config.testCrashAfterOutboxCommit === undefined ? {} : { crashAfterOutboxCommit: config.testCrashAfterOutboxCommit }),
        security,
        logger,
    });
    logSecuritySettings(logger, security, config.allowPrivateNetworks);
    logger.info({ event: 'listening', url: gateway.url }, `ProspectLab gateway listening on ${gateway.url}  GraphQL: ${gateway.url}/graphql  metrics: ${gateway.url}/metrics`);
    const bus = await connecting;
    stop = async () => {
        await gateway.close();
        await bus.close();
    };
}
catch (error) {
    failStart('gateway', error);
}
//# sourceMappingURL=gateway.js.map