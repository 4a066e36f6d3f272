/**
 * Validation of a user-given start URL, shared by the gateway (clear GraphQL errors) and the
 * crawler. Pure: no DNS, no I/O.
 */

/** The caller gave a URL we cannot crawl; the message says how to fix it. Not retryable. */
export class InvalidUrlError extends Error {
  override readonly name = 'InvalidUrlError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const HOST_LIKE = /^[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(?:[/?#].*)?$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Trims, adds `https://` to a bare host (`acme.fr/contact`), accepts only http and https
 * with a host and no credentials, and returns the URL in its canonical string form.
 */
export function parseStartUrl(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) throw new InvalidUrlError('The URL is empty');
  let candidate = trimmed;
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  const looksLikeHostPort = /^[a-z0-9.-]+:\d+(?:[/?#]|$)/i.test(trimmed);
  if (!scheme || looksLikeHostPort) {
    if (!HOST_LIKE.test(trimmed) && !/^(localhost|\d{1,3}(\.\d{1,3}){3})(:\d+)?([/?#].*)?$/i.test(trimmed)) {
      throw new InvalidUrlError(`Not a valid URL: ${JSON.stringify(input)}`);
    }
    candidate = `https://${trimmed}`;
  } else if (scheme !== 'http' && scheme !== 'https') {
    throw new InvalidUrlError(`Unsupported URL scheme "${scheme}:"; use http or https`);
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch (cause) {
    throw new InvalidUrlError(`Not a valid URL: ${JSON.stringify(input)}`, { cause });
  }
  if (!url.hostname) throw new InvalidUrlError(`The URL has no host: ${JSON.stringify(input)}`);
  if (url.username || url.password) throw new InvalidUrlError('URLs with credentials are not accepted');
  url.hash = '';
  return url.toString();
}
