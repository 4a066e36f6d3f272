#!/usr/bin/env node
/**
 * Scrape a site with ProspectLab over graphql-ws only (Node.js, `ws`): start the scrape with a
 * mutation sent over the socket, follow its events live, drop the connection on purpose and
 * resume with `afterSeq` = the last `seq` seen, drop duplicates by `seq`, print the result.
 *
 *   PROSPECTLAB_URL=http://127.0.0.1:4000 node examples/graphql-ws-scrape.mjs https://www.example.com/
 *
 * Environment: PROSPECTLAB_URL (gateway, default http://127.0.0.1:4000), PROSPECTLAB_API_KEY
 * (sent in connectionParams when set), TARGET_URL (when no argument is given),
 * DISCONNECT_AFTER_SEQ (drop the connection once this seq is seen; default 3, 0 = never).
 * Exits 0 when the scrape completes, 1 otherwise. The last line is `RESULT <json>`.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const gatewayUrl = new URL(process.env.PROSPECTLAB_URL ?? 'http://127.0.0.1:4000');
const target = process.argv[2] ?? process.env.TARGET_URL;
const apiKey = process.env.PROSPECTLAB_API_KEY || undefined;
const disconnectAfterSeq = Number(process.env.DISCONNECT_AFTER_SEQ ?? 3);
const MAX_RECONNECTS = 5;

const START = `mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id status label } }`;
const EVENTS = `subscription ($jobId: ID!, $afterSeq: Int) {
  scrapingEvents(jobId: $jobId, afterSeq: $afterSeq) {
    __typename seq at
    ... on ScrapingStarted { url }
    ... on ScrapingProgress { visited emails currentUrl }
    ... on ScrapingEmailFound { email { address pageUrl } }
    ... on ScrapingCompleted { visited emails elapsedSeconds }
    ... on ScrapingFailed { error }
    ... on ScrapingCancelled { visited emails }
  }
}`;
const TERMINAL = new Set(['ScrapingCompleted', 'ScrapingFailed', 'ScrapingCancelled']);

/** A graphql-ws client; the API key travels in connectionParams. */
function connect() {
  const wsUrl = new URL('/graphql', gatewayUrl);
  wsUrl.protocol = gatewayUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  return createClient({
    url: wsUrl.href,
    webSocketImpl: WebSocket,
    connectionParams: apiKey ? { apiKey } : {},
    retryAttempts: 0, // this script resumes by itself, from the last seq it saw
  });
}

/** A close the server meant for good (wrong key, bad request), not a network drop. */
function isFatalClose(error) {
  return typeof error?.code === 'number' && [4400, 4401, 4403, 4409, 4429, 1008].includes(error.code);
}

function describe(error) {
  if (Array.isArray(error)) return error.map((e) => `${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`).join('; ');
  if (typeof error?.code === 'number') return `socket closed ${error.code} ${error.reason || ''}`.trim();
  return error?.message ?? String(error);
}

/** Runs one query or mutation over the socket and returns its data. */
function request(client, query, variables) {
  return new Promise((resolve, reject) => {
    let data;
    client.subscribe(
      { query, variables },
      {
        next: (result) => (result.errors ? reject(new Error(describe(result.errors))) : (data = result.data)),
        error: (error) => reject(new Error(describe(error))),
        complete: () => resolve(data),
      },
    );
  });
}

const state = { lastSeq: 0, seqs: [], duplicatesDropped: 0, emails: [], terminal: null, resumes: 0 };

/** Handles one event, once: anything at or below the last seq seen is a duplicate. */
function onEvent(event) {
  if (event.seq <= state.lastSeq) {
    state.duplicatesDropped++;
    return;
  }
  state.lastSeq = event.seq;
  state.seqs.push(event.seq);
  if (event.__typename === 'ScrapingEmailFound') {
    state.emails.push(event.email.address);
    console.log(`#${event.seq} e-mail ${event.email.address} on ${event.email.pageUrl}`);
  } else if (event.__typename === 'ScrapingProgress') {
    console.log(`#${event.seq} ${event.visited} pages, ${event.emails} e-mails (${event.currentUrl ?? ''})`);
  } else {
    console.log(`#${event.seq} ${event.__typename}${event.error ? `: ${event.error}` : ''}`);
  }
  if (TERMINAL.has(event.__typename)) state.terminal = event;
}

/** Follows the job's events on one connection until it completes, drops (returns false) or is dropped on purpose. */
function followOnce(client, jobId, dropOnPurpose) {
  return new Promise((resolve, reject) => {
    let dropped = false;
    client.subscribe(
      { query: EVENTS, variables: { jobId, afterSeq: state.lastSeq } },
      {
        next: (result) => {
          if (dropped) return; // already received before the drop: the next connection resumes after lastSeq
          if (result.errors) return reject(new Error(describe(result.errors)));
          onEvent(result.data.scrapingEvents);
          if (dropOnPurpose && !state.terminal && state.lastSeq >= disconnectAfterSeq) {
            console.log(`disconnecting on purpose after seq ${state.lastSeq}`);
            dropped = true;
            client.terminate(); // as abrupt as a network drop
            resolve(false);
          }
        },
        error: (error) => (Array.isArray(error) || isFatalClose(error) ? reject(new Error(describe(error))) : resolve(false)),
        complete: () => resolve(true),
      },
    );
  });
}

async function main() {
  if (!target) throw new Error('Give the site to scrape: node examples/graphql-ws-scrape.mjs https://www.example.com/ (or TARGET_URL)');
  const starter = connect();
  let job;
  try {
    ({ startScraping: job } = await request(starter, START, { input: { url: target } }));
  } finally {
    await starter.dispose();
  }
  console.log(`started scraping job ${job.id} (${job.label ?? target})`);

  let dropOnPurpose = disconnectAfterSeq > 0;
  for (let attempt = 0; !state.terminal; attempt++) {
    if (attempt > 0) {
      if (attempt > MAX_RECONNECTS) throw new Error(`gave up after ${MAX_RECONNECTS} reconnections`);
      state.resumes++;
      console.log(`resuming with afterSeq=${state.lastSeq}`);
      await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** (attempt - 1), 5000)));
    }
    const client = connect();
    try {
      const purposeful = dropOnPurpose;
      dropOnPurpose = false;
      await followOnce(client, job.id, purposeful);
    } finally {
      await client.dispose();
    }
  }

  const emails = [...new Set(state.emails)].sort();
  console.log(`${state.terminal.__typename}: ${emails.length} e-mails\n${emails.map((e) => `  ${e}`).join('\n')}`);
  console.log(
    `RESULT ${JSON.stringify({ jobId: job.id, status: state.terminal.__typename, emails, seqs: state.seqs, duplicatesDropped: state.duplicatesDropped, resumes: state.resumes })}`,
  );
  return state.terminal.__typename === 'ScrapingCompleted' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
