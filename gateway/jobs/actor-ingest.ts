/**
 * Reads actor output from the durable stream, in order, and applies it to the jobs. A
 * message is acknowledged only once the transaction that applied it has committed, so a
 * gateway restart loses nothing (the stream redelivers, the store drops what it already
 * applied). Every gateway reads the same durable consumer, one message at a time across all
 * of them (`maxAckPending` 1), so actor messages are applied in the order actors sent them
 * whichever gateway takes each one; a store that fails (a database restart) hands the
 * message back with a growing delay.
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
      maxAckPending: 1, // … across every gateway too
      ackWaitMs: 10_000, // a gateway killed holding the message delays the others this long at most
      maxDeliver: 100, // with the delays below, about half an hour of store outage
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
      try {
        await options.jobs.applyActorMessage(message);
      } catch (error) {
        const delayMs = Math.min(30_000, 250 * 2 ** Math.min(msg.deliveryCount - 1, 10));
        warn(`Could not apply ${message.type} of job ${message.jobId} (delivery ${msg.deliveryCount}); retrying in ${delayMs} ms`, error);
        msg.nak(delayMs);
        return;
      }
      await msg.ack(); // only now: the transaction that applied it has committed
    },
  );
}
