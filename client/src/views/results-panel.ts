/**
 * The results of an analysis: export links, filters (sector, opportunity, has e-mail, has a
 * named contact, text),
 * a sortable table of the companies and the detail panel of the selected one.
 */
import {
  CSV_DELIMITERS,
  describeError,
  downloadWithApiKey,
  EXPORT_FORMATS,
  exportPath,
  graphql,
  hasApiKey,
  peopleExportPath,
  type CsvDelimiter,
} from '../api.js';
import { displayUrl, Disposer, externalLink, h, listen, replaceChildren } from '../dom.js';
import { plural, shortId, titleCase } from '../format.js';
import { JOB_COMPANIES_QUERY } from '../../../schema/web-client-operations.js';
import { readCsvDelimiter, writeCsvDelimiter } from '../settings.js';
import { filterCompanies, NO_FILTERS, sectorsOf, sortCompanies, type CompanyFilters, type SortDirection, type SortKey } from '../results-model.js';
import type { CompanyReport, OpportunityLevel } from '../types.js';
import { companyDetail } from './company-detail.js';
import { statusBadge } from './status-badge.js';

/** Names of the CSV separators in the export select. */
const CSV_DELIMITER_NAMES: Readonly<Record<CsvDelimiter, string>> = { ',': 'comma ,', ';': 'semicolon ; (Excel FR)', '\t': 'tab' };

const COLUMNS: readonly { readonly key: SortKey; readonly label: string }[] = [
  { key: 'name', label: 'Company' },
  { key: 'website', label: 'Website' },
  { key: 'sector', label: 'Sector' },
  { key: 'opportunity', label: 'Opportunity' },
  { key: 'emails', label: 'E-mails' },
  { key: 'people', label: 'People' },
  { key: 'status', label: 'Status' },
];

const LEVELS: readonly OpportunityLevel[] = ['HIGH', 'MEDIUM', 'LOW'];

/** The results panel of one analysis job. */
export interface ResultsPanel {
  readonly element: HTMLElement;
  /** (Re)loads the companies from the server, keeping filters, sort and selection. */
  load(): Promise<void>;
  dispose(): void;
}

/** Builds the panel (empty until {@link ResultsPanel.load}). */
export function createResultsPanel(jobId: string): ResultsPanel {
  const disposer = new Disposer();
  let companies: CompanyReport[] = [];
  let filters: CompanyFilters = NO_FILTERS;
  let sortKey: SortKey = 'index';
  let sortDirection: SortDirection = 'ascending';
  let selectedIndex: number | null = null;
  let loading: AbortController | null = null;
  disposer.add(() => loading?.abort());

  const textInput = h('input', { type: 'search', id: 'filter-text', placeholder: 'Name, website, e-mail…', autocomplete: 'off' });
  const sectorSelect = h('select', { id: 'filter-sector' }, h('option', { value: '' }, 'All sectors'));
  const levelSelect = h(
    'select',
    { id: 'filter-opportunity' },
    h('option', { value: '' }, 'Any opportunity'),
    LEVELS.map((level) => h('option', { value: level }, titleCase(level))),
  );
  const emailCheckbox = h('input', { type: 'checkbox', id: 'filter-has-email' });
  const personCheckbox = h('input', { type: 'checkbox', id: 'filter-has-person' });
  const filterForm = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter the companies' },
    h('div', { class: 'field' }, h('label', { for: 'filter-text' }, 'Search'), textInput),
    h('div', { class: 'field' }, h('label', { for: 'filter-sector' }, 'Sector'), sectorSelect),
    h('div', { class: 'field' }, h('label', { for: 'filter-opportunity' }, 'Opportunity'), levelSelect),
    h('div', { class: 'field checkbox' }, emailCheckbox, h('label', { for: 'filter-has-email' }, 'With an e-mail address')),
    h('div', { class: 'field checkbox' }, personCheckbox, h('label', { for: 'filter-has-person' }, 'With a named contact')),
  );

  const count = h('p', { class: 'results-count', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'message error', role: 'alert', hidden: true });
  const headRow = h('tr');
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'data-table results-table' },
    h('caption', { class: 'visually-hidden' }, 'Analysed companies; column headers sort the table'),
    h('thead', {}, headRow),
    body,
  );
  const detailSlot = h('div', { class: 'detail-slot' });
  const csvDelimiterSelect = h(
    'select',
    { class: 'csv-delimiter', 'aria-label': 'CSV separator', title: 'CSV separator (French Excel opens ";" files in columns)' },
    CSV_DELIMITERS.map((delimiter) => h('option', { value: delimiter }, CSV_DELIMITER_NAMES[delimiter])),
  );
  csvDelimiterSelect.value = readCsvDelimiter();
  const links = EXPORT_FORMATS.map((format) => {
    const link = h(
      'a',
      { href: exportPath(jobId, format, readCsvDelimiter()), download: `prospectlab-${shortId(jobId)}.${format}`, class: 'button-link', 'data-format': format },
      format.toUpperCase(),
    );
    disposer.add(
      listen<MouseEvent>(link, 'click', (event) => {
        if (!hasApiKey()) return;
        event.preventDefault();
        downloadWithApiKey(link.getAttribute('href')!, link.download).catch((cause: unknown) => showError(describeError(cause)));
      }),
    );
    return link;
  });
  disposer.add(
    listen(csvDelimiterSelect, 'change', () => {
      const delimiter = csvDelimiterSelect.value as CsvDelimiter;
      writeCsvDelimiter(delimiter);
      links.forEach((link, index) => link.setAttribute('href', exportPath(jobId, EXPORT_FORMATS[index]!, delimiter)));
    }),
  );
  const downloads = h(
    'p',
    { class: 'downloads' },
    'Download: ',
    links.flatMap((link) => (link.dataset.format === 'csv' ? [link, csvDelimiterSelect] : [link])),
    ' ',
    downloadLink(peopleExportPath(jobId), `prospectlab-${shortId(jobId)}-people.csv`, 'people-csv', 'People CSV'),
  );

  function downloadLink(path: string, filename: string, format: string, label: string): HTMLAnchorElement {
    const link = h('a', { href: path, download: filename, class: 'button-link', 'data-format': format }, label);
    disposer.add(
      listen<MouseEvent>(link, 'click', (event) => {
        if (!hasApiKey()) return;
        event.preventDefault();
        downloadWithApiKey(path, link.download).catch((cause: unknown) => showError(describeError(cause)));
      }),
    );
    return link;
  }

  const element = h(
    'section',
    { class: 'results card', 'aria-labelledby': 'results-title' },
    h('div', { class: 'results-header' }, h('h2', { id: 'results-title' }, 'Results'), downloads),
    filterForm,
    count,
    error,
    h(
      'div',
      { class: 'results-layout' },
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'results-title' }, table),
      detailSlot,
    ),
  );

  function showError(message: string | null): void {
    error.hidden = message === null;
    error.textContent = message ?? '';
  }

  function renderHead(): void {
    replaceChildren(
      headRow,
      COLUMNS.map(({ key, label }) => {
        const active = key === sortKey;
        const arrow = active ? (sortDirection === 'ascending' ? '▲' : '▼') : '';
        return h(
          'th',
          { scope: 'col', 'aria-sort': active ? sortDirection : null },
          h(
            'button',
            { type: 'button', class: 'sort-button', 'data-sort': key, onclick: () => sortBy(key) },
            label,
            h('span', { class: 'sort-arrow', 'aria-hidden': 'true' }, arrow),
          ),
        );
      }),
    );
  }

  function sortBy(key: SortKey): void {
    sortDirection = key === sortKey && sortDirection === 'ascending' ? 'descending' : 'ascending';
    sortKey = key;
    renderHead();
    renderRows();
    headRow.querySelector<HTMLButtonElement>(`button[data-sort="${key}"]`)?.focus();
  }

  function renderRows(): void {
    const visible = sortCompanies(filterCompanies(companies, filters), sortKey, sortDirection);
    count.textContent =
      visible.length === companies.length
        ? plural(companies.length, 'company', 'companies')
        : `${visible.length} of ${plural(companies.length, 'company', 'companies')}`;
    replaceChildren(
      body,
      visible.length === 0
        ? h('tr', {}, h('td', { colspan: COLUMNS.length, class: 'muted' }, companies.length ? 'No company matches these filters.' : 'No company yet.'))
        : visible.map(companyRow),
    );
  }

  function companyRow(company: CompanyReport): HTMLTableRowElement {
    const firstEmail = company.emails[0]?.address;
    const row = h(
      'tr',
      { 'data-index': company.index, class: company.index === selectedIndex ? 'selected' : null },
      h(
        'th',
        { scope: 'row' },
        h(
          'button',
          { type: 'button', class: 'link-button', 'aria-expanded': company.index === selectedIndex ? 'true' : 'false', onclick: () => select(company.index) },
          company.name,
        ),
      ),
      h('td', { class: 'website-cell' }, websiteLink(company.finalUrl ?? company.website)),
      h('td', {}, company.sector ?? ''),
      h(
        'td',
        {},
        company.opportunity
          ? [
              h('span', { class: 'badge', 'data-level': company.opportunity.level.toLowerCase() }, titleCase(company.opportunity.level)),
              ` ${company.opportunity.score}`,
            ]
          : '',
      ),
      h(
        'td',
        { class: 'emails-cell' },
        company.emails.length ? [String(company.emails.length), firstEmail ? h('span', { class: 'muted' }, ` ${firstEmail}`) : null] : '0',
      ),
      h('td', { class: 'people-cell' }, String(company.people.length)),
      h('td', {}, statusBadge(company.status)),
    );
    // A click anywhere on the row opens the detail too (the name button is the keyboard way).
    row.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a, button')) return;
      select(company.index);
    });
    return row;
  }

  function select(index: number | null): void {
    selectedIndex = selectedIndex === index ? null : index;
    renderRows();
    renderDetail(true);
  }

  function renderDetail(moveFocus: boolean): void {
    const company = companies.find((c) => c.index === selectedIndex);
    if (!company) {
      selectedIndex = null;
      replaceChildren(detailSlot);
      return;
    }
    const close = (): void => {
      const index = selectedIndex;
      select(null);
      body.querySelector<HTMLButtonElement>(`tr[data-index="${index}"] button`)?.focus();
    };
    replaceChildren(detailSlot, companyDetail(company, close));
    if (moveFocus) detailSlot.querySelector<HTMLElement>('h3')?.focus();
  }

  function renderSectors(): void {
    const current = sectorSelect.value;
    replaceChildren(
      sectorSelect,
      h('option', { value: '' }, 'All sectors'),
      sectorsOf(companies).map((s) => h('option', { value: s }, s)),
    );
    sectorSelect.value = [...sectorSelect.options].some((o) => o.value === current) ? current : '';
  }

  function readFilters(): void {
    filters = {
      text: textInput.value,
      sector: sectorSelect.value,
      opportunity: levelSelect.value as OpportunityLevel | '',
      withEmailOnly: emailCheckbox.checked,
      withNamedContactOnly: personCheckbox.checked,
    };
    renderRows();
  }

  disposer.add(listen(filterForm, 'input', readFilters));
  disposer.add(listen(filterForm, 'change', readFilters));
  disposer.add(listen(filterForm, 'submit', (event) => event.preventDefault()));
  renderHead();

  return {
    element,
    async load() {
      loading?.abort();
      const controller = new AbortController();
      loading = controller;
      element.setAttribute('aria-busy', 'true');
      try {
        const data = await graphql<{ job: { companies: CompanyReport[] | null } | null }>(JOB_COMPANIES_QUERY, { id: jobId }, { signal: controller.signal });
        companies = data.job?.companies ?? [];
        showError(null);
        renderSectors();
        readFilters();
        renderDetail(false);
      } catch (cause) {
        if (!controller.signal.aborted) showError(`The results could not be loaded: ${describeError(cause)}`);
      } finally {
        if (loading === controller) loading = null;
        element.removeAttribute('aria-busy');
      }
    },
    dispose: () => disposer.dispose(),
  };
}

/** The site as a short link (host and path, full address in its title), or "none". */
function websiteLink(url: string | null): HTMLElement {
  if (!url) return h('span', { class: 'muted' }, 'none');
  const link = externalLink(url, displayUrl(url));
  link.title = url;
  return link;
}
