/** Byte sizes in the words of error messages. */
const KB = 1024;
const MB = 1024 * 1024;
/** `16 MB`, `16.5 MB`, or `12 KB` below a tenth of a megabyte (small configured limits). */
export function formatSize(bytes) {
    if (bytes < MB / 10)
        return `${Math.max(1, Math.ceil(bytes / KB))} KB`;
    const megabytes = bytes / MB;
    return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
//# sourceMappingURL=format-size.js.map