/** Distributed mode: the gateway process (`npm run gateway`, needs NATS_URL). */
import { NatsBus, natsOptionsFromEnv } from '../bus/nats-bus.js';
import { startGateway } from '../gateway/gateway.js';
import { describeSecurity, FatalConfigError, loadConfig, loadSecurityConfig } from './config.js';
import { failStart, stopOnSignals } from './lifecycle.js';

try {
  const config = loadConfig();
  const security = loadSecurityConfig();
  const natsOptions = natsOptionsFromEnv();
  if (!natsOptions) throw new FatalConfigError('NATS_URL must be set for `npm run gateway` (use `npm start` for embedded mode)');
  const bus = await NatsBus.connect({ ...natsOptions, name: 'prospectlab-gateway' });
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
  });
  console.log(`Security: ${describeSecurity(security)}`);
  console.log(`ProspectLab gateway listening on ${gateway.url}  GraphQL: ${gateway.url}/graphql`);
  stopOnSignals('gateway', async () => {
    await gateway.close();
    await bus.close();
  });
} catch (error) {
  failStart('gateway', error);
}
