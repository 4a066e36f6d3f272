/**
 * Reads actor output from the durable stream, in order, and applies it to the jobs. A
 * message is acknowledged only once its effects are stored, so a gateway restart loses
 * nothing (the stream redelivers, the store drops what it already applied).
 */
import type { Bus, Consumer } from '../../bus/bus.js';
import { parseActorMessage } from '../../schema/actor-messages.js';
import { ACTOR_STREAM, GATEWAY_CONSUMER, subjects } from '../../schema/subjects.js';
import { InvalidMessageError } from '../../schema/wire.js';
import type { JobService } from './job-service.js';
import { defaultLogger, warnTo } from '../../observability/logger.js';

export interface ActorIngestOptions {
  readonly bus: Bus;
  readonly jobs: JobService;
  /** @default warnings of defaultLogger() */
  readonly warn?: (message: string, error?: unknown) => void;
}

/** Starts the ingest; stop the returned consumer to end it. */
export async function startActorIngest(options: ActorIngestOptions): Promise<Consumer> {
  const warn = options.warn ?? warnTo(defaultLogger());
  await options.bus.ensureStream(ACTOR_STREAM);
  return options.bus.consume(
    {
      stream: ACTOR_STREAM,
      durable: GATEWAY_CONSUMER,
      filterSubject: subjects.allActorOutput,
      maxInFlight: 1, // one at a time keeps each job's messages in order
      ackWaitMs: 30_000,
      maxDeliver: 10,
    },
    async (msg) => {
      let message;
      try {
        message = parseActorMessage(msg.data);
      } catch (error) {
        if (error instanceof InvalidMessageError) {
          warn(`Dropping invalid actor message on ${msg.subject}: ${error.message}`);
          msg.term();
          return;
        }
        throw error;
      }
      options.jobs.applyActorMessage(message);
      await msg.ack();
    },
  );
}
