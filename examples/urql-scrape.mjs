#!/usr/bin/env node
/**
 * Scrape a site with ProspectLab from urql (@urql/core): mutations and queries over HTTP
 * (fetchExchange), the live events through urql's subscriptionExchange over graphql-ws. Drops
 * the connection on purpose, resumes with `afterSeq` = the last `seq` seen, drops duplicates by
 * `seq`, then reads the job's result with a query.
 *
 *   PROSPECTLAB_URL=http://127.0.0.1:4000 node examples/urql-scrape.mjs https://www.example.com/
 *
 * Environment: PROSPECTLAB_URL (gateway, default http://127.0.0.1:4000), PROSPECTLAB_API_KEY
 * (sent as `Authorization: Bearer` and in connectionParams when set), TARGET_URL (when no
 * argument is given), DISCONNECT_AFTER_SEQ (default 3, 0 = never).
 * Exits 0 when the scrape completes, 1 otherwise. The last line is `RESULT <json>`.
 */
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

const gatewayUrl = new URL(process.env.PROSPECTLAB_URL ?? 'http://127.0.0.1:4000');
const target = process.argv[2] ?? process.env.TARGET_URL;
const apiKey = process.env.PROSPECTLAB_API_KEY || undefined;
const disconnectAfterSeq = Number(process.env.DISCONNECT_AFTER_SEQ ?? 3);
const MAX_RECONNECTS = 5;

const START = `mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id status label } }`;
const EVENTS = `subscription ($jobId: ID!, $afterSeq: Int) {
  scrapingEvents(jobId: $jobId, afterSeq: $afterSeq) {
    __typename seq
    ... on ScrapingProgress { visited emails }
    ... on ScrapingEmailFound { email { address pageUrl } }
    ... on ScrapingCompleted { visited emails elapsedSeconds }
    ... on ScrapingFailed { error }
  }
}`;
const RESULT = `query ($id: ID!) { job(id: $id) { id status label site { url pagesVisited emails { address pageUrl } } } }`;
const TERMINAL = new Set(['ScrapingCompleted', 'ScrapingFailed', 'ScrapingCancelled']);

/** A urql client whose subscriptions run on its own graphql-ws connection (`ws` closes it). */
function connect() {
  const wsUrl = new URL('/graphql', gatewayUrl);
  wsUrl.protocol = gatewayUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = createWsClient({ url: wsUrl.href, webSocketImpl: WebSocket, connectionParams: apiKey ? { apiKey } : {}, retryAttempts: 0 });
  const urql = new Client({
    url: new URL('/graphql', gatewayUrl).href,
    preferGetMethod: false, // the gateway's CSRF protection wants JSON POSTs
    fetchOptions: () => ({ headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} }),
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { urql, ws };
}

const state = { lastSeq: 0, seqs: [], duplicatesDropped: 0, emailsLive: [], terminal: null, resumes: 0 };

function onEvent(event) {
  if (event.seq <= state.lastSeq) {
    state.duplicatesDropped++; // already handled: a replay overlapping what was seen
    return;
  }
  state.lastSeq = event.seq;
  state.seqs.push(event.seq);
  if (event.__typename === 'ScrapingEmailFound') state.emailsLive.push(event.email.address);
  console.log(
    `#${event.seq} ${event.__typename}${event.email ? ` ${event.email.address}` : ''}${event.visited !== undefined ? ` (${event.visited} pages)` : ''}`,
  );
  if (TERMINAL.has(event.__typename)) state.terminal = event;
}

/** Follows the events on one connection: resolves when they end or the connection drops; rejects on GraphQL errors. */
function followOnce({ urql, ws }, jobId, dropOnPurpose) {
  return new Promise((resolve, reject) => {
    let subscription = null;
    let finished = false;
    const finish = (fn) => {
      finished = true; // results still queued on this connection are ignored: the next one resumes after lastSeq
      // urql may call back synchronously, before `subscription` is assigned
      queueMicrotask(() => subscription?.unsubscribe());
      fn();
    };
    subscription = urql.subscription(EVENTS, { jobId, afterSeq: state.lastSeq }).subscribe((result) => {
      if (finished) return;
      if (result.error) {
        if (result.error.graphQLErrors.length) return finish(() => reject(new Error(result.error.message)));
        const code = result.error.networkError?.code;
        if ([4400, 4401, 4403].includes(code)) return finish(() => reject(new Error(`socket closed ${code} (API key missing or wrong?)`)));
        return finish(() => resolve());
      }
      onEvent(result.data.scrapingEvents);
      if (state.terminal) return finish(resolve);
      if (dropOnPurpose && state.lastSeq >= disconnectAfterSeq) {
        console.log(`disconnecting on purpose after seq ${state.lastSeq}`);
        ws.terminate();
        finish(resolve);
      }
    });
  });
}

async function main() {
  if (!target) throw new Error('Give the site to scrape: node examples/urql-scrape.mjs https://www.example.com/ (or TARGET_URL)');
  const first = connect();
  const started = await first.urql.mutation(START, { input: { url: target } }).toPromise();
  if (started.error) throw new Error(`startScraping failed: ${started.error.message}`);
  const job = started.data.startScraping;
  console.log(`started scraping job ${job.id} (${job.label ?? target})`);

  let connection = first;
  let dropOnPurpose = disconnectAfterSeq > 0;
  for (let attempt = 0; !state.terminal; attempt++) {
    if (attempt > 0) {
      if (attempt > MAX_RECONNECTS) throw new Error(`gave up after ${MAX_RECONNECTS} reconnections`);
      state.resumes++;
      console.log(`resuming with afterSeq=${state.lastSeq}`);
      await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** (attempt - 1), 5000)));
      connection = connect();
    }
    const purposeful = dropOnPurpose;
    dropOnPurpose = false;
    try {
      await followOnce(connection, job.id, purposeful);
    } finally {
      await connection.ws.dispose();
    }
  }

  const final = await connection.urql.query(RESULT, { id: job.id }, { requestPolicy: 'network-only' }).toPromise();
  if (final.error) throw new Error(`reading the result failed: ${final.error.message}`);
  const emails = final.data.job.site.emails.map((e) => e.address).sort();
  console.log(`${final.data.job.status}: ${final.data.job.site.pagesVisited} pages, ${emails.length} e-mails\n${emails.map((e) => `  ${e}`).join('\n')}`);
  const emailsLive = [...state.emailsLive].sort();
  console.log(
    `RESULT ${JSON.stringify({ jobId: job.id, status: final.data.job.status, emails, emailsLive, seqs: state.seqs, duplicatesDropped: state.duplicatesDropped, resumes: state.resumes })}`,
  );
  return final.data.job.status === 'COMPLETED' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
