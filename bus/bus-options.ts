/**
 * Validation and defaults for the arguments both buses accept, so that both reject the
 * same bad input with the same errors.
 */
import { StreamConfigError, type ConsumeOptions, type StreamSpec } from './bus.js';
import { describeValue } from '../schema/describe-value.js';
import { positiveIntegerOption } from '../schema/positive-integer.js';
import { checkName, filterIsSubsetOf, filtersOverlap, parseFilter } from './subject-match.js';

/** @see ConsumeOptions.maxInFlight */
export const DEFAULT_MAX_IN_FLIGHT = 1;
/** @see ConsumeOptions.ackWaitMs */
export const DEFAULT_ACK_WAIT_MS = 30_000;
/** @see ConsumeOptions.maxDeliver */
export const DEFAULT_MAX_DELIVER = 5;
/** Window in which a repeated `msgId` is dropped (JetStream `duplicate_window`). */
export const DUPLICATE_WINDOW_MS = 2 * 60_000;

/** {@link ConsumeOptions} with defaults applied and every field checked. */
export interface ResolvedConsumeOptions {
  readonly stream: StreamSpec;
  readonly durable: string;
  /** Undefined when the consumer takes every subject of the stream. */
  readonly filterSubject: string | undefined;
  readonly maxInFlight: number;
  /** Undefined when unbounded across processes. */
  readonly maxAckPending: number | undefined;
  readonly ackWaitMs: number;
  readonly maxDeliver: number;
  readonly keepOrder: boolean;
}

/**
 * Checks a stream definition: valid name, at least one valid subject filter, no two
 * subjects overlapping.
 * @throws InvalidSubjectError, StreamConfigError
 */
export function checkStreamSpec(stream: StreamSpec): StreamSpec {
  if (typeof stream !== 'object' || stream === null) {
    throw new StreamConfigError(`Stream definition must be an object, got ${JSON.stringify(stream)}`);
  }
  const name = checkName(stream.name, 'Stream name');
  if (!Array.isArray(stream.subjects) || stream.subjects.length === 0) {
    throw new StreamConfigError(`Stream ${name} needs at least one subject`);
  }
  const subjects = stream.subjects.map((subject: string) => {
    parseFilter(subject);
    return subject;
  });
  subjects.forEach((a, i) => {
    subjects.slice(i + 1).forEach((b) => {
      if (filtersOverlap(a, b)) {
        throw new StreamConfigError(`Stream ${name} has overlapping subjects ${a} and ${b}`);
      }
    });
  });
  return { name, subjects };
}

function optionalBoolean(value: unknown, name: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new TypeError(`${name} must be a boolean, got ${describeValue(value)}`);
  return value;
}

/**
 * Applies defaults to consume options and checks them.
 * @throws InvalidSubjectError, StreamConfigError, RangeError, TypeError
 */
export function resolveConsumeOptions(options: ConsumeOptions): ResolvedConsumeOptions {
  const stream = checkStreamSpec(options.stream);
  const durable = checkName(options.durable, 'Durable consumer name');
  let filterSubject = options.filterSubject;
  if (filterSubject !== undefined) {
    parseFilter(filterSubject);
    if (filterSubject === '>') filterSubject = undefined;
  }
  if (filterSubject !== undefined && !stream.subjects.some((s) => filterIsSubsetOf(filterSubject, s))) {
    throw new StreamConfigError(`Filter ${filterSubject} of consumer ${durable} is not within the subjects of stream ${stream.name}`);
  }
  return {
    stream,
    durable,
    filterSubject,
    maxInFlight: positiveIntegerOption('maxInFlight', options.maxInFlight, DEFAULT_MAX_IN_FLIGHT),
    maxAckPending: options.maxAckPending === undefined ? undefined : positiveIntegerOption('maxAckPending', options.maxAckPending, 1),
    ackWaitMs: positiveIntegerOption('ackWaitMs', options.ackWaitMs, DEFAULT_ACK_WAIT_MS),
    maxDeliver: positiveIntegerOption('maxDeliver', options.maxDeliver, DEFAULT_MAX_DELIVER),
    keepOrder: optionalBoolean(options.keepOrder, 'keepOrder'),
  };
}

/**
 * Checks a request timeout.
 * @throws RangeError
 */
export function checkTimeoutMs(timeoutMs: unknown): number {
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number, got ${String(timeoutMs)}`);
  }
  return timeoutMs;
}

/**
 * Checks a nak delay; undefined means redeliver at once.
 * @throws RangeError
 */
export function checkNakDelayMs(delayMs: unknown): number {
  if (delayMs === undefined) return 0;
  if (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0) {
    throw new RangeError(`nak delayMs must be a non-negative number, got ${describeValue(delayMs)}`);
  }
  return delayMs;
}

/**
 * Checks a `msgId`.
 * @throws RangeError
 */
export function checkMsgId(msgId: unknown): string | undefined {
  if (msgId === undefined) return undefined;
  if (typeof msgId !== 'string' || msgId.length === 0) {
    throw new RangeError(`msgId must be a non-empty string, got ${JSON.stringify(msgId)}`);
  }
  return msgId;
}
