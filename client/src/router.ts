/**
 * Hash routing, so a reload keeps the view: `#/upload`, `#/analysis/<id>`, `#/scraping`,
 * `#/scraping/<id>`, `#/history`.
 */

export type Route =
  | { readonly name: 'upload' }
  | { readonly name: 'analysis'; readonly jobId: string }
  | { readonly name: 'scraping'; readonly jobId: string | null }
  | { readonly name: 'history' };

/** The view shown for an empty or unknown hash. */
export const DEFAULT_ROUTE: Route = { name: 'upload' };

/** Reads a route from a location hash (`#/analysis/1234`); unknown hashes give null. */
export function parseRoute(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return DEFAULT_ROUTE;
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '';
      }
    });
  const [name, id, ...rest] = parts;
  if (rest.length > 0) return null;
  switch (name) {
    case 'upload':
      return id === undefined ? { name: 'upload' } : null;
    case 'history':
      return id === undefined ? { name: 'history' } : null;
    case 'analysis':
      return id ? { name: 'analysis', jobId: id } : null;
    case 'scraping':
      return { name: 'scraping', jobId: id || null };
    default:
      return null;
  }
}

/** The hash of a route, for links and navigation. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'analysis':
      return `#/analysis/${encodeURIComponent(route.jobId)}`;
    case 'scraping':
      return route.jobId ? `#/scraping/${encodeURIComponent(route.jobId)}` : '#/scraping';
    default:
      return `#/${route.name}`;
  }
}

/** Goes to `route` (adds a history entry, so Back works). */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
