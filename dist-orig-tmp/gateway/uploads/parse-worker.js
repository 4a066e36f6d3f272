/**
 * Worker-thread entry of {@link parseCompanyFileInWorker}: parses one upload and posts back
 * the result, or the file's error as `{ code, message }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InvalidCompanyFileError, parseCompanyFile } from './parse-company-file.js';
async function run(input) {
    const { data } = input.file;
    const file = { ...input.file, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
    try {
        return { ok: true, parsed: await parseCompanyFile(file, input.options) };
    }
    catch (error) {
        if (error instanceof InvalidCompanyFileError)
            return { ok: false, invalid: { code: error.code, message: error.message } };
        return { ok: false, failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
}
if (parentPort) {
    const port = parentPort;
    void run(workerData).then((output) => port.postMessage(output));
}
//# sourceMappingURL=parse-worker.js.map