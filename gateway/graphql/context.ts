import type { PubSub } from 'type-graphql';
import type { JobService } from '../jobs/job-service.js';

/** Per-request (HTTP) or per-connection (graphql-ws) context of the resolvers. */
export interface GatewayContext {
  readonly jobs: JobService;
  readonly pubSub: PubSub;
  /** Owner of the caller's jobs (API key id), or null in open mode. */
  readonly owner: string | null;
}
