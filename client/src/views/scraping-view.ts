/**
 * Scraping page (`#/scraping`, `#/scraping/<id>`): a form (URL, depth, pages, time, delay) and,
 * for a job, its live state: visited pages, elapsed time ticking, the current page, the e-mails
 * as they are found with their source page, a Stop button. Live data comes only from the
 * `scraping:*` Custom Events.
 */
import { SCRAPE_DEFAULTS, SCRAPE_LIMIT_RANGES } from '../../../schema/scrape-limits.js';
import { describeError, graphql } from '../api.js';
import { Disposer, externalLink, h, listen, replaceChildren } from '../dom.js';
import { formatDuration, shortId } from '../format.js';
import { SUBSCRIPTION_ERROR_EVENT, type JobEventDetail, type SubscriptionErrorDetail } from '../job-event-names.js';
import { CANCEL_JOB_MUTATION, JOB_SUMMARY_QUERY, START_SCRAPING_MUTATION } from '../../../schema/web-client-operations.js';
import { navigate } from '../router.js';
import { isFinished, type JobStatus, type JobSummary } from '../types.js';
import { numberField, readNumberField } from './number-field.js';
import { setBadgeStatus, statusBadge } from './status-badge.js';
import type { View, ViewContext } from './view.js';

const SCRAPING_EVENTS = ['scraping:started', 'scraping:progress', 'scraping:email_found', 'scraping:complete', 'scraping:error', 'scraping:cancelled'] as const;

/** The scraping page, with the live panel of `jobId` when given. */
export function createScrapingView(context: ViewContext, jobId: string | null): View {
  const disposer = new Disposer();
  const element = h('section', { class: 'view scraping-view', 'aria-labelledby': 'scraping-title' });
  const form = scrapeForm(disposer);
  element.append(h('h1', { id: 'scraping-title', tabindex: '-1' }, 'Scrape a website for e-mail addresses'));
  if (jobId) {
    // The job first; the form below starts another one (prefilled with this job's address).
    const panel = livePanel(context, jobId, disposer, (url) => {
      form.url.value = url;
    });
    element.append(panel, h('h2', { class: 'section-title' }, 'New scraping'));
  }
  element.append(form.element);
  return { element, title: jobId ? `Scraping ${shortId(jobId)}` : 'Scrape a website', dispose: () => disposer.dispose() };
}

function scrapeForm(disposer: Disposer): { element: HTMLFormElement; url: HTMLInputElement } {
  const ranges = SCRAPE_LIMIT_RANGES;
  const url = h('input', {
    type: 'text',
    id: 'scrape-url',
    name: 'url',
    inputmode: 'url',
    autocomplete: 'url',
    required: true,
    placeholder: 'https://www.example.org/',
    'aria-describedby': 'scrape-url-hint',
  });
  const fields = {
    maxDepth: numberField('scrape-depth', 'Link depth', SCRAPE_DEFAULTS.maxDepth, ranges.maxDepth),
    maxPages: numberField('scrape-pages', 'Most pages', SCRAPE_DEFAULTS.maxPages, ranges.maxPages),
    maxDurationSeconds: numberField('scrape-time', 'Time limit (s)', SCRAPE_DEFAULTS.maxDurationSeconds, ranges.maxDurationSeconds),
    delayMs: numberField(
      'scrape-delay',
      'Delay (ms)',
      SCRAPE_DEFAULTS.delayMs,
      ranges.delayMs,
      `Pause between two requests, ${ranges.delayMs.min} to ${ranges.delayMs.max}`,
    ),
  };
  const error = h('div', { class: 'message error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Start scraping');
  const element = h(
    'form',
    { class: 'card scrape-form', novalidate: true, 'aria-label': 'New scraping' },
    h(
      'div',
      { class: 'field wide' },
      h('label', { for: 'scrape-url' }, 'Website address'),
      url,
      h('span', { id: 'scrape-url-hint', class: 'hint' }, 'The crawl stays on this site. A bare host name gets https://.'),
    ),
    h(
      'div',
      { class: 'field-grid' },
      Object.values(fields).map((f) => f.wrapper),
    ),
    error,
    h('div', { class: 'actions' }, submit),
  );

  const showError = (message: string | null): void => {
    error.hidden = message === null;
    error.textContent = message ?? '';
  };

  disposer.add(
    listen(element, 'submit', (event) => {
      event.preventDefault();
      void (async () => {
        showError(null);
        const address = url.value.trim();
        url.setAttribute('aria-invalid', address ? 'false' : 'true');
        if (!address) {
          url.focus();
          showError('Enter the address of the website to scrape.');
          return;
        }
        const input: Record<string, unknown> = { url: address };
        for (const [name, field] of Object.entries(fields)) {
          const value = readNumberField(field);
          if (value === null) {
            field.input.focus();
            showError(`${field.label}: enter a whole number from ${field.input.min} to ${field.input.max}.`);
            return;
          }
          input[name] = value;
        }
        submit.disabled = true;
        submit.textContent = 'Starting…';
        try {
          const data = await graphql<{ startScraping: JobSummary }>(START_SCRAPING_MUTATION, { input }, { signal: disposer.signal() });
          navigate({ name: 'scraping', jobId: data.startScraping.id });
        } catch (cause) {
          showError(`The scraping did not start: ${describeError(cause)}`);
        } finally {
          submit.disabled = false;
          submit.textContent = 'Start scraping';
        }
      })();
    }),
  );
  return { element, url };
}

function livePanel(context: ViewContext, jobId: string, disposer: Disposer, onUrl: (url: string) => void): HTMLElement {
  /** QUEUED until the job's summary arrives; the badge says "Loading" meanwhile. */
  let status: JobStatus = 'QUEUED';
  /** Elapsed seconds reported by the last event, and when (performance.now()) it arrived. */
  let elapsedBase: { seconds: number; receivedAtMs: number } | null = null;
  const seenEmails = new Set<string>();

  const badge = statusBadge('LOADING');
  const visited = h('dd', { class: 'stat-visited' }, '0');
  const emailCount = h('dd', { class: 'stat-emails' }, '0');
  const elapsed = h('dd', { class: 'stat-elapsed' }, formatDuration(0));
  const currentPage = h('dd', { class: 'stat-current' }, '—');
  const currentPageStat = h('div', { class: 'wide' }, h('dt', {}, 'Current page'), currentPage);
  const outcome = h('div', { class: 'outcome', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'message error', role: 'alert', hidden: true });
  const stopButton = h('button', { type: 'button', class: 'danger', disabled: true }, 'Stop');
  const emailRows = h('tbody');
  const noEmails = h('p', { class: 'muted no-emails' }, 'No e-mail address found yet.');
  const site = h('p', { class: 'site-url' });

  const element = h(
    'section',
    { class: 'card live-scrape', 'aria-labelledby': 'live-title', 'data-job-id': jobId },
    h('div', { class: 'view-header' }, h('h2', { id: 'live-title' }, `Scraping ${shortId(jobId)}`), h('span', { class: 'job-status' }, badge)),
    site,
    error,
    h(
      'dl',
      { class: 'stats' },
      h('div', {}, h('dt', {}, 'Pages visited'), visited),
      h('div', {}, h('dt', {}, 'E-mails found'), emailCount),
      h('div', {}, h('dt', {}, 'Elapsed time'), elapsed),
      currentPageStat,
    ),
    outcome,
    h('div', { class: 'actions' }, stopButton),
    h('h3', { id: 'emails-title' }, 'E-mail addresses'),
    noEmails,
    h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'emails-title' },
      h(
        'table',
        { class: 'data-table emails-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Address'), h('th', { scope: 'col' }, 'Found on'))),
        emailRows,
      ),
    ),
  );

  const showError = (message: string | null): void => {
    error.hidden = message === null;
    error.textContent = message ?? '';
  };

  const setStatus = (next: JobStatus): void => {
    status = next;
    setBadgeStatus(badge, next);
    stopButton.disabled = isFinished(next);
    stopButton.hidden = isFinished(next);
    currentPageStat.hidden = isFinished(next);
  };

  const setElapsed = (seconds: number): void => {
    elapsedBase = { seconds, receivedAtMs: performance.now() };
    elapsed.textContent = formatDuration(seconds);
  };

  const tick = (): void => {
    if (status !== 'RUNNING' || !elapsedBase) return;
    elapsed.textContent = formatDuration(elapsedBase.seconds + (performance.now() - elapsedBase.receivedAtMs) / 1000);
  };

  const addEmail = (email: { address: string; pageUrl: string }): void => {
    if (seenEmails.has(email.address)) return;
    seenEmails.add(email.address);
    noEmails.hidden = true;
    emailRows.append(h('tr', {}, h('td', {}, h('a', { href: `mailto:${email.address}` }, email.address)), h('td', {}, externalLink(email.pageUrl))));
    emailCount.textContent = String(Math.max(Number(emailCount.textContent), seenEmails.size));
  };

  const apply = (detail: JobEventDetail): void => {
    if (detail.jobId !== jobId) return;
    switch (detail.__typename) {
      // A job already finished when the page opened replays its history: only the terminal
      // event may change its status and final figures, so it never looks as if it were running.
      case 'ScrapingStarted': {
        if (status === 'QUEUED') setStatus('RUNNING');
        const started = Date.parse(detail.at);
        if (!isFinished(status)) setElapsed(Number.isNaN(started) ? 0 : Math.max(0, (Date.now() - started) / 1000));
        replaceChildren(site, 'Site: ', externalLink(detail.url));
        onUrl(detail.url);
        break;
      }
      case 'ScrapingProgress':
        if (isFinished(status)) break;
        if (status === 'QUEUED') setStatus('RUNNING');
        visited.textContent = String(detail.visited);
        emailCount.textContent = String(Math.max(detail.emails, seenEmails.size));
        replaceChildren(currentPage, externalLink(detail.currentUrl));
        setElapsed(detail.elapsedSeconds);
        break;
      case 'ScrapingEmailFound':
        addEmail(detail.email);
        break;
      case 'ScrapingCompleted':
        visited.textContent = String(detail.visited);
        setElapsed(detail.elapsedSeconds);
        outcome.textContent = `Finished: ${detail.visited} pages visited, ${detail.emails} e-mail addresses found in ${formatDuration(detail.elapsedSeconds)}.`;
        setStatus('COMPLETED');
        break;
      case 'ScrapingFailed':
        outcome.textContent = `The scraping failed: ${detail.error}`;
        setStatus('FAILED');
        break;
      case 'ScrapingCancelled':
        visited.textContent = String(detail.visited);
        outcome.textContent = `Stopped after ${detail.visited} pages; the ${detail.emails} e-mail addresses found are kept.`;
        setStatus('CANCELLED');
        break;
      default:
        break;
    }
  };

  const stop = async (): Promise<void> => {
    stopButton.disabled = true;
    stopButton.textContent = 'Stopping…';
    try {
      await graphql<{ cancelJob: JobSummary }>(CANCEL_JOB_MUTATION, { id: jobId }, { signal: disposer.signal() });
    } catch (cause) {
      showError(`The scraping could not be stopped: ${describeError(cause)}`);
      stopButton.disabled = isFinished(status);
    } finally {
      stopButton.textContent = 'Stop';
    }
  };

  const open = async (): Promise<void> => {
    let job: JobSummary | null;
    try {
      job = (await graphql<{ job: JobSummary | null }>(JOB_SUMMARY_QUERY, { id: jobId }, { signal: disposer.signal() })).job;
    } catch (cause) {
      showError(`This scraping could not be loaded: ${describeError(cause)}`);
      return;
    }
    if (!job) {
      showError(`There is no job ${jobId}.`);
      return;
    }
    if (job.kind === 'ANALYSIS') {
      navigate({ name: 'analysis', jobId });
      return;
    }
    setStatus(job.status);
    if (job.site) visited.textContent = String(job.site.pagesVisited ?? 0);
    if (job.startedAt && job.finishedAt) setElapsed((Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000);
    if (job.site?.url) {
      replaceChildren(site, 'Site: ', externalLink(job.site.url));
      onUrl(job.site.url);
    }
    if (job.error) outcome.textContent = `The scraping failed: ${job.error}`;
    for (const name of SCRAPING_EVENTS) {
      disposer.add(listen<CustomEvent<JobEventDetail>>(document, name, (event) => apply(event.detail)));
    }
    disposer.add(
      listen<CustomEvent<SubscriptionErrorDetail>>(document, SUBSCRIPTION_ERROR_EVENT, (event) => {
        if (event.detail.jobId === jobId) showError(`Live updates are unavailable: ${event.detail.message}`);
      }),
    );
    for (const detail of context.live.eventsOf(jobId)) apply(detail);
    context.live.watch(jobId, 'SCRAPING');
  };

  disposer.add(listen(stopButton, 'click', () => void stop()));
  disposer.interval(tick, 1000);
  void open();
  return element;
}
