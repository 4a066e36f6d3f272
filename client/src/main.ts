/**
 * Entry point of the web client: opens the live connection, mounts the connection indicator and
 * the settings dialog, and swaps views on hash changes.
 */
import './styles.css';
import { graphqlWebSocketUrl, LiveConnection } from './connection.js';
import { listen } from './dom.js';
import { DEFAULT_ROUTE, parseRoute, routeHash, type Route } from './router.js';
import { apiKeyConnectionParams } from './settings.js';
import { createAnalysisView } from './views/analysis-view.js';
import { createConnectionIndicator } from './views/connection-indicator.js';
import { createHistoryView } from './views/history-view.js';
import { createScrapingView } from './views/scraping-view.js';
import { createSettingsDialog } from './views/settings-dialog.js';
import { createUploadView } from './views/upload-view.js';
import type { View, ViewContext } from './views/view.js';

/** What tests and curious users can inspect from the console (`window.__prospectlab`). */
export interface DebugHandle {
  readonly connection: LiveConnection;
  /** Seqs of the events dispatched for a job, in order. */
  receivedSeqs(jobId: string): number[];
}

declare global {
  interface Window {
    __prospectlab?: DebugHandle;
  }
}

function createView(route: Route, context: ViewContext): View {
  switch (route.name) {
    case 'upload':
      return createUploadView();
    case 'analysis':
      return createAnalysisView(context, route.jobId);
    case 'scraping':
      return createScrapingView(context, route.jobId);
    case 'history':
      return createHistoryView();
  }
}

/** Marks the navigation link of the current section. */
function markCurrentLink(route: Route): void {
  const section = route.name === 'analysis' ? 'upload' : route.name;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.app-nav a[data-section]')) {
    if (link.dataset.section === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function start(): void {
  const main = document.getElementById('main');
  const settingsButton = document.getElementById('settings-button');
  if (!main || !(settingsButton instanceof HTMLButtonElement)) throw new Error('index.html is missing #main or #settings-button');

  const indicator = createConnectionIndicator('connecting');
  document.body.append(indicator.element);
  const live = new LiveConnection({ url: graphqlWebSocketUrl(), connectionParams: apiKeyConnectionParams });
  window.__prospectlab = { connection: live, receivedSeqs: (jobId) => live.eventsOf(jobId).map((e) => e.seq) };

  const context: ViewContext = { live };
  let current: View | null = null;
  let firstRender = true;

  const render = (): void => {
    const route = parseRoute(window.location.hash);
    if (!route) {
      // Unknown address: show the default page under its own address.
      window.history.replaceState(null, '', routeHash(DEFAULT_ROUTE));
      render();
      return;
    }
    current?.dispose();
    current = createView(route, context);
    main.replaceChildren(current.element);
    document.title = `${current.title} · ProspectLab`;
    markCurrentLink(route);
    // Move focus to the new page's heading, so keyboard and screen-reader users land on it.
    if (!firstRender) current.element.querySelector<HTMLElement>('h1')?.focus();
    firstRender = false;
  };

  // A new API key: reconnect with it and reload the page's data with it.
  document.body.append(
    createSettingsDialog(settingsButton, () => {
      live.reconnect();
      render();
    }),
  );
  listen(window, 'hashchange', render);
  listen(document.getElementById('skip-link') ?? document, 'click', (event) => {
    event.preventDefault();
    main.focus();
  });
  render();
}

start();
