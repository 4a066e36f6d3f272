/** Distributed mode: the gateway process (`npm run gateway`, needs NATS_URL). */
import { natsOptionsFromEnv } from '../bus/nats-bus.js';
import { startGateway } from '../gateway/gateway.js';
import { describeSecurity, FatalConfigError, loadConfig, loadSecurityConfig } from './config.js';
import { useNatsPrefix } from '../schema/subjects.js';
import { connectNatsWaiting, describeNatsServers } from './connect-nats.js';
import { failStart, stopOnSignals } from './lifecycle.js';

try {
  const config = loadConfig();
  useNatsPrefix(config.natsPrefix);
  const security = loadSecurityConfig();
  const natsOptions = natsOptionsFromEnv();
  if (!natsOptions) throw new FatalConfigError('NATS_URL must be set for `npm run gateway` (use `npm start` for embedded mode)');
  // Until everything runs there is nothing to close: exiting releases the data directory.
  let stop = async (): Promise<void> => undefined;
  stopOnSignals('gateway', () => stop());
  // The HTTP port opens (health endpoints only) while NATS is being waited for.
  const connecting = connectNatsWaiting({ ...natsOptions, name: 'prospectlab-gateway' }, (line) => console.log(`gateway: ${line}`));
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
    jobTimeoutSeconds: config.jobTimeoutSeconds,
    outbox: { warnAfterMs: config.workSendWarnMs },
    ...(config.testCrashAfterOutboxCommit === undefined ? {} : { crashAfterOutboxCommit: config.testCrashAfterOutboxCommit }),
    security,
  });
  console.log(`Security: ${describeSecurity(security)}`);
  console.log(`ProspectLab gateway listening on ${gateway.url}  GraphQL: ${gateway.url}/graphql`);
  const bus = await connecting;
  stop = async () => {
    await gateway.close();
    await bus.close();
  };
} catch (error) {
  failStart('gateway', error);
}
