/** Content-Type tests shared by the browser loader and the plain HTTP fetcher. */
const HTML_CONTENT_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
/** True when a Content-Type value denotes an HTML document. */
export function isHtmlContentType(contentType) {
    return contentType !== null && HTML_CONTENT_TYPE.test(contentType);
}
/** True when a Content-Type is given and is not HTML. */
export function isNonHtmlContentType(contentType) {
    return contentType !== null && !isHtmlContentType(contentType);
}
//# sourceMappingURL=content-type.js.map