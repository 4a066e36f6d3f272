/**
 * Job labels: the name a person gives a job (or its upload's file name), shown in the history
 * and written in exports. Validated where they enter (the GraphQL inputs).
 */
/** Longest label accepted, in characters (after trimming). */
export const MAX_JOB_LABEL_LENGTH = 200;
/** C0/C1 control characters, DEL, line and paragraph separators, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** The label is not acceptable: the caller must change it. */
export class InvalidJobLabelError extends Error {
    name = 'InvalidJobLabelError';
}
/**
 * The label to store: `raw` trimmed, or `fallback` when `raw` is absent or blank.
 * @throws InvalidJobLabelError when `raw` is too long or holds control characters.
 */
export function resolveJobLabel(raw, fallback) {
    if (raw === null || raw === undefined)
        return fallback;
    const label = raw.trim();
    if (!label)
        return fallback;
    if (FORBIDDEN_CHARACTERS.test(label))
        throw new InvalidJobLabelError('label must not contain control characters (line breaks, tabs, bidi overrides)');
    if (Array.from(label).length > MAX_JOB_LABEL_LENGTH) {
        throw new InvalidJobLabelError(`label must be at most ${MAX_JOB_LABEL_LENGTH} characters (got ${Array.from(label).length})`);
    }
    return label;
}
/**
 * A file name fit to be a default label: any folder dropped (some browsers send
 * `C:\fakepath\…`), control characters dropped, trimmed, cut to {@link MAX_JOB_LABEL_LENGTH};
 * null when nothing is left.
 */
export function labelFromFileName(fileName) {
    const baseName = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    const cleaned = Array.from(baseName.replace(new RegExp(FORBIDDEN_CHARACTERS.source, 'gu'), '').trim());
    return cleaned.length ? cleaned.slice(0, MAX_JOB_LABEL_LENGTH).join('').trim() : null;
}
/** The default label of a scraping job: the start URL's host. */
export function labelFromUrl(url) {
    try {
        return new URL(url).host || null;
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=job-label.js.map