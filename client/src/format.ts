/** Formatting of numbers, dates and durations for display. */

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A date-time for people, or an em dash when unknown. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateTimeFormat.format(date);
}

/** `under 1 s`, `75 s`, `4 min 05 s`, `1 h 02 min`. */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds > 0 && totalSeconds < 1) return 'under 1 s';
  const seconds = Math.max(0, Math.floor(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** A percentage with no decimals, clamped to 0–100. */
export function formatPercent(value: number): string {
  const clamped = Math.min(100, Math.max(0, Number.isFinite(value) ? value : 0));
  return `${Math.floor(clamped)} %`;
}

/** The first 8 characters of a job id, enough to tell jobs apart on screen. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** `QUEUED` → `Queued`. */
export function titleCase(value: string): string {
  const lower = value.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** `1 company`, `3 companies`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
