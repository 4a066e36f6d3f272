/**
 * Lists the entries of a ZIP archive from its central directory, without unpacking anything,
 * so an XLSX can be recognised (and a zip bomb refused) before a spreadsheet library reads it.
 */
import { fromBufferPromise } from 'yauzl';
/** Reads the central directory of the ZIP held in `data`; rejects when it is not a readable ZIP. */
export async function listZipEntries(data) {
    // autoClose closes the archive when the iteration ends, normally or on error.
    const zip = await fromBufferPromise(data, { lazyEntries: true, autoClose: true, decodeStrings: true });
    const entries = [];
    try {
        for await (const entry of zip.eachEntry()) {
            entries.push({ fileName: entry.fileName, uncompressedSize: entry.uncompressedSize });
        }
    }
    finally {
        if (zip.isOpen)
            zip.close();
    }
    return entries;
}
//# sourceMappingURL=zip-entries.js.map