/**
 * Embedded mode (`npm start`): gateway and actors in one process over the in-process bus.
 */
import { startActorService } from '../actors/actor-service.js';
import { EmbeddedBus } from '../bus/embedded-bus.js';
import { startGateway } from '../gateway/gateway.js';
import { actorServiceSettings, loadConfig, loadSecurityConfig } from './config.js';
import { useNatsPrefix } from '../schema/subjects.js';
import { failStart, stopOnSignals } from './lifecycle.js';
import { createProcessLogger, logSecuritySettings } from './process-logger.js';
try {
    const config = loadConfig();
    useNatsPrefix(config.natsPrefix);
    const security = loadSecurityConfig();
    const logger = createProcessLogger('embedded', security.apiKeys);
    if (process.env.NATS_URL) {
        logger.info({}, 'NATS_URL is set: `npm start` still runs embedded; use `npm run gateway` and `npm run actors` for distributed mode.');
    }
    const bus = new EmbeddedBus({ onError: (error, context) => logger.error({ err: error, context }, `Bus error: ${context}`) });
    const actors = await startActorService({
        bus,
        logger,
        ...actorServiceSettings(config),
    });
    const gateway = await startGateway({
        bus,
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
        requeueUnfinishedJobs: true,
        security,
        logger,
    });
    logSecuritySettings(logger, security, config.allowPrivateNetworks);
    logger.info({ event: 'listening', url: gateway.url }, `ProspectLab (embedded) listening on ${gateway.url}  GraphQL: ${gateway.url}/graphql  metrics: ${gateway.url}/metrics`);
    stopOnSignals('prospectlab', async () => {
        await actors.stop();
        await gateway.close();
        await bus.close();
    }, logger);
}
catch (error) {
    failStart('prospectlab', error);
}
//# sourceMappingURL=embedded.js.map