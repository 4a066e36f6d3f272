/**
 * The one error an upload can end with: the file itself is unusable and the client has to send
 * another one (HTTP 4xx). Nothing about it is retryable.
 */

/** Why an uploaded company file was refused. */
export type InvalidCompanyFileCode =
  /** Not a CSV or XLSX file (PDF, image, legacy .xls, .ods, HTML…). */
  | 'UNSUPPORTED_FILE_TYPE'
  /** No bytes, only a header row, or no data row with a company name. */
  | 'EMPTY_FILE'
  /** No column looks like a company name within the first rows. */
  | 'NO_NAME_COLUMN'
  /** Over the byte limit (or, for XLSX, over the unpacked-size limit). */
  | 'FILE_TOO_LARGE'
  /** More data rows than allowed. */
  | 'TOO_MANY_ROWS'
  /** Recognised type but broken content (unclosed CSV quote, damaged XLSX). */
  | 'MALFORMED_FILE';

/** All codes, e.g. to map them onto HTTP statuses. */
export const INVALID_COMPANY_FILE_CODES: readonly InvalidCompanyFileCode[] = [
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
  override readonly name = 'InvalidCompanyFileError';
  /** Always false: sending the same file again gives the same error. */
  readonly retryable = false;
  constructor(
    /** What is wrong, machine-readable. */
    readonly code: InvalidCompanyFileCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
