/**
 * History page (`#/history`): the jobs, newest first, a page at a time, filtered by kind and
 * status; each opens its page (results when finished, the live view while running).
 */
import { describeError, graphql } from '../api.js';
import { Disposer, h, listen, replaceChildren } from '../dom.js';
import { formatDateTime, formatPercent, plural, shortId, titleCase } from '../format.js';
import { JOBS_QUERY } from '../../../schema/web-client-operations.js';
import { routeHash } from '../router.js';
import type { JobKind, JobStatus, JobSummary } from '../types.js';
import { statusBadge } from './status-badge.js';
import type { View } from './view.js';

/** Jobs per page. */
export const HISTORY_PAGE_SIZE = 20;

const KINDS: readonly JobKind[] = ['ANALYSIS', 'SCRAPING'];
const STATUSES: readonly JobStatus[] = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'];

interface JobsPage {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly nodes: readonly JobSummary[];
}

/** The history page. */
export function createHistoryView(): View {
  const disposer = new Disposer();
  /** Cursors of the pages before the current one (`null` = first page), for "Previous". */
  const previousCursors: (string | null)[] = [];
  let currentCursor: string | null = null;
  let nextCursor: string | null = null;
  let loading: AbortController | null = null;
  disposer.add(() => loading?.abort());

  const kindSelect = h(
    'select',
    { id: 'history-kind' },
    h('option', { value: '' }, 'All kinds'),
    KINDS.map((k) => h('option', { value: k }, titleCase(k))),
  );
  const statusSelect = h(
    'select',
    { id: 'history-status' },
    h('option', { value: '' }, 'All statuses'),
    STATUSES.map((s) => h('option', { value: s }, titleCase(s))),
  );
  const body = h('tbody');
  const summary = h('p', { class: 'results-count', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'message error', role: 'alert', hidden: true });
  const previousButton = h('button', { type: 'button', class: 'secondary', disabled: true }, 'Previous page');
  const nextButton = h('button', { type: 'button', class: 'secondary', disabled: true }, 'Next page');
  const refreshButton = h('button', { type: 'button', class: 'secondary' }, 'Refresh');

  const element = h(
    'section',
    { class: 'view history-view', 'aria-labelledby': 'history-title' },
    h('h1', { id: 'history-title', tabindex: '-1' }, 'Job history'),
    h(
      'div',
      { class: 'card' },
      h(
        'form',
        { class: 'filters', 'aria-label': 'Filter the jobs' },
        h('div', { class: 'field' }, h('label', { for: 'history-kind' }, 'Kind'), kindSelect),
        h('div', { class: 'field' }, h('label', { for: 'history-status' }, 'Status'), statusSelect),
        h('div', { class: 'field actions' }, refreshButton),
      ),
      summary,
      error,
      h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'history-title' },
        h(
          'table',
          { class: 'data-table history-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Created', 'Kind', 'Subject', 'Status', 'Progress', ''].map((label) =>
                h('th', { scope: 'col' }, label ? label : h('span', { class: 'visually-hidden' }, 'Open')),
              ),
            ),
          ),
          body,
        ),
      ),
      h('nav', { class: 'pager', 'aria-label': 'Pages of jobs' }, previousButton, nextButton),
    ),
  );

  function jobRow(job: JobSummary): HTMLTableRowElement {
    const href = routeHash(job.kind === 'ANALYSIS' ? { name: 'analysis', jobId: job.id } : { name: 'scraping', jobId: job.id });
    const subject = job.label ?? (job.kind === 'SCRAPING' ? (job.site?.url ?? '') : `Analysis ${shortId(job.id)}`);
    return h(
      'tr',
      { 'data-job-id': job.id },
      h('td', {}, formatDateTime(job.createdAt)),
      h('td', {}, titleCase(job.kind)),
      h('td', { class: 'subject' }, subject),
      h('td', {}, statusBadge(job.status)),
      h('td', {}, formatPercent(job.progress)),
      h(
        'td',
        {},
        h(
          'a',
          { href, class: 'open-job', 'aria-label': `Open ${job.kind.toLowerCase()} ${shortId(job.id)}` },
          job.status === 'RUNNING' || job.status === 'QUEUED' ? 'Follow live' : 'Open',
        ),
      ),
    );
  }

  async function load(cursor: string | null): Promise<void> {
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    element.setAttribute('aria-busy', 'true');
    try {
      const data = await graphql<{ jobs: JobsPage }>(
        JOBS_QUERY,
        { first: HISTORY_PAGE_SIZE, after: cursor, kind: kindSelect.value || null, status: statusSelect.value || null },
        { signal: controller.signal },
      );
      const page = data.jobs;
      currentCursor = cursor;
      nextCursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      error.hidden = true;
      summary.textContent = page.totalCount === 0 ? 'No job yet.' : `${plural(page.totalCount, 'job')}, page ${previousCursors.length + 1}.`;
      replaceChildren(body, page.nodes.map(jobRow));
      previousButton.disabled = previousCursors.length === 0;
      nextButton.disabled = nextCursor === null;
    } catch (cause) {
      if (controller.signal.aborted) return;
      error.hidden = false;
      error.textContent = `The jobs could not be loaded: ${describeError(cause)}`;
    } finally {
      if (loading === controller) loading = null;
      element.removeAttribute('aria-busy');
    }
  }

  function restart(): void {
    previousCursors.length = 0;
    void load(null);
  }

  disposer.add(listen(kindSelect, 'change', restart));
  disposer.add(listen(statusSelect, 'change', restart));
  disposer.add(listen(refreshButton, 'click', () => void load(currentCursor)));
  disposer.add(
    listen(nextButton, 'click', () => {
      if (nextCursor === null) return;
      previousCursors.push(currentCursor);
      void load(nextCursor);
    }),
  );
  disposer.add(
    listen(previousButton, 'click', () => {
      if (previousCursors.length === 0) return;
      void load(previousCursors.pop() ?? null);
    }),
  );
  void load(null);

  return { element, title: 'History', dispose: () => disposer.dispose() };
}
