/**
 * What technology detection reads from one page, and how to build it from a fetched or rendered
 * page (meta tags, script URLs, inline scripts and visible text parsed from the HTML).
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { domProbes, type DomProbe, type DomProbeResult } from './dom-probes.js';
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
   * Results of evaluating DOM probes in the rendered page (see `evaluateDomProbes`), keyed by
   * selector. Absent when the page was not rendered.
   */
  readonly dom?: Readonly<Record<string, DomProbeResult>>;
  /** Results of the DOM probes on `html` (see `evaluateDomProbesStatically`). Absent: computed when matched. */
  readonly staticDom?: Readonly<Record<string, DomProbeResult>>;
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
  /** Cookies the browser held (they override those of the `set-cookie` header, which are always read). */
  readonly cookies?: readonly PageCookie[];
  /** Results of `evaluateJsProbes` in the rendered page. */
  readonly js?: Readonly<Record<string, string>>;
  /** Results of `evaluateDomProbes` in the rendered page. */
  readonly dom?: Readonly<Record<string, DomProbeResult>>;
  /** The DOM probes checked on `html`. @default domProbes() (all of them) */
  readonly domProbes?: readonly DomProbe[];
  /** `document.body.innerText` of the rendered page; derived from `html` when absent. */
  readonly text?: string;
}

/** Elements whose text content a visitor never reads. */
const INVISIBLE_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/**
 * Builds a detection input from a page: parses its HTML once (htmlparser2) for meta tags
 * (`name`/`property` -> `content`), script URLs (resolved against the page URL and `<base href>`),
 * inline scripts, visible text and the DOM probes.
 */
export function technologyInputFromPage(page: RawTechnologyPage): TechnologyInput {
  const document = parseDocument(page.html);
  const { scriptSrc, scripts } = scriptsOfDocument(document, page.url);
  const meta: Record<string, string[]> = {};
  for (const element of DomUtils.getElementsByTagName('meta', document, true)) {
    const key = (element.attribs.name ?? element.attribs.property ?? '').trim().toLowerCase();
    const content = element.attribs.content;
    if (key !== '' && content !== undefined) (meta[key] ??= []).push(content);
  }

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(page.headers)) headers[name.toLowerCase()] = value;
  const cookies: Record<string, string> = {};
  for (const cookie of [...setCookies(headers['set-cookie']), ...(page.cookies ?? [])]) cookies[cookie.name] = cookie.value;

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
    ...(page.dom !== undefined ? { dom: page.dom } : {}),
    staticDom: evaluateDomProbesStatically(document, page.domProbes ?? domProbes()),
  };
}

/**
 * Cookies of `Set-Cookie` header values (several joined by line breaks, as the crawler keeps
 * them): what a browser would hold from the response itself, without rendering the page.
 */
export function setCookies(header: string | undefined): PageCookie[] {
  if (header === undefined) return [];
  const cookies: PageCookie[] = [];
  for (const line of header.split('\n')) {
    const pair = line.split(';', 1)[0];
    const equals = pair.indexOf('=');
    const name = (equals === -1 ? '' : pair.slice(0, equals)).trim();
    if (name !== '') cookies.push({ name, value: pair.slice(equals + 1).trim() });
  }
  return cookies;
}

/** The scripts of a page: what a browser would run, read from its HTML. */
export interface PageScripts {
  /** Absolute URLs of its external scripts. */
  readonly scriptSrc: readonly string[];
  /** Contents of its inline scripts. */
  readonly scripts: readonly string[];
}

/** The scripts of a page's HTML (a lighter read than {@link technologyInputFromPage}). */
export function pageScripts(page: Pick<RawTechnologyPage, 'url' | 'html'>): PageScripts {
  return scriptsOfDocument(parseDocument(page.html), page.url);
}

function scriptsOfDocument(document: HtmlDocument, pageUrl: string): { scriptSrc: string[]; scripts: string[] } {
  const baseUrl = documentBaseUrl(document, pageUrl);
  const scriptSrc: string[] = [];
  const scripts: string[] = [];
  for (const element of DomUtils.getElementsByTagName('script', document, true)) {
    const src = element.attribs.src?.trim();
    if (src) {
      const absolute = resolveUrl(src, baseUrl);
      if (absolute !== null && !absolute.startsWith('data:text/javascript;')) scriptSrc.push(absolute);
    } else {
      const content = DomUtils.textContent(element);
      if (content.trim() !== '') scripts.push(content);
    }
  }
  return { scriptSrc, scripts };
}

function documentBaseUrl(document: HtmlDocument, pageUrl: string): string {
  const base = DomUtils.findOne((element) => element.name === 'base' && element.attribs.href !== undefined, document.children);
  return (base && resolveUrl(base.attribs.href, pageUrl)) ?? pageUrl;
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
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
