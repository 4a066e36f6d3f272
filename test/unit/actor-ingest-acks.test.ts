import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import type { BatchHandler, BatchSettling, Bus, WorkMessage } from '../../bus/bus.js';
import { startActorIngest } from '../../gateway/jobs/actor-ingest.js';
import type { JobService } from '../../gateway/jobs/job-service.js';
import type { ActorMessage } from '../../schema/actor-messages.js';

/** A delivered actor message whose ack waits for `acked` (the server's confirmation). */
function delivered(message: ActorMessage, acked: Promise<void>): WorkMessage & { acks: number } {
  const m = {
    subject: `pl.actor.${message.jobId}`,
    data: message,
    deliveryCount: 1,
    acks: 0,
    ack: async () => {
      m.acks += 1;
      await acked;
    },
    nak: () => undefined,
    working: () => undefined,
    term: () => undefined,
  };
  return m;
}

function progress(jobId: string, visited: number): ActorMessage {
  return {
    id: randomUUID(),
    jobId,
    at: new Date().toISOString(),
    type: 'scrape.progress',
    visited,
    emails: 0,
    elapsedSeconds: 1,
    currentUrl: 'https://acme.example/',
  };
}

describe('actor ingest acknowledgements', () => {
  const shapes = [
    { name: 'a batch of one message', size: 1 },
    { name: 'a batch of several messages', size: 3 },
  ];
  for (const shape of shapes) {
    it(`${shape.name}: applied, then handed back with its acks under way, so the next batch need not wait for them`, async () => {
      let handler: BatchHandler | undefined;
      const bus = {
        ensureStream: async () => undefined,
        unsettledCount: async () => 0,
        consumeBatch: async (_options: unknown, h: BatchHandler) => {
          handler = h;
          return { stop: async () => undefined };
        },
      } as unknown as Bus;
      const applied: string[][] = [];
      const jobs = {
        store: { tryLease: async () => ({ lost: new Promise<void>(() => undefined), release: async () => undefined }) },
        applyActorMessage: async (message: ActorMessage) => void applied.push([message.id]),
        applyActorMessages: async (messages: readonly ActorMessage[]) => void applied.push(messages.map((m) => m.id)),
      } as unknown as JobService;
      const ingest = await startActorIngest({ bus, jobs, warn: () => undefined });
      let confirm!: () => void;
      const acked = new Promise<void>((resolve) => (confirm = resolve));
      const jobId = randomUUID();
      const batch = Array.from({ length: shape.size }, (_, i) => delivered(progress(jobId, i + 1), acked));

      const result = (await handler!(batch)) as BatchSettling | undefined;

      expect(applied.flat()).to.deep.equal(batch.map((m) => (m.data as ActorMessage).id));
      expect(
        batch.map((m) => m.acks),
        'each message acked once',
      ).to.deep.equal(batch.map(() => 1));
      expect(result?.settled, 'the handler resolved before the server confirmed the acks').to.be.instanceOf(Promise);
      let settled = false;
      void result!.settled.then(() => (settled = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(settled, 'still settling while the acks are unconfirmed').to.equal(false);
      confirm();
      await result!.settled;
      await ingest.stop();
    });
  }
});
