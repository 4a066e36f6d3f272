/** Distributed mode: an actor service process (`npm run actors`, needs NATS_URL); run as many as you like. */
import { startActorService } from '../actors/actor-service.js';
import { natsOptionsFromEnv } from '../bus/nats-bus.js';
import { FatalConfigError, loadConfig } from './config.js';
import { useNatsPrefix } from '../schema/subjects.js';
import { connectNatsWaiting } from './connect-nats.js';
import { failStart, stopOnSignals } from './lifecycle.js';

try {
  const config = loadConfig();
  useNatsPrefix(config.natsPrefix);
  const natsOptions = natsOptionsFromEnv();
  if (!natsOptions) throw new FatalConfigError('NATS_URL must be set for `npm run actors` (use `npm start` for embedded mode)');
  const bus = await connectNatsWaiting({ ...natsOptions, name: `prospectlab-actors-${process.pid}` }, (line) => console.log(`actors: ${line}`));
  const service = await startActorService({
    bus,
    allowPrivateNetworks: config.allowPrivateNetworks,
    maxConcurrentJobs: config.actorConcurrency,
    pageTimeoutMs: config.pageTimeoutMs,
    ackWaitMs: config.workAckWaitMs,
    maxDeliver: config.workMaxDeliver,
    renderMode: config.renderMode,
    ...(config.browserPages ? { maxBrowserPages: config.browserPages } : {}),
  });
  console.log(`ProspectLab actor service ${process.pid} ready (${config.actorConcurrency} jobs at once)`);
  stopOnSignals('actors', async () => {
    await service.stop();
    await bus.close();
  });
} catch (error) {
  failStart('actors', error);
}
