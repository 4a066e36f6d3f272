/** What the app shell needs from each page. */
import type { LiveConnection } from '../connection.js';

/** A mounted page. */
export interface View {
  /** The page's root element, put into `<main>` by the shell. */
  readonly element: HTMLElement;
  /** Document title of the page (without the product name). */
  readonly title: string;
  /** Removes listeners and timers, aborts pending requests. */
  dispose(): void;
}

/** What views get from the shell. */
export interface ViewContext {
  /** To follow jobs; their events arrive as Custom Events on `document`. */
  readonly live: LiveConnection;
}
