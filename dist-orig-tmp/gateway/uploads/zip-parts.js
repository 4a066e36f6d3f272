/**
 * Streams the parts of a ZIP (an XLSX workbook) through an {@link XmlTokenizer}, counting the
 * bytes inflation really produces: a part that unpacks to more than its ZIP directory declares,
 * or a workbook that unpacks to more than the budget, is stopped at that byte, whatever the
 * archive claims (zip bombs lie about their sizes). Nothing is unpacked to memory as a whole.
 */
import { StringDecoder } from 'node:string_decoder';
import { fromBufferPromise } from 'yauzl';
import { XmlTokenizer } from './xml-tokenizer.js';
/** A part unpacked to more bytes than allowed; reading stopped there. */
export class UnpackedSizeError extends Error {
    part;
    reason;
    limitBytes;
    name = 'UnpackedSizeError';
    constructor(
    /** Path of the part inside the archive. */
    part, 
    /** `declared`: more than the part's own declared size; `budget`: the workbook's total is over the limit. */
    reason, 
    /** The size that was passed, in bytes. */
    limitBytes) {
        super(reason === 'declared'
            ? `${part} unpacks to more than the ${limitBytes} bytes the ZIP directory declares`
            : `The workbook unpacks to more than ${limitBytes} bytes`);
        this.part = part;
        this.reason = reason;
        this.limitBytes = limitBytes;
    }
}
/** Bytes unpacked so far across the parts of one workbook, against its limit. */
export class UnpackBudget {
    maxBytes;
    #usedBytes = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    get usedBytes() {
        return this.#usedBytes;
    }
    /** Counts `bytes` more for `part`; throws once the total passes the limit. */
    spend(part, bytes) {
        this.#usedBytes += bytes;
        if (this.#usedBytes > this.maxBytes)
            throw new UnpackedSizeError(part, 'budget', this.maxBytes);
    }
}
/** The yauzl error for a part longer than declared (its own check, which may fire before ours). */
function isYauzlSizeMismatch(error) {
    return error instanceof Error && /too many bytes in the stream|expected \d+\. got/i.test(error.message);
}
/** An opened archive whose parts can be streamed in any order. */
export class ZipParts {
    zip;
    entries;
    constructor(zip, entries) {
        this.zip = zip;
        this.entries = entries;
    }
    /** Reads the central directory of the ZIP in `data`; rejects when it is not a readable ZIP. */
    static async open(data) {
        const zip = await fromBufferPromise(data, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true });
        const entries = new Map();
        try {
            for await (const entry of zip.eachEntry()) {
                // Part names are case-insensitive in OPC; the first of two spellings wins.
                const key = entry.fileName.replace(/^\/+/, '').toLowerCase();
                if (!entries.has(key))
                    entries.set(key, entry);
            }
        }
        catch (error) {
            zip.close();
            throw error;
        }
        return new ZipParts(zip, entries);
    }
    has(part) {
        return this.entries.has(part.toLowerCase());
    }
    /**
     * Streams one part into `handlers`. A handler may throw to stop reading (the inflation stops
     * with it). Throws {@link UnpackedSizeError} when the part unpacks to more than declared or
     * the budget runs out; a missing part is a no-op returning false.
     */
    async streamXml(part, handlers, budget) {
        const entry = this.entries.get(part.toLowerCase());
        if (!entry)
            return false;
        const stream = await this.zip.openReadStreamPromise(entry);
        const decoder = new StringDecoder('utf8');
        const tokenizer = new XmlTokenizer(handlers);
        let produced = 0;
        try {
            for await (const chunk of stream) {
                produced += chunk.length;
                if (produced > entry.uncompressedSize)
                    throw new UnpackedSizeError(entry.fileName, 'declared', entry.uncompressedSize);
                budget.spend(entry.fileName, chunk.length);
                tokenizer.write(decoder.write(chunk));
            }
        }
        catch (error) {
            stream.destroy();
            if (isYauzlSizeMismatch(error))
                throw new UnpackedSizeError(entry.fileName, 'declared', entry.uncompressedSize);
            throw error;
        }
        tokenizer.write(decoder.end());
        tokenizer.end();
        return true;
    }
    close() {
        if (this.zip.isOpen)
            this.zip.close();
    }
}
//# sourceMappingURL=zip-parts.js.map