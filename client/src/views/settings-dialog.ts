/**
 * Settings dialog: the optional API key (for gateways started with PROSPECTLAB_API_KEYS). It is
 * kept in this browser's localStorage and sent with every request and WebSocket connection.
 */
import { h, listen } from '../dom.js';
import { readApiKey, writeApiKey } from '../settings.js';

/** Builds the dialog; `opener` shows it, `onSaved` runs after the key changed. */
export function createSettingsDialog(opener: HTMLButtonElement, onSaved: () => void): HTMLDialogElement {
  const keyInput = h('input', {
    type: 'password',
    id: 'settings-api-key',
    name: 'apiKey',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'settings-api-key-hint',
  });
  const error = h('div', { class: 'message error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', { id: 'settings-title' }, 'Settings'),
    h(
      'div',
      { class: 'field wide' },
      h('label', { for: 'settings-api-key' }, 'API key'),
      keyInput,
      h('span', { id: 'settings-api-key-hint', class: 'hint' }, 'Only needed when the server requires one. Stored in this browser; leave empty to remove it.'),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', value: 'save', class: 'primary' }, 'Save'),
      h('button', { type: 'submit', value: 'cancel', class: 'secondary', formnovalidate: true }, 'Cancel'),
    ),
  );
  const dialog = h('dialog', { class: 'settings-dialog', 'aria-labelledby': 'settings-title' }, form);

  listen(opener, 'click', () => {
    keyInput.value = readApiKey() ?? '';
    error.hidden = true;
    dialog.showModal();
    keyInput.focus();
  });
  listen<SubmitEvent>(form, 'submit', (event) => {
    const button = event.submitter as HTMLButtonElement | null;
    if (button?.value !== 'save') return;
    try {
      const changed = (readApiKey() ?? '') !== keyInput.value.trim();
      writeApiKey(keyInput.value);
      if (changed) onSaved();
    } catch (cause) {
      event.preventDefault();
      error.hidden = false;
      error.textContent = cause instanceof Error ? cause.message : String(cause);
    }
  });
  listen(dialog, 'close', () => opener.focus());
  return dialog;
}
