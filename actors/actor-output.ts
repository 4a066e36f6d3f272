/**
 * Sends one job's actor messages to the gateway through the durable stream, strictly in
 * order, retrying while the bus is briefly unavailable (e.g. NATS restarting).
 */
import { randomUUID } from 'node:crypto';
import type { Bus } from '../bus/bus.js';
import type { ActorMessage } from '../schema/actor-messages.js';
import { subjects } from '../schema/subjects.js';
import { defaultLogger, warnTo } from '../observability/logger.js';

type Unstamped<M> = M extends ActorMessage ? Omit<M, 'id' | 'jobId' | 'at'> : never;

/** How long one message may keep failing (bus unavailable) before it is given up. */
const SEND_RETRY_FOR_MS = 60_000;

export interface ActorOutputOptions {
  readonly bus: Bus;
  readonly jobId: string;
  /** @default warnings of defaultLogger() */
  readonly warn?: (message: string, error?: unknown) => void;
}

export class ActorOutput {
  readonly #bus: Bus;
  readonly #jobId: string;
  readonly #warn: (message: string, error?: unknown) => void;
  #tail: Promise<void> = Promise.resolve();

  constructor(options: ActorOutputOptions) {
    this.#bus = options.bus;
    this.#jobId = options.jobId;
    this.#warn = options.warn ?? warnTo(defaultLogger());
  }

  /** Queues a message; resolves once it (and every earlier one) is stored on the bus. */
  send(message: Unstamped<ActorMessage>): Promise<void> {
    const full = { ...message, id: randomUUID(), jobId: this.#jobId, at: new Date().toISOString() };
    const subject = subjects.actorOutput(this.#jobId);
    this.#tail = this.#tail.then(() => this.#sendWithRetry(subject, full));
    return this.#tail;
  }

  /** Resolves once everything queued so far is sent (or given up). */
  flush(): Promise<void> {
    return this.#tail;
  }

  async #sendWithRetry(subject: string, message: { id: string; type: string }): Promise<void> {
    const deadline = Date.now() + SEND_RETRY_FOR_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.#bus.send(subject, message, message.id);
        return;
      } catch (error) {
        if (Date.now() >= deadline) {
          this.#warn(`Gave up sending ${message.type} for job ${this.#jobId}`, error);
          return;
        }
        await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt)));
      }
    }
  }
}
