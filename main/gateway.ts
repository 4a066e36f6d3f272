/** Distributed mode: the gateway process (`npm run gateway`, needs NATS_URL). */
import { NatsBus, natsOptionsFromEnv } from '../bus/nats-bus.js';
import { startGateway } from '../gateway/gateway.js';
import { FatalConfigError, loadConfig, loadSecurityConfig } from './config.js';
import { failStart, stopOnSignals } from './lifecycle.js';
import { createProcessLogger, logSecuritySettings } from './process-logger.js';

try {
  const config = loadConfig();
  const security = loadSecurityConfig();
  const logger = createProcessLogger('gateway', security.apiKeys);
  const natsOptions = natsOptionsFromEnv();
  if (!natsOptions) throw new FatalConfigError('NATS_URL must be set for `npm run gateway` (use `npm start` for embedded mode)');
  const bus = await NatsBus.connect({ ...natsOptions, name: 'prospectlab-gateway', logger });
  const gateway = await startGateway({
    bus,
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    maxUploadBytes: config.maxUploadBytes,
    maxUploadRows: config.maxUploadRows,
    uploadTtlSeconds: config.uploadTtlSeconds,
    jobTimeoutSeconds: config.jobTimeoutSeconds,
    security,
    logger,
  });
  logSecuritySettings(logger, security, config.allowPrivateNetworks);
  logger.info({ event: 'listening', url: gateway.url }, `ProspectLab gateway listening on ${gateway.url}  GraphQL: ${gateway.url}/graphql  metrics: ${gateway.url}/metrics`);
  stopOnSignals('gateway', async () => {
    await gateway.close();
    await bus.close();
  }, logger);
} catch (error) {
  failStart('gateway', error);
}
