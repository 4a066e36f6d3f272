import type { PubSub } from 'type-graphql';
import type { JobEventStreams } from '../jobs/job-event-stream.js';
import type { JobService } from '../jobs/job-service.js';

/** Per-request (HTTP) or per-connection (graphql-ws) context of the resolvers. */
export interface GatewayContext {
  readonly jobs: JobService;
  readonly pubSub: PubSub;
  /** Owner of the caller's jobs (API key id), or null in open mode. */
  readonly owner: string | null;
  /** The gateway's open event streams, counted for tests and operators. */
  readonly eventStreams?: JobEventStreams;
}
