/** Errors the crawler reports to its caller, named by what the caller should do next. */

/**
 * The start page could not be fetched (unreachable, refused, timeout, blocked address, non-HTML,
 * redirect loop, disallowed by robots.txt…), so there is nothing to crawl. The message is meant
 * for the end user, e.g. `Could not load http://x/: net::ERR_CONNECTION_REFUSED (connection refused)`.
 */
export class StartPageError extends Error {
  constructor(
    message: string,
    /** True for transient network failures (refused, reset, timeout, HTTP 5xx/429). */
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartPageError';
  }
}

/** Chromium went away during the crawl; running the job again (on a fresh browser) may succeed. */
export class BrowserCrashedError extends Error {
  readonly retryable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BrowserCrashedError';
  }
}
