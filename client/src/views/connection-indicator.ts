/**
 * The connection indicator, bottom right: green dot and "Connected", red dot and
 * "Disconnected". It listens to `websocket:connected` / `websocket:disconnected` only.
 */
import { h, listen } from '../dom.js';
import { CONNECTED_EVENT, DISCONNECTED_EVENT, type DisconnectedDetail } from '../job-event-names.js';

/** Where the indicator starts before the first event arrives. */
export type IndicatorState = 'connecting' | 'connected' | 'disconnected';

const LABELS: Record<IndicatorState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  disconnected: 'Disconnected',
};

/** Builds the indicator (append it to the body) and returns it with its listeners' removal. */
export function createConnectionIndicator(initial: IndicatorState): { element: HTMLElement; dispose(): void } {
  const label = h('span', { class: 'connection-label' });
  const element = h(
    'div',
    { class: 'connection-indicator', id: 'connection-indicator', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'dot', 'aria-hidden': 'true' }),
    label,
  );

  const show = (state: IndicatorState, reason?: string): void => {
    element.dataset.state = state;
    label.textContent = LABELS[state];
    element.title = state === 'disconnected' ? `Live updates paused${reason ? ` (${reason})` : ''}; reconnecting automatically.` : LABELS[state];
  };
  show(initial);

  const removeConnected = listen(document, CONNECTED_EVENT, () => show('connected'));
  const removeDisconnected = listen<CustomEvent<DisconnectedDetail>>(document, DISCONNECTED_EVENT, (event) => show('disconnected', event.detail.reason));
  return {
    element,
    dispose() {
      removeConnected();
      removeDisconnected();
    },
  };
}
