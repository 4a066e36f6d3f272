/**
 * Reads what the crawler needs from a rendered page in one round trip: the DOM as HTML, the
 * visible text, the title and the outgoing links (anchors, image-map areas, frames, meta refresh).
 */
import type { Page } from 'puppeteer';

/** Size caps applied inside the page, so huge documents never cross the DevTools pipe whole. */
export interface SnapshotLimits {
  /** @default 5_000_000 */
  readonly maxHtmlChars: number;
  /** @default 1_000_000 */
  readonly maxTextChars: number;
  /** @default 5000 */
  readonly maxLinks: number;
}

/** Defaults of {@link SnapshotLimits}. */
export const DEFAULT_SNAPSHOT_LIMITS: SnapshotLimits = Object.freeze({
  maxHtmlChars: 5_000_000,
  maxTextChars: 1_000_000,
  maxLinks: 5000,
});

/** A raw outgoing link, absolute as the browser resolved it (not normalized yet). */
export interface RawLink {
  readonly href: string;
  readonly text: string;
}

/** What {@link takePageSnapshot} returns. */
export interface PageSnapshot {
  /** `document.documentElement.outerHTML`, truncated to maxHtmlChars. */
  readonly html: string;
  /** `document.body.innerText`, truncated to maxTextChars. */
  readonly text: string;
  readonly title: string;
  /** MIME type the browser decided for the document, e.g. `text/html`. */
  readonly documentContentType: string;
  readonly links: readonly RawLink[];
}

/**
 * Takes the snapshot; rejects if the page navigates meanwhile (execution context destroyed).
 * With `onlyIfScriptless`, resolves null instead when the document has scripts, which may still
 * be changing it: a static page is then read in the same round trip as this check.
 */
export function takePageSnapshot(page: Page, limits: SnapshotLimits, onlyIfScriptless: true): Promise<PageSnapshot | null>;
export function takePageSnapshot(page: Page, limits?: SnapshotLimits): Promise<PageSnapshot>;
export function takePageSnapshot(page: Page, limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS, onlyIfScriptless = false): Promise<PageSnapshot | null> {
  return page.evaluate(readDocument, limits, onlyIfScriptless);
}

/** Minimal DOM shapes used below; the project compiles without the DOM lib. */
interface DomElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
interface DomDocument {
  readonly baseURI: string;
  readonly title: string;
  readonly contentType: string;
  readonly documentElement: { readonly outerHTML: string } | null;
  readonly doctype: { readonly name: string; readonly publicId: string; readonly systemId: string } | null;
  readonly body: { readonly innerText: string } | null;
  readonly scripts: { readonly length: number };
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Runs inside the page (serialized by Puppeteer): must not reference anything outside itself. */
function readDocument(limits: SnapshotLimits, onlyIfScriptless: boolean): PageSnapshot | null {
  const doc = (globalThis as unknown as { document: DomDocument }).document;
  if (onlyIfScriptless && doc.scripts.length > 0) return null;
  const links: RawLink[] = [];
  const seen = new Set<string>();
  const add = (raw: string | null, text: string): void => {
    if (!raw || links.length >= limits.maxLinks) return;
    let href: string;
    try {
      href = new URL(raw.trim(), doc.baseURI).href;
    } catch {
      return;
    }
    if (seen.has(href)) return;
    seen.add(href);
    links.push({ href, text: text.replace(/\s+/g, ' ').trim().slice(0, 200) });
  };
  // getAttribute rather than .href: SVG <a> elements expose an object there.
  for (const el of doc.querySelectorAll('a[href], area[href]')) {
    add(el.getAttribute('href'), el.textContent || el.getAttribute('title') || el.getAttribute('aria-label') || '');
  }
  for (const el of doc.querySelectorAll('iframe[src], frame[src]')) {
    add(el.getAttribute('src'), el.getAttribute('title') || '');
  }
  for (const el of doc.querySelectorAll('meta[http-equiv]')) {
    if ((el.getAttribute('http-equiv') || '').toLowerCase() !== 'refresh') continue;
    const match = /url\s*=\s*['"]?([^'";]+)/i.exec(el.getAttribute('content') || '');
    if (match?.[1]) add(match[1], '');
  }
  // outerHTML leaves the doctype out; site-age signals (HTML 4, XHTML, none) need it.
  const dt = doc.doctype;
  const doctype = dt
    ? `<!DOCTYPE ${dt.name}${dt.publicId ? ` PUBLIC "${dt.publicId}"` : ''}${dt.systemId ? `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"` : ''}>\n`
    : '';
  const html = doc.documentElement ? doctype + doc.documentElement.outerHTML : '';
  const text = doc.body ? doc.body.innerText : '';
  return {
    html: html.length > limits.maxHtmlChars ? html.slice(0, limits.maxHtmlChars) : html,
    text: text.length > limits.maxTextChars ? text.slice(0, limits.maxTextChars) : text,
    title: doc.title,
    documentContentType: doc.contentType,
    links,
  };
}
