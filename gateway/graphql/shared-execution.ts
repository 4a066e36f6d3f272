/**
 * Subscription execution shared between subscribers: graphql-js's `subscribe` runs the
 * selection once per event per subscriber; this one runs it once per event per distinct
 * selection and hands every subscriber with that selection the same `ExecutionResult` object,
 * whose JSON is then written once ({@link sharedPayloadOf}).
 *
 * Sharing is safe because an event is one object for every subscriber of its job, whether it
 * came live or from the store (`jobs/job-event-stream.ts`), and the event types' fields depend
 * on nothing but the event and the selection: not on the context (the owner's access is checked
 * when subscribing).
 *
 * Batches (`subscribeSharedBatches`): when a subscriber's source already holds several events in
 * order (a burst), their shared results go out as one result standing for all of them, whose
 * payloads the transport writes as as many messages ({@link sharedPayloadsOf}): one trip through
 * the transport's per-result machinery (async iteration, hooks, message building) per burst
 * instead of per event.
 */
import {
  createSourceEventStream,
  execute,
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** A result written once as JSON and sent as those bytes to every subscriber it went to. */
export class SharedPayload {
  #json: string | undefined;
  #bytes: Buffer | undefined;
  constructor(private readonly result: ExecutionResult) {}
  /** The result as JSON, stringified on first use. */
  get json(): string {
    this.#json ??= JSON.stringify(this.result);
    return this.#json;
  }
  /** {@link json} in UTF-8, encoded on first use. */
  get bytes(): Buffer {
    this.#bytes ??= Buffer.from(this.json);
    return this.#bytes;
  }
}

/** Results handed to more than one subscriber, and their once-written JSON. */
const sharedPayloads = new WeakMap<ExecutionResult, SharedPayload>();
/** Results standing for several consecutive shared results (a burst), and those results' payloads. */
const batchedPayloads = new WeakMap<ExecutionResult, readonly SharedPayload[]>();

/** A source that can hand over the events it already holds without waiting (`JobEventStream.takeReady`). */
interface ReadySource {
  takeReady(max: number): unknown[];
}

function hasReady(source: AsyncIterator<unknown>): source is AsyncIterator<unknown> & ReadySource {
  return typeof (source as Partial<ReadySource>).takeReady === 'function';
}
/** Per schema, per live event: its result for each selection key (the promise until it is known). */
const resultsBySchema = new WeakMap<GraphQLSchema, WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>>();

/** The shared JSON of `result` when it came from {@link subscribeShared}'s cache, else undefined. */
export function sharedPayloadOf(result: ExecutionResult): SharedPayload | undefined {
  return sharedPayloads.get(result);
}

/**
 * The payloads to send, in order, one message each, for a result of {@link subscribeShared} or
 * {@link subscribeSharedBatches}: one for a shared result, several for a batch; undefined for a
 * result that is not shared (it is sent as it is).
 */
export function sharedPayloadsOf(result: ExecutionResult): readonly SharedPayload[] | undefined {
  const batch = batchedPayloads.get(result);
  if (batch) return batch;
  const one = sharedPayloads.get(result);
  return one ? [one] : undefined;
}

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/**
 * What decides the shape of one subscriber's results: the document's text, the operation, and
 * the values of the variables used below the root field (in `@include`/`@skip` of the
 * selection). Variables used only as the root field's arguments (`jobId`, `afterSeq`) choose the
 * events, not their shape, so subscribers differing only there share results.
 * Undefined when the document has no source text (built in code): such a subscriber shares nothing.
 */
export function selectionKey(args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>): string | undefined {
  const text = args.document.loc?.source.body;
  const operation = operationOf(args.document, args.operationName);
  if (text === undefined || !operation) return undefined;
  const used = new Set<string>();
  const collect = (node: ASTNode): void => {
    visit(node, { Variable: (variable) => void used.add(variable.name.value) });
  };
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      collect(selection); // a fragment at the root: every variable in it counts
      continue;
    }
    for (const directive of selection.directives ?? []) collect(directive);
    if (selection.selectionSet) collect(selection.selectionSet);
  }
  for (const definition of args.document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) collect(definition);
  const values = args.variableValues ?? {};
  const shaping = [...used].sort().map((name) => [name, values[name] ?? null]);
  return JSON.stringify([args.operationName ?? null, text, shaping]);
}

/** One subscriber's stream of results, over its source event stream; `return()` ends the source. */
class SharedResultStream implements AsyncGenerator<ExecutionResult, undefined> {
  /** Results computed for events taken with the last burst and not handed out yet. */
  readonly #pending: ExecutionResult[] = [];

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly key: string | undefined,
    /** Most events one batch result stands for; 1: no batches. */
    private readonly maxBatchEvents: number,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    if (this.#pending.length) return { done: false, value: this.#batchFromPending() };
    const r = await this.source.next();
    if (r.done) return { done: true, value: undefined };
    const first = this.#resultOf(r.value);
    // Every subscriber but the first finds the result known: no second wait for it.
    const result = first instanceof Promise ? await first : first;
    if (this.maxBatchEvents < 2 || !sharedPayloads.has(result) || !hasReady(this.source)) return { done: false, value: result };
    this.#pending.push(result);
    for (const event of this.source.takeReady(this.maxBatchEvents - 1)) {
      const next = this.#resultOf(event);
      this.#pending.push(next instanceof Promise ? await next : next);
    }
    return { done: false, value: this.#batchFromPending() };
  }

  /** The pending results up to the first one that is not shared, as one result (a batch when more than one). */
  #batchFromPending(): ExecutionResult {
    let count = 0;
    while (count < this.#pending.length && count < this.maxBatchEvents && sharedPayloads.has(this.#pending[count])) count += 1;
    if (count < 2) return this.#pending.shift()!;
    const results = this.#pending.splice(0, count);
    const batch: ExecutionResult = { data: null };
    batchedPayloads.set(
      batch,
      results.map((result) => sharedPayloads.get(result)!),
    );
    return batch;
  }

  async return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult, undefined>> {
    await this.source.return?.();
    throw error;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }

  #resultOf(event: unknown): Promise<ExecutionResult> | ExecutionResult {
    const run = (): Promise<ExecutionResult> | ExecutionResult => execute({ ...this.args, rootValue: event });
    if (this.key === undefined || typeof event !== 'object' || event === null) return run();
    let resultsByEvent = resultsBySchema.get(this.args.schema);
    if (!resultsByEvent) {
      resultsByEvent = new WeakMap();
      resultsBySchema.set(this.args.schema, resultsByEvent);
    }
    let byKey = resultsByEvent.get(event);
    if (!byKey) {
      byKey = new Map();
      resultsByEvent.set(event, byKey);
    }
    const key = this.key;
    const known = byKey.get(key);
    if (known) return known;
    const keyed = byKey;
    const share = (value: ExecutionResult): ExecutionResult => {
      // A result with errors is formatted per subscriber (masking rules): never shared.
      if (!value.errors?.length) sharedPayloads.set(value, new SharedPayload(value));
      keyed.set(key, value);
      return value;
    };
    const executed = run();
    if (!(executed instanceof Promise)) return share(executed);
    const result = executed.then(share);
    byKey.set(key, result);
    return result;
  }
}

/**
 * graphql-js `subscribe`, with each event's result computed once per selection (see the file
 * comment). Errors of the source stream's creation come back as an `ExecutionResult`, as there.
 */
export async function subscribeShared(args: ExecutionArgs, maxBatchEvents = 1): Promise<AsyncGenerator<ExecutionResult, undefined> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  return new SharedResultStream(iterator, args, selectionKey(args), Math.max(1, Math.floor(maxBatchEvents)));
}

/** Most events one batch result of {@link subscribeSharedBatches} stands for. */
export const MAX_BATCH_EVENTS = 64;

/**
 * {@link subscribeShared}, with a burst of shared results yielded as one batch result (see the
 * file comment): only for a transport that sends {@link sharedPayloadsOf} as one message each.
 */
export function subscribeSharedBatches(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult, undefined> | ExecutionResult> {
  return subscribeShared(args, MAX_BATCH_EVENTS);
}
