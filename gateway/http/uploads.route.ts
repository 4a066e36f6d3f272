/**
 * `POST /uploads`: a company file (CSV or XLSX) in the multipart field `file`. Answers
 * `{ uploadId, rows, columns, preview, warnings, duplicates }`, or a 4xx naming the problem.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';
import type { JobStore } from '../store/job-store.js';
import { previewDuplicates } from '../uploads/duplicate-preview.js';
import { InvalidCompanyFileError, type InvalidCompanyFileCode } from '../uploads/invalid-company-file-error.js';
import { createWorkerParser, type ParseWorkerLimits } from '../uploads/parse-in-worker.js';
import { sendJson } from './http-util.js';

export interface UploadRouteOptions {
  readonly store: JobStore;
  /** Largest accepted file. @default 16 MiB */
  readonly maxUploadBytes: number;
  /** Most company rows in one file. @default 10000 */
  readonly maxUploadRows: number;
  /** Limits of the worker threads that parse uploads (off the event loop). */
  readonly parseWorker?: ParseWorkerLimits;
}

const STATUS: Record<InvalidCompanyFileCode, number> = {
  UNSUPPORTED_FILE_TYPE: 415,
  FILE_TOO_LARGE: 413,
  TOO_MANY_ROWS: 413,
  EMPTY_FILE: 422,
  NO_NAME_COLUMN: 422,
  MALFORMED_FILE: 422,
};

interface ReceivedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly data: Buffer;
  readonly truncated: boolean;
}

function receiveFile(req: IncomingMessage, maxBytes: number): Promise<ReceivedFile | null> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 30 } });
    } catch (cause) {
      reject(new InvalidRequestError('Send the file as multipart/form-data in a field named "file"', { cause }));
      return;
    }
    let received: ReceivedFile | null = null;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let truncated = false;
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => (truncated = true));
      stream.on('close', () => {
        received = { filename: info.filename ?? 'upload', contentType: info.mimeType, data: Buffer.concat(chunks), truncated };
      });
    });
    parser.on('error', (cause) => reject(new InvalidRequestError('The multipart body is malformed', { cause })));
    parser.on('close', () => resolve(received));
    req.pipe(parser);
  });
}

/** The request itself is unusable (not multipart, no file field). */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
}

export function createUploadRoute(options: UploadRouteOptions) {
  const parseCompanyFile = createWorkerParser(options.parseWorker);
  return async (req: IncomingMessage, res: ServerResponse, owner: string | null): Promise<void> => {
    let file: ReceivedFile | null;
    try {
      file = await receiveFile(req, options.maxUploadBytes);
    } catch (error) {
      if (error instanceof InvalidRequestError) return sendJson(res, 400, { error: error.message, code: 'BAD_REQUEST' });
      throw error;
    }
    if (!file) return sendJson(res, 400, { error: 'No file: send it in a multipart field named "file"', code: 'BAD_REQUEST' });
    const limitMb = Math.round((options.maxUploadBytes / (1024 * 1024)) * 10) / 10;
    if (file.truncated) {
      return sendJson(res, 413, { error: `The file is larger than the ${limitMb} MB limit`, code: 'FILE_TOO_LARGE' });
    }
    try {
      const parsed = await parseCompanyFile(
        { filename: file.filename, contentType: file.contentType, data: file.data },
        { maxBytes: options.maxUploadBytes, maxRows: options.maxUploadRows },
      );
      const uploadId = randomUUID();
      await options.store.analysis.saveUpload({
        id: uploadId,
        createdAt: new Date(),
        owner,
        filename: file.filename,
        rows: parsed.rows,
        columns: parsed.columns,
        warnings: parsed.warnings,
      });
      sendJson(res, 201, {
        uploadId,
        filename: file.filename,
        rows: parsed.rows.length,
        columns: parsed.columns,
        mapping: parsed.mapping,
        preview: parsed.preview,
        warnings: parsed.warnings,
        duplicates: previewDuplicates(parsed.rows, parsed.rowNumbers),
      });
    } catch (error) {
      if (error instanceof InvalidCompanyFileError) {
        return sendJson(res, STATUS[error.code] ?? 400, { error: error.message, code: error.code });
      }
      throw error;
    }
  };
}
