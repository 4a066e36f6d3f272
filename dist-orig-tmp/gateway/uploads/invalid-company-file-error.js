/**
 * The one error an upload can end with: the file itself is unusable and the client has to send
 * another one (HTTP 4xx). Nothing about it is retryable.
 */
/** All codes, e.g. to map them onto HTTP statuses. */
export const INVALID_COMPANY_FILE_CODES = [
    'UNSUPPORTED_FILE_TYPE',
    'EMPTY_FILE',
    'NO_NAME_COLUMN',
    'FILE_TOO_LARGE',
    'TOO_MANY_ROWS',
    'MALFORMED_FILE',
];
/**
 * The uploaded file cannot be used; the client must send another one. `message` names the
 * problem in plain words, fit to show to the user as is.
 */
export class InvalidCompanyFileError extends Error {
    code;
    name = 'InvalidCompanyFileError';
    /** Always false: sending the same file again gives the same error. */
    retryable = false;
    constructor(
    /** What is wrong, machine-readable. */
    code, message, options) {
        super(message, options);
        this.code = code;
    }
}
//# sourceMappingURL=invalid-company-file-error.js.map