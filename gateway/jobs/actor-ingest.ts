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

export interface ActorIngestOptions {
  readonly bus: Bus;
  readonly jobs: JobService;
  /** @default console.warn */
  readonly warn?: (message: string, error?: unknown) => void;
}

/** Starts the ingest; stop the returned consumer to end it. */
export async function startActorIngest(options: ActorIngestOptions): Promise<Consumer> {
  const warn = options.warn ?? ((m: string, e?: unknown) => console.warn(m, e ?? ''));
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
      await options.jobs.applyActorMessage(message); // committed before the ack; a failure redelivers it
      await msg.ack();
    },
  );
}
