/**
 * The DOM Custom Event names of SPEC §5 the web client dispatches, one per GraphQL event type.
 * Beside the schema (and free of imports) so a unit test checks the names against the GraphQL
 * contract: one per object type implementing `JobEvent`, no more, no less.
 */
/** Custom Event name for each GraphQL event `__typename`. */
export const JOB_EVENT_NAMES = {
    AnalysisStarted: 'analysis:started',
    AnalysisProgress: 'analysis:progress',
    AnalysisCompleted: 'analysis:complete',
    AnalysisFailed: 'analysis:error',
    AnalysisItemFailed: 'analysis:error_item',
    AnalysisCancelled: 'analysis:cancelled',
    ScrapingStarted: 'scraping:started',
    ScrapingProgress: 'scraping:progress',
    ScrapingEmailFound: 'scraping:email_found',
    ScrapingCompleted: 'scraping:complete',
    ScrapingFailed: 'scraping:error',
    ScrapingCancelled: 'scraping:cancelled',
};
//# sourceMappingURL=web-client-events.js.map