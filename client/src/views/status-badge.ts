/** A job or company status as a coloured badge (colour plus text, never colour alone). */
import { h } from '../dom.js';
import { titleCase } from '../format.js';

/** A `<span class="badge">` whose `data-status` drives its colour. */
export function statusBadge(status: string): HTMLSpanElement {
  return h('span', { class: 'badge', 'data-status': status.toLowerCase() }, titleCase(status));
}

/** Updates a badge made by {@link statusBadge}. */
export function setBadgeStatus(badge: HTMLElement, status: string): void {
  badge.dataset.status = status.toLowerCase();
  badge.textContent = titleCase(status);
}
