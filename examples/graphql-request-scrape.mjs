#!/usr/bin/env node
/**
 * Scrape a site with ProspectLab from graphql-request (mutation and query over HTTP) combined
 * with graphql-ws for the live events: start, follow, drop the connection on purpose, resume with
 * `afterSeq` = the last `seq` seen, drop duplicates by `seq`, then query the result.
 *
 *   PROSPECTLAB_URL=http://127.0.0.1:4000 node examples/graphql-request-scrape.mjs https://www.example.com/
 *
 * Environment: PROSPECTLAB_URL (gateway, default http://127.0.0.1:4000), PROSPECTLAB_API_KEY
 * (sent as `Authorization: Bearer` and in connectionParams when set), TARGET_URL (when no
 * argument is given), DISCONNECT_AFTER_SEQ (default 3, 0 = never).
 * Exits 0 when the scrape completes, 1 otherwise. The last line is `RESULT <json>`.
 */
import { ClientError, gql, GraphQLClient } from 'graphql-request';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const gatewayUrl = new URL(process.env.PROSPECTLAB_URL ?? 'http://127.0.0.1:4000');
const target = process.argv[2] ?? process.env.TARGET_URL;
const apiKey = process.env.PROSPECTLAB_API_KEY || undefined;
const disconnectAfterSeq = Number(process.env.DISCONNECT_AFTER_SEQ ?? 3);
const MAX_RECONNECTS = 5;

const START = gql`
  mutation ($input: StartScrapingInput!) {
    startScraping(input: $input) {
      id
      status
      label
    }
  }
`;
const EVENTS = /* GraphQL */ `
  subscription ($jobId: ID!, $afterSeq: Int) {
    scrapingEvents(jobId: $jobId, afterSeq: $afterSeq) {
      __typename
      seq
      ... on ScrapingProgress {
        visited
        emails
      }
      ... on ScrapingEmailFound {
        email {
          address
        }
      }
      ... on ScrapingCompleted {
        visited
        emails
      }
      ... on ScrapingFailed {
        error
      }
    }
  }
`;
const RESULT = gql`
  query ($id: ID!) {
    job(id: $id) {
      status
      label
      site {
        pagesVisited
        emails {
          address
          pageUrl
          context
        }
      }
    }
  }
`;
const TERMINAL = new Set(['ScrapingCompleted', 'ScrapingFailed', 'ScrapingCancelled']);

const http = new GraphQLClient(new URL('/graphql', gatewayUrl).href, {
  headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
});

function connect() {
  const wsUrl = new URL('/graphql', gatewayUrl);
  wsUrl.protocol = gatewayUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  return createClient({ url: wsUrl.href, webSocketImpl: WebSocket, connectionParams: apiKey ? { apiKey } : {}, retryAttempts: 0 });
}

const state = { lastSeq: 0, seqs: [], duplicatesDropped: 0, terminal: null, resumes: 0 };

/**
 * Follows the events on one connection with the async-iterator API. Returns when the stream
 * ends, the connection drops, or after dropping it on purpose; throws on GraphQL errors.
 */
async function followOnce(ws, jobId, dropOnPurpose) {
  const events = ws.iterate({ query: EVENTS, variables: { jobId, afterSeq: state.lastSeq } });
  try {
    for await (const result of events) {
      if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
      const event = result.data.scrapingEvents;
      if (event.seq <= state.lastSeq) {
        state.duplicatesDropped++;
        continue;
      }
      state.lastSeq = event.seq;
      state.seqs.push(event.seq);
      console.log(`#${event.seq} ${event.__typename}${event.email ? ` ${event.email.address}` : ''}`);
      if (TERMINAL.has(event.__typename)) state.terminal = event;
      else if (dropOnPurpose && event.seq >= disconnectAfterSeq) {
        console.log(`disconnecting on purpose after seq ${event.seq}`);
        ws.terminate();
        return;
      }
    }
  } catch (error) {
    if (Array.isArray(error)) throw new Error(error.map((e) => e.message).join('; '));
    if ([4400, 4401, 4403].includes(error?.code)) throw new Error(`socket closed ${error.code} (API key missing or wrong?)`);
    if (!(typeof error?.code === 'number')) throw error; // a drop is resumed by the caller
  }
}

async function main() {
  if (!target) throw new Error('Give the site to scrape: node examples/graphql-request-scrape.mjs https://www.example.com/ (or TARGET_URL)');
  const { startScraping: job } = await http.request(START, { input: { url: target } });
  console.log(`started scraping job ${job.id} (${job.label ?? target})`);

  let dropOnPurpose = disconnectAfterSeq > 0;
  for (let attempt = 0; !state.terminal; attempt++) {
    if (attempt > 0) {
      if (attempt > MAX_RECONNECTS) throw new Error(`gave up after ${MAX_RECONNECTS} reconnections`);
      state.resumes++;
      console.log(`resuming with afterSeq=${state.lastSeq}`);
      await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** (attempt - 1), 5000)));
    }
    const ws = connect();
    const purposeful = dropOnPurpose;
    dropOnPurpose = false;
    try {
      await followOnce(ws, job.id, purposeful);
    } finally {
      await ws.dispose();
    }
  }

  const { job: done } = await http.request(RESULT, { id: job.id });
  const emails = done.site.emails.map((e) => e.address).sort();
  console.log(`${done.status}: ${done.site.pagesVisited} pages, ${emails.length} e-mails\n${emails.map((e) => `  ${e}`).join('\n')}`);
  console.log(
    `RESULT ${JSON.stringify({ jobId: job.id, status: done.status, emails, seqs: state.seqs, duplicatesDropped: state.duplicatesDropped, resumes: state.resumes })}`,
  );
  return done.status === 'COMPLETED' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const message = error instanceof ClientError ? (error.response.errors?.map((e) => e.message).join('; ') ?? `HTTP ${error.response.status}`) : error.message;
    console.error(`error: ${message}`);
    process.exit(1);
  },
);
