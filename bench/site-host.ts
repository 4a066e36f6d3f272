/**
 * Runs the benchmark's site servers in a child process, so that serving the sites costs none
 * of the CPU measured for the loops of the benchmark process itself (the bare baselines).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScrapeSiteOptions } from './scrape-site.js';
import type { SiteSetOptions } from './site-generator.js';
import type { DocumentRequestCounts } from './site-server.js';

/** The sites, served by a child process. */
export interface SiteHost {
  /** Start URL of each site, in generation order. */
  readonly urls: readonly string[];
  /** Every page URL of every site. */
  readonly pageUrls: readonly string[];
  /** Process id of the serving process. */
  readonly pid: number;
  counts(): Promise<DocumentRequestCounts>;
  resetCounts(): Promise<void>;
  /** Stops the servers and the process. */
  close(): Promise<void>;
}

/** What the serving process serves: a site set, or the scraping benchmark's one site. */
export type SiteHostOptions = SiteSetOptions | { readonly scrapeSite: ScrapeSiteOptions };

/** A message from the serving process. */
export type SiteHostMessage =
  | { readonly type: 'ready'; readonly urls: string[]; readonly pageUrls: string[] }
  | { readonly type: 'reply'; readonly id: number; readonly counts?: DocumentRequestCounts }
  | { readonly type: 'failed'; readonly error: string };

/** A request to the serving process. */
export interface SiteHostCommand {
  readonly id: number;
  readonly command: 'counts' | 'reset' | 'close';
}

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site-host-process.js');
const READY_TIMEOUT_MS = 30_000;

/** Generates the sites of `options` in a child process and serves them there. */
export async function startSiteHost(options: SiteHostOptions): Promise<SiteHost> {
  const child: ChildProcess = fork(ENTRY, [JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pending = new Map<number, (message: SiteHostMessage) => void>();
  let nextId = 1;
  const ready = await new Promise<Extract<SiteHostMessage, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the site host did not start')), READY_TIMEOUT_MS);
    child.on('message', (message: SiteHostMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message);
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`the site host failed: ${message.error}`));
      } else {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error('the site host exited before it was ready'));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });
  const ask = (command: SiteHostCommand['command']): Promise<SiteHostMessage> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ id, command } satisfies SiteHostCommand);
    });
  return {
    urls: ready.urls,
    pageUrls: ready.pageUrls,
    pid: child.pid!,
    async counts() {
      const reply = await ask('counts');
      return reply.type === 'reply' && reply.counts ? reply.counts : { browser: 0, http: 0, scripts: 0 };
    },
    async resetCounts() {
      await ask('reset');
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        await Promise.race([ask('close'), exited]);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
