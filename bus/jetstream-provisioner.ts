/**
 * Creates and updates the JetStream streams and durable consumers {@link NatsBus} uses.
 *
 * Streams: work-queue retention, file storage (messages survive server restarts), a
 * two-minute duplicate window for `msgId`. Consumers: durable, pull, explicit acks.
 * When several processes declare the same stream or durable with different settings, the
 * last one to call wins, as with any JetStream update.
 */
import { AckPolicy, DeliverPolicy, RetentionPolicy, StorageType, nanos, type ConsumerConfig, type JetStreamManager, type StreamInfo } from 'nats';
import { StreamConfigError, type StreamSpec } from './bus.js';
import { DUPLICATE_WINDOW_MS, type ResolvedConsumeOptions } from './bus-options.js';
import { jetStreamErrorCode, toBusError } from './nats-errors.js';
import { filtersOverlap } from './subject-match.js';

const STREAM_NOT_FOUND = 10059;
const STREAM_NAME_IN_USE = 10058;
/** Also what a create racing another process's create of the same stream can get. */
const STREAM_SUBJECTS_OVERLAP = 10065;
const CONSUMER_NOT_FOUND = 10014;
/** JetStream's own default for a consumer's `max_ack_pending`. */
const DEFAULT_MAX_ACK_PENDING = 1000;

function sameSubjects(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Declares streams and consumers through a JetStream manager, mapping refusals to bus errors. */
export class JetStreamProvisioner {
  constructor(private readonly jsm: JetStreamManager) {}

  /**
   * Creates the stream when missing, or updates its subjects.
   * @param spec an already checked definition
   * @throws StreamConfigError when the server refuses it (overlapping subjects, other retention)
   */
  async ensureStream(spec: StreamSpec): Promise<void> {
    try {
      const info = await this.streamInfo(spec.name);
      let createError: unknown;
      if (info === null) {
        try {
          await this.jsm.streams.add({
            name: spec.name,
            subjects: [...spec.subjects],
            retention: RetentionPolicy.Workqueue,
            storage: StorageType.File,
            duplicate_window: nanos(DUPLICATE_WINDOW_MS),
          });
          return;
        } catch (error) {
          // Another process created it meanwhile (its create can also make ours fail as
          // overlapping it): fall through and compare.
          const code = jetStreamErrorCode(error);
          if (code !== STREAM_NAME_IN_USE && code !== STREAM_SUBJECTS_OVERLAP) throw error;
          createError = error;
        }
      }
      const current = info ?? (await this.streamInfo(spec.name));
      if (current === null) {
        // No stream of this name: the overlap is with a stream of another name.
        if (jetStreamErrorCode(createError) === STREAM_SUBJECTS_OVERLAP) throw createError;
        throw new StreamConfigError(`Stream ${spec.name} vanished while being created`);
      }
      if (current.config.retention !== RetentionPolicy.Workqueue) {
        throw new StreamConfigError(`Stream ${spec.name} exists with ${current.config.retention} retention; work-queue retention is required`);
      }
      if (!sameSubjects(current.config.subjects ?? [], spec.subjects)) {
        await this.jsm.streams.update(spec.name, { subjects: [...spec.subjects] });
      }
    } catch (error) {
      if (error instanceof StreamConfigError) throw error;
      throw toBusError(error, `Creating stream ${spec.name}`);
    }
  }

  /**
   * Creates the durable pull consumer, or updates it to these options.
   * @throws StreamConfigError when its filter overlaps another durable's on the stream
   */
  async ensureConsumer(options: ResolvedConsumeOptions): Promise<void> {
    const { stream, durable } = options;
    try {
      await this.refuseOverlappingConsumers(options);
      let existing;
      try {
        existing = await this.jsm.consumers.info(stream.name, durable);
      } catch (error) {
        if (jetStreamErrorCode(error) !== CONSUMER_NOT_FOUND) throw error;
      }
      const wanted = {
        ack_wait: nanos(options.ackWaitMs),
        max_deliver: options.maxDeliver,
        // An empty filter removes a previous one on update.
        filter_subject: options.filterSubject ?? '',
        // Shared by every process of the durable: never lower what another one needs, unless asked to.
        max_ack_pending: options.maxAckPending ?? Math.max(existing?.config.max_ack_pending ?? DEFAULT_MAX_ACK_PENDING, options.maxInFlight),
      };
      if (!existing) {
        const config: Partial<ConsumerConfig> = {
          durable_name: durable,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
          ...wanted,
        };
        if (options.filterSubject === undefined) delete config.filter_subject;
        await this.jsm.consumers.add(stream.name, config);
        return;
      }
      const current = existing.config;
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- a push consumer left by an older deployment must be refused, not reused
      if (current.ack_policy !== AckPolicy.Explicit || current.deliver_subject) {
        throw new StreamConfigError(`Consumer ${durable} on ${stream.name} exists but is not an explicit-ack pull consumer`);
      }
      const changed =
        current.ack_wait !== wanted.ack_wait ||
        current.max_deliver !== wanted.max_deliver ||
        (current.filter_subject ?? '') !== wanted.filter_subject ||
        current.max_ack_pending !== wanted.max_ack_pending;
      if (changed) await this.jsm.consumers.update(stream.name, durable, wanted);
    } catch (error) {
      if (error instanceof StreamConfigError) throw error;
      throw toBusError(error, `Creating consumer ${durable} on stream ${stream.name}`);
    }
  }

  /** @returns false when no such stream exists */
  async deleteStream(name: string): Promise<boolean> {
    try {
      return await this.jsm.streams.delete(name);
    } catch (error) {
      if (jetStreamErrorCode(error) === STREAM_NOT_FOUND) return false;
      throw toBusError(error, `Deleting stream ${name}`);
    }
  }

  private async streamInfo(name: string): Promise<StreamInfo | null> {
    try {
      return await this.jsm.streams.info(name);
    } catch (error) {
      if (jetStreamErrorCode(error) === STREAM_NOT_FOUND) return null;
      throw error;
    }
  }

  /**
   * Work-queue streams must not hand one message to two durables. nats-server 2.9 only
   * refuses a new filter that is a subset of an existing one, so check real overlap here,
   * as the embedded bus does.
   */
  private async refuseOverlappingConsumers(options: ResolvedConsumeOptions): Promise<void> {
    const mine = options.filterSubject ?? '>';
    for await (const info of this.jsm.consumers.list(options.stream.name)) {
      if (info.name === options.durable) continue;
      const config = info.config as ConsumerConfig & { filter_subjects?: string[] };
      const theirs = config.filter_subjects?.length ? config.filter_subjects : [config.filter_subject || '>'];
      const clash = theirs.find((filter) => filtersOverlap(mine, filter));
      if (clash !== undefined) {
        throw new StreamConfigError(
          `Consumer ${options.durable} (filter ${options.filterSubject ?? 'none'}) overlaps consumer ` +
            `${info.name} (filter ${clash}) on work-queue stream ${options.stream.name}`,
        );
      }
    }
  }
}
