/**
 * Analysis page (`#/analysis/<id>`): progress bar with percentage, the company being analysed,
 * per-company errors, a Stop button, then the results. Live data comes only from the
 * `analysis:*` Custom Events.
 */
import { describeError, graphql } from '../api.js';
import { Disposer, h, listen, replaceChildren } from '../dom.js';
import { formatDuration, formatPercent, plural, shortId } from '../format.js';
import { SUBSCRIPTION_ERROR_EVENT, type JobEventDetail, type SubscriptionErrorDetail } from '../job-event-names.js';
import { CANCEL_JOB_MUTATION, JOB_SUMMARY_QUERY } from '../../../schema/web-client-operations.js';
import { navigate } from '../router.js';
import { isFinished, type JobStatus, type JobSummary } from '../types.js';
import { createResultsPanel } from './results-panel.js';
import { setBadgeStatus, statusBadge } from './status-badge.js';
import type { View, ViewContext } from './view.js';

const ANALYSIS_EVENTS = ['analysis:started', 'analysis:progress', 'analysis:error_item', 'analysis:complete', 'analysis:error', 'analysis:cancelled'] as const;

/** The analysis page of job `jobId`. */
export function createAnalysisView(context: ViewContext, jobId: string): View {
  const disposer = new Disposer();
  /** QUEUED until the job's summary arrives; the badge says "Loading" meanwhile. */
  let status: JobStatus = 'QUEUED';
  let resultsShown = false;
  let shownPercentage = 0;

  const badge = statusBadge('LOADING');
  const progress = h('progress', { id: 'analysis-progress', max: 100, value: 0 });
  const percent = h('span', { class: 'percent', 'aria-hidden': 'true' }, formatPercent(0));
  const counts = h('p', { class: 'progress-counts' }, 'Waiting for the analysis to start…');
  const current = h('p', { class: 'current-company' });
  const outcome = h('div', { class: 'outcome', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'message error', role: 'alert', hidden: true });
  const stopButton = h('button', { type: 'button', class: 'danger', disabled: true }, 'Stop the analysis');
  const errorCount = h('span', {}, '0');
  const errorList = h('ul', { class: 'item-errors' });
  const errorsSection = h(
    'section',
    { class: 'card item-errors-section', 'aria-labelledby': 'item-errors-title', hidden: true },
    h('h2', { id: 'item-errors-title' }, 'Companies that failed (', errorCount, ')'),
    errorList,
  );
  const results = createResultsPanel(jobId);
  disposer.add(() => results.dispose());
  results.element.hidden = true;

  const heading = h('h1', { id: 'analysis-title', tabindex: '-1' }, `Analysis ${shortId(jobId)}`);
  const element = h(
    'section',
    { class: 'view analysis-view', 'aria-labelledby': 'analysis-title', 'data-job-id': jobId },
    h('div', { class: 'view-header' }, heading, badge),
    error,
    h(
      'div',
      { class: 'card progress-card' },
      h('div', { class: 'progress-row' }, h('label', { for: 'analysis-progress' }, 'Progress'), progress, percent),
      counts,
      current,
      outcome,
      h('div', { class: 'actions' }, stopButton),
    ),
    errorsSection,
    results.element,
  );

  function showError(message: string | null): void {
    error.hidden = message === null;
    error.textContent = message ?? '';
  }

  function setStatus(next: JobStatus): void {
    status = next;
    setBadgeStatus(badge, next);
    stopButton.disabled = isFinished(next);
    stopButton.hidden = isFinished(next);
    current.hidden = isFinished(next);
    if (isFinished(next)) {
      showResults();
    }
  }

  /**
   * Shows the progress; it never goes back, so replaying the events of a job opened late (which
   * start again from 0 %) does not make the bar jump backwards.
   */
  function setProgress(done: number, total: number, percentage: number): void {
    if (percentage < shownPercentage) return;
    shownPercentage = percentage;
    progress.value = Math.min(100, Math.max(0, percentage));
    percent.textContent = formatPercent(percentage);
    progress.setAttribute('aria-valuetext', total > 0 ? `${formatPercent(percentage)}, ${done} of ${total}` : formatPercent(percentage));
    if (total > 0) counts.textContent = `${done} of ${plural(total, 'company', 'companies')} analysed`;
  }

  function showResults(): void {
    if (resultsShown) return;
    resultsShown = true;
    results.element.hidden = false;
    void results.load();
  }

  function apply(detail: JobEventDetail): void {
    if (detail.jobId !== jobId) return;
    switch (detail.__typename) {
      // A job already finished when the page opened replays its history: only the terminal
      // event may change its status, so it never looks as if it were running again.
      case 'AnalysisStarted':
        if (status === 'QUEUED') setStatus('RUNNING');
        setProgress(0, detail.total, 0);
        break;
      case 'AnalysisProgress':
        if (status === 'QUEUED') setStatus('RUNNING');
        setProgress(detail.current, detail.total, detail.percentage);
        current.textContent = currentText(detail.message, detail.company || null);
        break;
      case 'AnalysisItemFailed':
        errorsSection.hidden = false;
        errorList.append(h('li', {}, h('strong', {}, detail.company), `: ${detail.error}`));
        errorCount.textContent = String(errorList.childElementCount);
        break;
      case 'AnalysisCompleted':
        setProgress(detail.total, detail.total, 100);
        outcome.textContent = `Finished in ${formatDuration(detail.durationMs / 1000)}: ${detail.succeeded} analysed, ${detail.failed} failed.`;
        setStatus('COMPLETED');
        break;
      case 'AnalysisFailed':
        outcome.textContent = `The analysis failed: ${detail.error}`;
        setStatus('FAILED');
        break;
      case 'AnalysisCancelled':
        outcome.textContent = `Stopped after ${detail.current} of ${plural(detail.total, 'company', 'companies')}. The results so far are kept.`;
        setStatus('CANCELLED');
        break;
      default:
        break;
    }
  }

  async function stop(): Promise<void> {
    stopButton.disabled = true;
    stopButton.textContent = 'Stopping…';
    try {
      await graphql<{ cancelJob: JobSummary }>(CANCEL_JOB_MUTATION, { id: jobId }, { signal: disposer.signal() });
      // The page turns to "Cancelled" when the analysis:cancelled event arrives.
    } catch (cause) {
      showError(`The analysis could not be stopped: ${describeError(cause)}`);
      stopButton.disabled = isFinished(status);
    } finally {
      stopButton.textContent = 'Stop the analysis';
    }
  }

  async function open(): Promise<void> {
    let job: JobSummary | null;
    try {
      job = (await graphql<{ job: JobSummary | null }>(JOB_SUMMARY_QUERY, { id: jobId }, { signal: disposer.signal() })).job;
    } catch (cause) {
      showError(`This analysis could not be loaded: ${describeError(cause)}`);
      return;
    }
    if (!job) {
      showError(`There is no job ${jobId}.`);
      replaceChildren(counts, 'See the ', h('a', { href: '#/history' }, 'history'), ' for existing jobs.');
      return;
    }
    if (job.kind === 'SCRAPING') {
      navigate({ name: 'scraping', jobId });
      return;
    }
    if (job.label) heading.textContent = job.label;
    if (job.duplicates) outcome.textContent = `${plural(job.duplicates, 'duplicate row')} (same website) left out.`;
    if (isFinished(job.status)) counts.textContent = '';
    setProgress(0, 0, job.progress);
    setStatus(job.status);
    if (job.error) outcome.textContent = `The analysis failed: ${job.error}`;
    for (const name of ANALYSIS_EVENTS) {
      disposer.add(listen<CustomEvent<JobEventDetail>>(document, name, (event) => apply(event.detail)));
    }
    disposer.add(
      listen<CustomEvent<SubscriptionErrorDetail>>(document, SUBSCRIPTION_ERROR_EVENT, (event) => {
        if (event.detail.jobId === jobId) showError(`Live updates are unavailable: ${event.detail.message}`);
      }),
    );
    for (const detail of context.live.eventsOf(jobId)) apply(detail);
    context.live.watch(jobId, 'ANALYSIS');
  }

  disposer.add(listen(stopButton, 'click', () => void stop()));
  void open();

  return { element, title: `Analysis ${shortId(jobId)}`, dispose: () => disposer.dispose() };
}

/** The progress message, with the company's name when the message does not already say it. */
function currentText(message: string, company: string | null): string {
  if (!company || message.includes(company)) return message;
  return message ? `${message} — ${company}` : company;
}
