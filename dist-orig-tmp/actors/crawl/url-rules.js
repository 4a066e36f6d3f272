/** URL rules of the crawler: the shared ones (schema/, the gateway validates start URLs with them too) and its heuristics. */
export * from '../../schema/url-rules.js';
export * from './crawl-heuristics.js';
//# sourceMappingURL=url-rules.js.map