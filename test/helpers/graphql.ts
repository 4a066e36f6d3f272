/** A real GraphQL client for tests: HTTP for queries/mutations, graphql-ws for subscriptions. */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlResponse<T = Record<string, any>> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export async function gql<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphqlResponse<T>;
}

/** Like {@link gql} but throws on errors. */
export async function gqlData<T = Record<string, any>>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(baseUrl, query, variables);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export function wsClient(baseUrl: string, options: { connectionParams?: Record<string, unknown> } = {}): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    ...(options.connectionParams ? { connectionParams: options.connectionParams } : {}),
  });
}

export interface Collected {
  readonly events: Record<string, any>[];
  readonly errors: unknown[];
  /** Resolves when the server completes the subscription (or it errors). */
  readonly done: Promise<void>;
  /** Resolves once `predicate` holds for a received event. */
  waitFor(predicate: (event: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  /** Completes the subscription from the client side. */
  stop(): void;
}

/** Subscribes and collects every event. */
export function collect(client: Client, query: string, variables: Record<string, unknown>, field: string): Collected {
  const events: Record<string, any>[] = [];
  const errors: unknown[] = [];
  const waiters: { predicate: (e: Record<string, any>) => boolean; resolve: (e: Record<string, any>) => void }[] = [];
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const stop = client.subscribe(
    { query, variables },
    {
      next(value) {
        if (value.errors) errors.push(...value.errors);
        const event = (value.data as Record<string, any> | undefined)?.[field];
        if (!event) return;
        events.push(event);
        for (const w of [...waiters]) {
          if (w.predicate(event)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(event);
          }
        }
      },
      error(error) {
        errors.push(error);
        resolveDone();
      },
      complete() {
        resolveDone();
      },
    },
  );
  return {
    events,
    errors,
    done,
    stop,
    waitFor(predicate, timeoutMs = 30_000) {
      const existing = events.find(predicate);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`No matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.__typename))}`)),
          timeoutMs,
        );
        waiters.push({ predicate, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
  };
}

/** Rejects when `promise` takes longer than `ms` (a hang guard, not a timing assertion). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))),
  ]);
}

export const SCRAPING_EVENT_FIELDS = `
  __typename seq at jobId
  ... on ScrapingStarted { url }
  ... on ScrapingProgress { visited emails elapsedSeconds currentUrl }
  ... on ScrapingEmailFound { email { address pageUrl context } }
  ... on ScrapingCompleted { visited emails elapsedSeconds }
  ... on ScrapingFailed { error }
  ... on ScrapingCancelled { visited emails }
`;

export const SCRAPING_SUBSCRIPTION = `subscription ($jobId: ID!, $afterSeq: Int) {
  scrapingEvents(jobId: $jobId, afterSeq: $afterSeq) { ${SCRAPING_EVENT_FIELDS} }
}`;

export const START_SCRAPING = `mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id status kind } }`;
