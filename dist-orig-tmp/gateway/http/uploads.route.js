/**
 * `POST /uploads`: a company file (CSV or XLSX) in the multipart field `file`. Answers
 * `{ uploadId, rows, columns, preview, warnings, duplicates }`, or a 4xx naming the problem.
 */
import { randomUUID } from 'node:crypto';
import busboy from 'busboy';
import { previewDuplicates } from '../uploads/duplicate-preview.js';
import { InvalidCompanyFileError } from '../uploads/invalid-company-file-error.js';
import { createWorkerParser } from '../uploads/parse-in-worker.js';
import { sendJson } from './http-util.js';
const STATUS = {
    UNSUPPORTED_FILE_TYPE: 415,
    FILE_TOO_LARGE: 413,
    TOO_MANY_ROWS: 413,
    EMPTY_FILE: 422,
    NO_NAME_COLUMN: 422,
    MALFORMED_FILE: 422,
};
function receiveFile(req, maxBytes) {
    return new Promise((resolve, reject) => {
        let parser;
        try {
            parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 30 } });
        }
        catch (cause) {
            reject(new InvalidRequestError('Send the file as multipart/form-data in a field named "file"', { cause }));
            return;
        }
        let received = null;
        parser.on('file', (field, stream, info) => {
            if (field !== 'file') {
                stream.resume();
                return;
            }
            const chunks = [];
            let truncated = false;
            stream.on('data', (c) => chunks.push(c));
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
    name = 'InvalidRequestError';
}
export function createUploadRoute(options) {
    const parseCompanyFile = createWorkerParser(options.parseWorker);
    return async (req, res, owner) => {
        let file;
        try {
            file = await receiveFile(req, options.maxUploadBytes);
        }
        catch (error) {
            if (error instanceof InvalidRequestError)
                return sendJson(res, 400, { error: error.message, code: 'BAD_REQUEST' });
            throw error;
        }
        if (!file)
            return sendJson(res, 400, { error: 'No file: send it in a multipart field named "file"', code: 'BAD_REQUEST' });
        const limitMb = Math.round((options.maxUploadBytes / (1024 * 1024)) * 10) / 10;
        if (file.truncated) {
            return sendJson(res, 413, { error: `The file is larger than the ${limitMb} MB limit`, code: 'FILE_TOO_LARGE' });
        }
        try {
            const parsed = await parseCompanyFile({ filename: file.filename, contentType: file.contentType, data: file.data }, { maxBytes: options.maxUploadBytes, maxRows: options.maxUploadRows });
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
        }
        catch (error) {
            if (error instanceof InvalidCompanyFileError) {
                return sendJson(res, STATUS[error.code] ?? 400, { error: error.message, code: error.code });
            }
            throw error;
        }
    };
}
//# sourceMappingURL=uploads.route.js.map