/**
 * Upload page: choose or drop a company file (CSV/XLSX), see the recognised columns, a preview
 * and the warnings, set the analysis options, start the analysis.
 */
import { ANALYSIS_DEFAULTS, ANALYSIS_LIMIT_RANGES } from '../../../schema/analysis-limits.js';
import { describeError, graphql, uploadCompanyFile } from '../api.js';
import { Disposer, h, listen, replaceChildren } from '../dom.js';
import { plural } from '../format.js';
import { START_ANALYSIS_MUTATION } from '../../../schema/web-client-operations.js';
import { navigate } from '../router.js';
import type { CompanyPreviewRow, JobSummary, UploadDuplicateRow, UploadResult } from '../types.js';
import { numberField, readNumberField } from './number-field.js';
import type { View } from './view.js';
import { describeValue } from '../../../schema/describe-value.js';

/** Preview columns: field of the company row and its header. */
const PREVIEW_COLUMNS: readonly (readonly [keyof CompanyPreviewRow & string, string])[] = [
  ['name', 'Company'],
  ['website', 'Website'],
  ['category', 'Category'],
  ['address', 'Address'],
  ['phone', 'Phone'],
  ['country', 'Country'],
];

const ACCEPTED_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The upload page. */
export function createUploadView(): View {
  const disposer = new Disposer();
  let upload: UploadResult | null = null;
  let uploading: AbortController | null = null;
  disposer.add(() => uploading?.abort());

  const fileInput = h('input', { type: 'file', id: 'company-file', name: 'file', accept: ACCEPTED_FILES, 'aria-describedby': 'company-file-help' });
  const dropZone = h(
    'div',
    { class: 'drop-zone' },
    h('label', { for: 'company-file', class: 'drop-zone-label' }, 'Company file (CSV or Excel .xlsx)'),
    fileInput,
    h(
      'p',
      { id: 'company-file-help', class: 'hint' },
      'Choose a file or drop it here. One row per company; a name column is required, a website column is used when present.',
    ),
  );
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'message error', role: 'alert', hidden: true });
  const previewSection = h('section', { class: 'card', 'aria-labelledby': 'preview-title', hidden: true });

  const optionsError = h('div', { class: 'message error', role: 'alert', hidden: true });
  const startButton = h('button', { type: 'submit', class: 'primary' }, 'Start the analysis');
  const ranges = ANALYSIS_LIMIT_RANGES;
  const fields = {
    concurrency: numberField('opt-concurrency', 'Companies at once', ANALYSIS_DEFAULTS.concurrency, ranges.concurrency),
    maxPagesPerSite: numberField('opt-pages', 'Pages per site', ANALYSIS_DEFAULTS.maxPagesPerSite, ranges.maxPagesPerSite),
    maxDepth: numberField('opt-depth', 'Link depth', ANALYSIS_DEFAULTS.maxDepth, ranges.maxDepth),
    delayMs: numberField(
      'opt-delay',
      'Delay per site (ms)',
      ANALYSIS_DEFAULTS.delayMs,
      ranges.delayMs,
      `Pause between two requests to the same site, ${ranges.delayMs.min} to ${ranges.delayMs.max}`,
    ),
  };
  const optionsForm = h(
    'form',
    { class: 'card options-form', 'aria-labelledby': 'options-title', hidden: true, novalidate: true },
    h('h2', { id: 'options-title' }, 'Analysis options'),
    h(
      'div',
      { class: 'field-grid' },
      Object.values(fields).map((f) => f.wrapper),
    ),
    optionsError,
    h('div', { class: 'actions' }, startButton),
  );

  const element = h(
    'section',
    { class: 'view upload-view', 'aria-labelledby': 'upload-title' },
    h('h1', { id: 'upload-title', tabindex: '-1' }, 'Analyse a list of companies'),
    h(
      'p',
      { class: 'lead' },
      'Each company website is crawled for e-mail addresses, phone numbers, social profiles and technologies, and scored as a web-redesign opportunity.',
    ),
    h('div', { class: 'card' }, dropZone, status, error),
    previewSection,
    optionsForm,
  );

  function showError(target: HTMLElement, message: string | null): void {
    target.hidden = message === null;
    target.textContent = message ?? '';
  }

  async function send(file: File): Promise<void> {
    uploading?.abort();
    const controller = new AbortController();
    uploading = controller;
    upload = null;
    showError(error, null);
    previewSection.hidden = true;
    optionsForm.hidden = true;
    status.textContent = `Uploading ${file.name}…`;
    dropZone.classList.add('busy');
    try {
      const result = await uploadCompanyFile(file, { signal: controller.signal });
      if (controller.signal.aborted) return;
      upload = result;
      status.textContent = `${result.filename}: ${plural(result.rows, 'company', 'companies')} ready to analyse.`;
      renderPreview(result);
    } catch (cause) {
      if (controller.signal.aborted) return;
      status.textContent = '';
      showError(error, `${file.name} was not accepted: ${describeError(cause)}`);
    } finally {
      if (uploading === controller) uploading = null;
      dropZone.classList.remove('busy');
    }
  }

  function renderPreview(result: UploadResult): void {
    const mapped = Object.entries(result.mapping).map(([field, header]) => `${header} → ${field}`);
    const columns = PREVIEW_COLUMNS.filter(([field]) => field === 'name' || result.preview.some((row) => row[field]));
    replaceChildren(
      previewSection,
      h('h2', { id: 'preview-title' }, 'Preview'),
      h(
        'p',
        {},
        `${plural(result.rows, 'company', 'companies')} in ${result.filename}. `,
        result.preview.length < result.rows ? `First ${result.preview.length} shown. ` : '',
      ),
      mapped.length ? h('p', { class: 'hint' }, `Columns used: ${mapped.join(', ')}.`) : null,
      result.warnings.length
        ? h(
            'div',
            { class: 'message warning', role: 'region', 'aria-labelledby': 'warnings-title' },
            h('h3', { id: 'warnings-title' }, plural(result.warnings.length, 'warning')),
            h(
              'ul',
              { class: 'warnings' },
              result.warnings.map((w) => h('li', {}, w)),
            ),
          )
        : null,
      duplicatesNotice(result),
      h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Preview of the uploaded companies' },
        h(
          'table',
          { class: 'data-table preview-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              columns.map(([, label]) => h('th', { scope: 'col' }, label)),
            ),
          ),
          h(
            'tbody',
            {},
            result.preview.map((row) =>
              h(
                'tr',
                {},
                columns.map(([field]) => h('td', {}, valueText(row[field]))),
              ),
            ),
          ),
        ),
      ),
    );
    previewSection.hidden = false;
    optionsForm.hidden = false;
  }

  async function start(event: Event): Promise<void> {
    event.preventDefault();
    showError(optionsError, null);
    if (!upload) return;
    const options: Record<string, number> = {};
    for (const [name, field] of Object.entries(fields)) {
      const value = readNumberField(field);
      if (value === null) {
        field.input.focus();
        showError(optionsError, `${field.label}: enter a whole number from ${field.input.min} to ${field.input.max}.`);
        return;
      }
      options[name] = value;
    }
    startButton.disabled = true;
    startButton.textContent = 'Starting…';
    try {
      const data = await graphql<{ startAnalysis: JobSummary }>(
        START_ANALYSIS_MUTATION,
        { input: { uploadId: upload.uploadId, options } },
        { signal: disposer.signal() },
      );
      navigate({ name: 'analysis', jobId: data.startAnalysis.id });
    } catch (cause) {
      showError(optionsError, `The analysis did not start: ${describeError(cause)}`);
      startButton.disabled = false;
      startButton.textContent = 'Start the analysis';
    }
  }

  disposer.add(
    listen(fileInput, 'change', () => {
      const file = fileInput.files?.[0];
      if (file) void send(file);
    }),
  );
  disposer.add(listen(optionsForm, 'submit', (event) => void start(event)));
  disposer.add(
    listen<DragEvent>(dropZone, 'dragover', (event) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      dropZone.classList.add('drag-over');
    }),
  );
  disposer.add(listen(dropZone, 'dragleave', () => dropZone.classList.remove('drag-over')));
  disposer.add(
    listen<DragEvent>(dropZone, 'drop', (event) => {
      event.preventDefault();
      dropZone.classList.remove('drag-over');
      const file = event.dataTransfer?.files[0];
      if (file) void send(file);
    }),
  );
  // A file dropped next to the zone must not make the browser leave the app to open it.
  for (const type of ['dragover', 'drop']) {
    disposer.add(listen(window, type, (event) => event.preventDefault()));
  }

  return { element, title: 'Analyse companies', dispose: () => disposer.dispose() };
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return describeValue(value);
}

/** What the analysis will drop as duplicates (the job's `duplicates` to be), or null when nothing. */
function duplicatesNotice(result: UploadResult): HTMLElement | null {
  const duplicates = result.duplicates;
  if (!duplicates || duplicates.count === 0) return null;
  const matched = (row: UploadDuplicateRow): string =>
    row.matchedBy === 'site' ? `same site ${row.key}` : row.matchedBy === 'page' ? `same page ${row.key}` : 'same name and address';
  return h(
    'div',
    { class: 'message warning duplicates', role: 'region', 'aria-labelledby': 'duplicates-title' },
    h('h3', { id: 'duplicates-title' }, `${plural(duplicates.count, 'duplicate')} will be skipped`),
    h(
      'ul',
      { class: 'duplicate-rows' },
      duplicates.rows.map((row) =>
        h('li', { 'data-row': String(row.row) }, `Row ${row.row} (${row.name}): ${matched(row)} as row ${row.keptRow} (${row.keptName}), which is kept.`),
      ),
    ),
    duplicates.rows.length < duplicates.count ? h('p', { class: 'hint' }, `First ${duplicates.rows.length} listed.`) : null,
  );
}
