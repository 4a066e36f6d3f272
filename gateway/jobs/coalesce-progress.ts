/**
 * Which progress messages of a batch of actor output need no event of their own: a progress
 * message superseded, later in the same batch, by another progress message of the same job
 * (and, for an analysis, the same company), with no other kind of message of that job in
 * between. Dropping it changes no state the later one does not set, and since it is dropped
 * before events are numbered, subscribers never see a gap. E-mails, started, completed and
 * failed messages are never dropped, and a progress message never jumps over one of them.
 */
import type { ActorMessage } from '../../schema/actor-messages.js';

/** The supersession key of a progress message; undefined for every other type. */
function progressKey(message: ActorMessage): string | undefined {
  switch (message.type) {
    case 'scrape.progress':
      return message.jobId;
    case 'company.progress':
      return `${message.jobId}\u0000${message.index}`;
    default:
      return undefined;
  }
}

/** Positions in `batch` of the progress messages superseded later in the batch. */
export function supersededProgress(batch: readonly ActorMessage[]): Set<number> {
  const superseded = new Set<number>();
  /** Per job: the latest progress message of each key since the job's last other message. */
  const open = new Map<string, Map<string, number>>();
  batch.forEach((message, position) => {
    const key = progressKey(message);
    if (key === undefined) {
      open.delete(message.jobId); // a fence: nothing before it is superseded by what follows
      return;
    }
    let latest = open.get(message.jobId);
    if (!latest) open.set(message.jobId, (latest = new Map<string, number>()));
    const previous = latest.get(key);
    // The same message twice (a redelivery) supersedes nothing: the copy is dropped as already processed.
    if (previous !== undefined && batch[previous]?.id !== message.id) superseded.add(previous);
    latest.set(key, position);
  });
  return superseded;
}
