/**
 * Embedded mode (`npm start`): gateway and actors in one process over the in-process bus.
 */
import { startActorService } from '../actors/actor-service.js';
import { EmbeddedBus } from '../bus/embedded-bus.js';
import { startGateway } from '../gateway/gateway.js';
import { describeSecurity, loadConfig, loadSecurityConfig } from './config.js';
import { useNatsPrefix } from '../schema/subjects.js';
import { failStart, stopOnSignals } from './lifecycle.js';

try {
  const config = loadConfig();
  useNatsPrefix(config.natsPrefix);
  const security = loadSecurityConfig();
  if (process.env.NATS_URL) {
    console.log('NATS_URL is set: `npm start` still runs embedded; use `npm run gateway` and `npm run actors` for distributed mode.');
  }
  const bus = new EmbeddedBus();
  const actors = await startActorService({
    bus,
    allowPrivateNetworks: config.allowPrivateNetworks,
    maxConcurrentJobs: config.actorConcurrency,
    pageTimeoutMs: config.pageTimeoutMs,
    ackWaitMs: config.workAckWaitMs,
    maxDeliver: config.workMaxDeliver,
    renderMode: config.renderMode,
    ...(config.browserPages ? { maxBrowserPages: config.browserPages } : {}),
  });
  const gateway = await startGateway({
    bus,
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl, databasePoolSize: config.databasePoolSize } : {}),
    maxUploadBytes: config.maxUploadBytes,
    maxUploadRows: config.maxUploadRows,
    jobTimeoutSeconds: config.jobTimeoutSeconds,
    outbox: { warnAfterMs: config.workSendWarnMs },
    ...(config.testCrashAfterOutboxCommit === undefined ? {} : { crashAfterOutboxCommit: config.testCrashAfterOutboxCommit }),
    requeueUnfinishedJobs: true,
    security,
  });
  console.log(`Security: ${describeSecurity(security)}`);
  console.log(`ProspectLab (embedded) listening on ${gateway.url}  GraphQL: ${gateway.url}/graphql`);
  stopOnSignals('prospectlab', async () => {
    await actors.stop();
    await gateway.close();
    await bus.close();
  });
} catch (error) {
  failStart('prospectlab', error);
}
