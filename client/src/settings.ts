/**
 * The user's settings kept in localStorage: for now the optional API key sent with every request
 * (HTTP header and WebSocket `connectionParams`) when the gateway requires one.
 */

const API_KEY_STORAGE_KEY = 'prospectlab.apiKey';

/** The stored API key, or null when none is set (or storage is unavailable). */
export function readApiKey(): string | null {
  try {
    const value = window.localStorage.getItem(API_KEY_STORAGE_KEY);
    return value?.trim() ? value.trim() : null;
  } catch {
    return null;
  }
}

/** Stores `key` (trimmed); an empty key removes it. */
export function writeApiKey(key: string): void {
  const trimmed = key.trim();
  try {
    if (trimmed) window.localStorage.setItem(API_KEY_STORAGE_KEY, trimmed);
    else window.localStorage.removeItem(API_KEY_STORAGE_KEY);
  } catch (cause) {
    throw new Error('The browser refused to store the API key (private mode or storage full?)', { cause });
  }
}

/** HTTP headers carrying the API key, empty when none is set. */
export function apiKeyHeaders(): Record<string, string> {
  const key = readApiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

/** graphql-ws `connectionParams` carrying the API key, empty when none is set. */
export function apiKeyConnectionParams(): Record<string, unknown> {
  const key = readApiKey();
  return key ? { apiKey: key } : {};
}

const CSV_DELIMITER_STORAGE_KEY = 'prospectlab.csvDelimiter';

/** The CSV separator last chosen (`,` `;` or a tab), `,` when none was. */
export function readCsvDelimiter(): ',' | ';' | '\t' {
  try {
    const value = window.localStorage.getItem(CSV_DELIMITER_STORAGE_KEY);
    return value === ';' || value === '\t' ? value : ',';
  } catch {
    return ',';
  }
}

/** Remembers the CSV separator; storage refusals are ignored (the choice then lasts the page). */
export function writeCsvDelimiter(delimiter: ',' | ';' | '\t'): void {
  try {
    window.localStorage.setItem(CSV_DELIMITER_STORAGE_KEY, delimiter);
  } catch {
    // private mode or storage full: nothing to keep it in
  }
}
