import { MAX_JOB_LABEL_LENGTH } from '../job-label.js';
/** Description of the `label` input field of both start mutations. */
export const LABEL_DESCRIPTION = `A name for the job in the history and exports, trimmed, at most ${MAX_JOB_LABEL_LENGTH} characters, no control characters. Default: the uploaded file's name (analysis) or the site's host (scraping).`;
//# sourceMappingURL=label.js.map