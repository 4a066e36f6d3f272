/** Distributed mode: an actor service process (`npm run actors`, needs NATS_URL); run as many as you like. */
import { startActorService } from '../actors/actor-service.js';
import { natsOptionsFromEnv } from '../bus/nats-bus.js';
import { startMetricsServer } from '../observability/metrics-server.js';
import { actorServiceSettings, FatalConfigError, loadConfig, loadSecurityConfig } from './config.js';
import { useNatsPrefix } from '../schema/subjects.js';
import { connectNatsWaiting } from './connect-nats.js';
import { failStart, stopOnSignals } from './lifecycle.js';
import { metricsAuthorization } from './metrics-auth.js';
import { createProcessLogger, logPrivateNetworksWarning } from './process-logger.js';
try {
    const config = loadConfig();
    // Keys matter here only to protect METRICS_PORT like the gateway's API (same variables).
    const apiKeys = config.metricsPort === undefined ? [] : (loadSecurityConfig().apiKeys ?? []);
    const logger = createProcessLogger('actors', apiKeys);
    useNatsPrefix(config.natsPrefix);
    const natsOptions = natsOptionsFromEnv();
    if (!natsOptions)
        throw new FatalConfigError('NATS_URL must be set for `npm run actors` (use `npm start` for embedded mode)');
    const bus = await connectNatsWaiting({ ...natsOptions, name: `prospectlab-actors-${process.pid}`, logger }, (line) => logger.info({ event: 'bus.waiting' }, `actors: ${line}`));
    const service = await startActorService({
        bus,
        logger,
        ...actorServiceSettings(config),
    });
    if (config.allowPrivateNetworks)
        logPrivateNetworksWarning(logger);
    const metrics = config.metricsPort === undefined
        ? null
        : await startMetricsServer({ port: config.metricsPort, host: config.host, logger, ...metricsAuthorization(apiKeys) });
    logger.info({ event: 'ready', jobsAtOnce: config.actorConcurrency, allowPrivateNetworks: config.allowPrivateNetworks, metrics: metrics?.url ?? null }, `ProspectLab actor service ${process.pid} ready (${config.actorConcurrency} jobs at once)${metrics ? `  metrics: ${metrics.url}` : ''}`);
    stopOnSignals('actors', async () => {
        await metrics?.close();
        await service.stop();
        await bus.close();
    }, logger);
}
catch (error) {
    failStart('actors', error);
}
//# sourceMappingURL=actors.js.map