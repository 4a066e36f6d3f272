/**
 * The job event types after which a job sends nothing more. Free of imports so the web client
 * bundles it as is; job-events.ts checks each name against the job event schemas.
 */
export const TERMINAL_EVENT_TYPE_NAMES = [
    'ScrapingCompleted',
    'ScrapingFailed',
    'ScrapingCancelled',
    'AnalysisCompleted',
    'AnalysisFailed',
    'AnalysisCancelled',
];
//# sourceMappingURL=terminal-events.js.map