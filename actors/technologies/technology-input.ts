/**
 * What technology detection reads from one page, and how to build it from a fetched or rendered
 * page (meta tags, script URLs, inline scripts and visible text parsed from the HTML).
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { domProbes, type DomProbeResult } from './dom-probes.js';
import { evaluateDomProbesStatically, type HtmlDocument } from './dom-probes-static.js';

/** Everything detection reads from one page. Values longer than the detection caps are cut. */
export interface TechnologyInput {
  /** Final URL of the page. */
  readonly url: string;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Cookie name -> value. */
  readonly cookies: Readonly<Record<string, string>>;
  readonly html: string;
  /** Absolute URLs of the page's external scripts. */
  readonly scriptSrc: readonly string[];
  /** Meta name or property (lower-case) -> content(s). */
  readonly meta: Readonly<Record<string, readonly string[] | string>>;
  /** Contents of the page's inline scripts. Absent: none. */
  readonly scripts?: readonly string[];
  /** Visible text of the page (`document.body.innerText`). Absent: text fingerprints are not checked. */
  readonly text?: string;
  /**
   * Results of evaluating `jsProbeNames()` in the rendered page (see `evaluateJsProbes`): global
   * path -> stringified value. Absent when the page was not rendered.
   */
  readonly js?: Readonly<Record<string, string>>;
  /**
   * Results of evaluating `domProbes()` in the rendered page (see `evaluateDomProbes`), keyed by
   * selector. Absent: the DOM fingerprints are checked on `html` statically.
   */
  readonly dom?: Readonly<Record<string, DomProbeResult>>;
}

/** A cookie as a browser or a cookie jar reports it. */
export interface PageCookie {
  readonly name: string;
  readonly value: string;
}

/** The raw parts of a page from which {@link technologyInputFromPage} builds a {@link TechnologyInput}. */
export interface RawTechnologyPage {
  readonly url: string;
  readonly html: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly cookies?: readonly PageCookie[];
  /** Results of `evaluateJsProbes` in the rendered page. */
  readonly js?: Readonly<Record<string, string>>;
  /** Results of `evaluateDomProbes` in the rendered page; computed from `html` when absent. */
  readonly dom?: Readonly<Record<string, DomProbeResult>>;
  /** `document.body.innerText` of the rendered page; derived from `html` when absent. */
  readonly text?: string;
}

/** Elements whose text content a visitor never reads. */
const INVISIBLE_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/**
 * Builds a detection input from a page: parses its HTML once (htmlparser2) for meta tags
 * (`name`/`property` -> `content`), script URLs (resolved against the page URL and `<base href>`),
 * inline scripts, visible text and, when the page was not rendered, the DOM probes.
 */
export function technologyInputFromPage(page: RawTechnologyPage): TechnologyInput {
  const document = parseDocument(page.html);
  const baseUrl = documentBaseUrl(document, page.url);
  const meta: Record<string, string[]> = {};
  const scriptSrc: string[] = [];
  const scripts: string[] = [];

  for (const element of DomUtils.getElementsByTagName(() => true, document, true)) {
    if (element.name === 'meta') {
      const key = (element.attribs.name ?? element.attribs.property ?? '').trim().toLowerCase();
      const content = element.attribs.content;
      if (key !== '' && content !== undefined) (meta[key] ??= []).push(content);
    } else if (element.name === 'script') {
      const src = element.attribs.src?.trim();
      if (src) {
        const absolute = resolveUrl(src, baseUrl);
        if (absolute !== null && !absolute.startsWith('data:text/javascript;')) scriptSrc.push(absolute);
      } else {
        const content = DomUtils.textContent(element);
        if (content.trim() !== '') scripts.push(content);
      }
    }
  }

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(page.headers)) headers[name.toLowerCase()] = value;
  const cookies: Record<string, string> = {};
  for (const cookie of page.cookies ?? []) cookies[cookie.name] = cookie.value;

  return {
    url: page.url,
    headers,
    cookies,
    html: page.html,
    scriptSrc,
    meta,
    scripts,
    text: page.text ?? visibleText(document),
    ...(page.js !== undefined ? { js: page.js } : {}),
    dom: page.dom ?? evaluateDomProbesStatically(document, domProbes()),
  };
}

function documentBaseUrl(document: HtmlDocument, pageUrl: string): string {
  const base = DomUtils.findOne((element) => element.name === 'base' && element.attribs.href !== undefined, document.children);
  return (base && resolveUrl(base.attribs.href!, pageUrl)) ?? pageUrl;
}

function resolveUrl(reference: string, baseUrl: string): string | null {
  try {
    return new URL(reference, baseUrl).href;
  } catch {
    return null;
  }
}

/** Text of the body outside scripts, styles and templates, whitespace collapsed (no recursion: pages nest deeply). */
function visibleText(document: HtmlDocument): string {
  const parts: string[] = [];
  const stack: (HtmlDocument | HtmlDocument['children'][number])[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === ElementType.Text) {
      parts.push(node.data);
    } else if ('children' in node) {
      if ('name' in node && INVISIBLE_ELEMENTS.has(node.name)) continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
