/**
 * Tiny DOM helpers. Text always goes in as text nodes (never parsed as HTML), so data from the
 * server or from uploaded files cannot inject markup.
 */

/** What {@link h} accepts as a child: nodes, text, nothing (skipped), or lists of those. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes of {@link h}: `on<event>` functions become listeners, booleans toggle attributes. */
export type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/**
 * Creates an element. `props.class` sets the class attribute; `null`, `undefined` and `false`
 * attributes are left out; `true` sets an empty attribute.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, ...children);
  return element;
}

/** Appends children, text as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...(child as readonly Child[]));
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** `url` when it is an absolute http(s) URL, else null: never put `javascript:` in an href. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A URL as people read it: no `http://`, no `www.`, no trailing slash (`acme.fr/contact`). */
export function displayUrl(url: string): string {
  const href = safeHttpUrl(url);
  if (!href) return url;
  const { host, pathname, search } = new URL(href);
  return `${host.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}${search}`;
}

/** A link opening in a new tab to an http(s) URL, or the plain text when the URL is not one. */
export function externalLink(url: string | null | undefined, text?: string): HTMLElement {
  const href = safeHttpUrl(url);
  const label = text ?? url ?? '';
  if (!href) return h('span', {}, label);
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, label);
}

/** Adds a listener and returns its removal. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller states which event a (custom) event name carries; the DOM cannot infer it
export function listen<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options?: AddEventListenerOptions): () => void {
  const listener = handler as EventListener;
  target.addEventListener(type, listener, options);
  return () => target.removeEventListener(type, listener, options);
}

/** Collects cleanups (listeners, timers, aborts) and runs them once. */
export class Disposer {
  #cleanups: (() => void)[] = [];

  /** Registers a cleanup; returns it for convenience. */
  add(cleanup: () => void): () => void {
    this.#cleanups.push(cleanup);
    return cleanup;
  }

  /** A `setInterval` cleared on dispose. */
  interval(callback: () => void, periodMs: number): void {
    const id = window.setInterval(callback, periodMs);
    this.add(() => window.clearInterval(id));
  }

  /** An AbortSignal aborted on dispose (pending requests of a view that goes away). */
  signal(): AbortSignal {
    const controller = new AbortController();
    this.add(() => controller.abort());
    return controller.signal;
  }

  dispose(): void {
    const cleanups = this.#cleanups.splice(0).reverse();
    for (const cleanup of cleanups) cleanup();
  }
}
