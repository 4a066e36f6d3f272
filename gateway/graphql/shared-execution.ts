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
  constructor(private readonly result: ExecutionResult) {}
  /** The result as JSON, stringified on first use. */
  get json(): string {
    this.#json ??= JSON.stringify(this.result);
    return this.#json;
  }
}

/** Results handed to more than one subscriber, and their once-written JSON. */
const sharedPayloads = new WeakMap<ExecutionResult, SharedPayload>();
/** Per schema, per live event: its result for each selection key (the promise until it is known). */
const resultsBySchema = new WeakMap<GraphQLSchema, WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>>();

/** The shared JSON of `result` when it came from {@link subscribeShared}'s cache, else undefined. */
export function sharedPayloadOf(result: ExecutionResult): SharedPayload | undefined {
  return sharedPayloads.get(result);
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
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly key: string | undefined,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    const r = await this.source.next();
    if (r.done) return { done: true, value: undefined };
    const result = this.#resultOf(r.value);
    // Every subscriber but the first finds the result known: no second wait for it.
    return { done: false, value: result instanceof Promise ? await result : result };
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
export async function subscribeShared(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult, undefined> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  return new SharedResultStream(iterator, args, selectionKey(args));
}
