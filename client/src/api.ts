/**
 * HTTP calls to the gateway: GraphQL queries and mutations on `/graphql`, company file upload on
 * `/uploads`, export downloads. Live events do not come through here (see connection.ts).
 */
import { apiKeyHeaders, readApiKey } from './settings.js';
import type { UploadResult } from './types.js';

/** How long a request may take before it is abandoned. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Uploads are larger; the server parses them before answering. */
export const UPLOAD_TIMEOUT_MS = 120_000;

/** One GraphQL error as the server reports it. */
export interface GraphqlErrorEntry {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly field?: string } & Record<string, unknown>;
}

/** The server answered, with an error the user can act on (bad input, unknown job…). */
export class RequestRejectedError extends Error {
  override readonly name = 'RequestRejectedError';
  constructor(
    message: string,
    /** HTTP status. */
    readonly status: number,
    /** GraphQL errors, when the answer was a GraphQL one. */
    readonly errors: readonly GraphqlErrorEntry[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The gateway could not be reached (down, network, timeout): trying again later may work. */
export class GatewayUnreachableError extends Error {
  override readonly name = 'GatewayUnreachableError';
}

/** Options of the request helpers. */
export interface RequestOptions {
  /** Abandons the request (the view went away). */
  readonly signal?: AbortSignal;
  /** @default REQUEST_TIMEOUT_MS */
  readonly timeoutMs?: number;
}

function requestSignal(options: RequestOptions, defaultTimeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? defaultTimeoutMs);
  return options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
}

async function send(url: string, init: RequestInit, options: RequestOptions, defaultTimeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: requestSignal(options, defaultTimeoutMs) });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    const reason = cause instanceof DOMException && cause.name === 'TimeoutError' ? 'did not answer in time' : 'cannot be reached';
    throw new GatewayUnreachableError(`The server ${reason}. Check the connection and try again.`, { cause });
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch (cause) {
    throw new RequestRejectedError(`The server sent an unreadable answer (HTTP ${response.status})`, response.status, [], { cause });
  }
}

/** Runs a GraphQL query or mutation and returns its `data`, or throws with the server's message. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
  const response = await send(
    '/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...apiKeyHeaders() },
      body: JSON.stringify({ query, variables }),
    },
    options,
    REQUEST_TIMEOUT_MS,
  );
  const body = (await readJson(response)) as { data?: T | null; errors?: GraphqlErrorEntry[]; error?: string } | null;
  const errors = body?.errors ?? [];
  if (errors.length > 0 || !body?.data) {
    const message = errors.map((e) => e.message).join('; ') || body?.error || `The server answered HTTP ${response.status}`;
    throw new RequestRejectedError(message, response.status, errors);
  }
  return body.data;
}

/** Sends a company file (CSV or XLSX) to `POST /uploads`. */
export async function uploadCompanyFile(file: File, options: RequestOptions = {}): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  // The preflight header is the CSRF proof the gateway asks of uploads, as Apollo does of /graphql.
  const headers = { 'apollo-require-preflight': '1', ...apiKeyHeaders() };
  const response = await send('/uploads', { method: 'POST', headers, body: form }, options, UPLOAD_TIMEOUT_MS);
  const body = (await readJson(response)) as (UploadResult & { error?: string }) | null;
  if (!response.ok || !body || typeof body.uploadId !== 'string') {
    throw new RequestRejectedError(body?.error ?? `The upload failed (HTTP ${response.status})`, response.status);
  }
  return body;
}

/** Export formats of `GET /jobs/:id/export.<format>`. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Field separators the CSV export offers (`?delimiter=`). */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Path of a job's export; a CSV with a delimiter other than `,` asks for it. */
export function exportPath(jobId: string, format: ExportFormat, csvDelimiter: CsvDelimiter = ','): string {
  const path = `/jobs/${encodeURIComponent(jobId)}/export.${format}`;
  return format === 'csv' && csvDelimiter !== ',' ? `${path}?delimiter=${encodeURIComponent(csvDelimiter)}` : path;
}

/** Path of a job's people export (one row per company and person). */
export function peopleExportPath(jobId: string): string {
  return `/jobs/${encodeURIComponent(jobId)}/export-people.csv`;
}

/**
 * Downloads an export with the API key header (a plain link cannot send it). Only needed when
 * a key is set; otherwise the link downloads by itself.
 */
export async function downloadWithApiKey(path: string, filename: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, { headers: apiKeyHeaders() }, options, UPLOAD_TIMEOUT_MS);
  if (!response.ok) {
    const body = (await readJson(response).catch(() => null)) as { error?: string } | null;
    throw new RequestRejectedError(body?.error ?? `The download failed (HTTP ${response.status})`, response.status);
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next tick: the click has started the download by then.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** True when requests carry an API key (exports then go through {@link downloadWithApiKey}). */
export function hasApiKey(): boolean {
  return readApiKey() !== null;
}

/** A message for the user from any error thrown by these helpers. */
export function describeError(error: unknown): string {
  if (error instanceof RequestRejectedError && error.status === 401) {
    return `${error.message}. This server needs an API key: enter it in Settings (top right).`;
  }
  if (error instanceof RequestRejectedError || error instanceof GatewayUnreachableError) return error.message;
  if (error instanceof Error) return `Unexpected error: ${error.message}`;
  return 'Unexpected error';
}
