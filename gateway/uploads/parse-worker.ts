/**
 * Worker-thread entry of {@link parseCompanyFileInWorker}: parses one upload and posts back
 * the result, or the file's error as `{ code, message }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InvalidCompanyFileError, parseCompanyFile, type ParseOptions, type UploadedFile } from './parse-company-file.js';

/** What the worker is given. */
export interface ParseWorkerInput {
  readonly file: { readonly filename: string; readonly contentType?: string; readonly data: Uint8Array };
  readonly options: ParseOptions;
}

/** What the worker answers. */
export type ParseWorkerOutput =
  | { readonly ok: true; readonly parsed: Awaited<ReturnType<typeof parseCompanyFile>> }
  | { readonly ok: false; readonly invalid: { readonly code: InvalidCompanyFileError['code']; readonly message: string } }
  | { readonly ok: false; readonly failure: string };

async function run(input: ParseWorkerInput): Promise<ParseWorkerOutput> {
  const { data } = input.file;
  const file: UploadedFile = { ...input.file, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
  try {
    return { ok: true, parsed: await parseCompanyFile(file, input.options) };
  } catch (error) {
    if (error instanceof InvalidCompanyFileError) return { ok: false, invalid: { code: error.code, message: error.message } };
    return { ok: false, failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as ParseWorkerInput).then((output) => port.postMessage(output));
}
