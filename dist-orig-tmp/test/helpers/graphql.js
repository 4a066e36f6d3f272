/** A real GraphQL client for tests: HTTP for queries/mutations, graphql-ws for subscriptions. */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
export async function gql(baseUrl, query, variables = {}, headers = {}) {
    const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
    });
    return (await res.json());
}
/** Like {@link gql} but throws on errors. */
export async function gqlData(baseUrl, query, variables = {}) {
    const r = await gql(baseUrl, query, variables);
    if (r.errors?.length || !r.data)
        throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
}
export function wsClient(baseUrl, options = {}) {
    return createClient({
        url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        ...(options.connectionParams ? { connectionParams: options.connectionParams } : {}),
    });
}
/** Subscribes and collects every event. */
export function collect(client, query, variables, field) {
    const events = [];
    const errors = [];
    const waiters = [];
    let resolveDone;
    const done = new Promise((r) => (resolveDone = r));
    const stop = client.subscribe({ query, variables }, {
        next(value) {
            if (value.errors)
                errors.push(...value.errors);
            const event = value.data?.[field];
            if (!event)
                return;
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
    });
    return {
        events,
        errors,
        done,
        stop,
        waitFor(predicate, timeoutMs = 30_000) {
            const existing = events.find(predicate);
            if (existing)
                return Promise.resolve(existing);
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`No matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.__typename))}`)), timeoutMs);
                waiters.push({ predicate, resolve: (e) => (clearTimeout(timer), resolve(e)) });
            });
        },
    };
}
/** Rejects when `promise` takes longer than `ms` (a hang guard, not a timing assertion). */
export function within(promise, ms, what) {
    let timer;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))),
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
//# sourceMappingURL=graphql.js.map