/**
 * Reads a response body up to `maxBytes` and stops the download there (a site cannot make the
 * crawler read an endless body). Returns at most `maxBytes` bytes.
 */
export async function readBodyUpTo(body, maxBytes) {
    if (!body)
        return new Uint8Array();
    const reader = body.getReader();
    const chunks = [];
    let size = 0;
    try {
        while (size < maxBytes) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(value);
            size += value.byteLength;
        }
    }
    finally {
        if (size >= maxBytes)
            await reader.cancel().catch(() => undefined);
        reader.releaseLock();
    }
    const bytes = Buffer.concat(chunks, Math.min(size, maxBytes));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
//# sourceMappingURL=read-body.js.map