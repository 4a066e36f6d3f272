/**
 * Statuses with which sites turn away clients that do not look like a browser (bot checks,
 * JavaScript challenges, header filters): the page is then asked for by Chromium itself.
 * 429 is not among them: a site that says "too many requests" is not asked again at once.
 */
export const BROWSER_MAY_BE_ADMITTED_STATUSES = new Set([403, 406, 503]);
/** Visible text (non-blank characters) below which a page with scripts is rendered. */
export const MIN_STATIC_TEXT_CHARS = 150;
/** `<noscript>` text asking the visitor to turn JavaScript on. */
const ENABLE_JAVASCRIPT = /javascript|\bjs\b/i;
/** Calls that write into the document. */
const CONTENT_SINK = /document\s*\.\s*write|\.(?:innerHTML|outerHTML|innerText|textContent)\s*(?:\+?=)|insertAdjacent(?:HTML|Text|Element)|\.(?:appendChild|append|prepend|replaceWith|replaceChildren|insertBefore|after|before)\s*\(|createTextNode|\.(?:html|text|append|prepend|load|replaceWith)\s*\(|setAttribute\s*\(\s*['"]href|\.href\s*=(?!=)/;
/** Hints that what a script writes is contact data or a link, or comes from elsewhere. */
const CONTACT_SIGNAL = /@|mailto|fromCharCode|atob\s*\(|\\x40|\\u0040|&#0*64;|&#x0*40;|%40|charCodeAt|\.reverse\s*\(|unescape\s*\(|decodeURIComponent|fetch\s*\(|XMLHttpRequest|\$\.(?:get|ajax|getJSON|post)\b|axios|<a[\s>]|href|e-?mail|courriel|contact|phone|t[eé]l[eé]phone|tel:/i;
/** Assignments and calls that move the page elsewhere. */
const SCRIPT_REDIRECT = /\blocation\s*(?:\.\s*href\s*)?=(?!=)|\blocation\s*\.\s*(?:replace|assign)\s*\(|\bnavigate\s*\(\s*['"]/;
/** Inline globals that single-page frameworks hydrate from. */
const FRAMEWORK_GLOBALS = /__NEXT_DATA__|__NUXT__|__INITIAL_STATE__|__APOLLO_STATE__|__PRELOADED_STATE__|ng\.bootstrap|Vue\.createApp|new Vue\s*\(|createRoot\s*\(|ReactDOM\.render/;
/** Script URLs of client-side frameworks and SPA bundles. */
const FRAMEWORK_SCRIPT = /(?:^|[/._-])(?:react(?:-dom)?|vue|angular|ember|svelte|preact|alpine(?:js)?|htmx|knockout|backbone|mithril|inferno|lit)(?:[@._-]|\.min|\.js|$)|\/_next\/|\/_nuxt\/|\/static\/js\/main\.|(?:runtime|polyfills)(?:-es\d+)?\.[0-9a-f]{8,}\.js/i;
/** Script file names of e-mail obfuscation decoders and contact widgets. */
const CONTACT_SCRIPT = /(?:e-?mail|mailto|obfusc|spamspan|antispam|cloak|enkoder|contact|hide-?mail|decode)[^/]*$/i;
/** Cloudflare's decoder: the addresses it decodes are read from `data-cfemail` statically. */
const CLOUDFLARE_EMAIL_DECODER = /\/cdn-cgi\/scripts\/[^/]+\/cloudflare-static\/email-decode\.min\.js$/;
/** Template expressions left for a client-side framework (`{{ contact.email }}`). */
const TEMPLATE_EXPRESSION = /\{\{[^{}\n]{1,100}\}\}/;
/**
 * The reason `facts` (a page fetched over HTTP, with `visibleText` derived from its HTML) must be
 * rendered, or null when the page as served reads the same as rendered.
 */
export function renderReason(facts, visibleText) {
    if (facts.metaRefresh !== null)
        return 'meta-refresh';
    if (facts.executableScripts === 0)
        return null;
    if (facts.emptyAppRoots.length > 0)
        return 'app-shell';
    if (facts.noscriptTexts.some((text) => ENABLE_JAVASCRIPT.test(text)))
        return 'noscript-javascript';
    if (facts.frameworkMarkers.length > 0)
        return 'framework';
    if (facts.externalScripts.some((src) => FRAMEWORK_SCRIPT.test(pathOf(src))))
        return 'framework';
    if (facts.templateScripts > 0 || TEMPLATE_EXPRESSION.test(visibleText))
        return 'template';
    if (countNonBlank(visibleText, MIN_STATIC_TEXT_CHARS) < MIN_STATIC_TEXT_CHARS)
        return 'little-text';
    if (facts.links.length === 0)
        return 'no-links';
    for (const script of facts.inlineScripts) {
        if (SCRIPT_REDIRECT.test(script))
            return 'script-redirect';
        if (FRAMEWORK_GLOBALS.test(script))
            return 'framework';
        if (CONTENT_SINK.test(script) && (/document\s*\.\s*write/.test(script) || CONTACT_SIGNAL.test(script))) {
            return 'script-writes-content';
        }
    }
    if (facts.externalScripts.some((src) => !CLOUDFLARE_EMAIL_DECODER.test(src) && CONTACT_SCRIPT.test(pathOf(src)))) {
        return 'contact-script';
    }
    if (facts.emailPlaceholders > 0)
        return 'email-placeholder';
    return null;
}
/** Non-blank characters of `text`, counted up to `atLeast` (enough to compare with it). */
function countNonBlank(text, atLeast) {
    let count = 0;
    for (let i = 0; i < text.length && count < atLeast; i += 1) {
        const code = text.charCodeAt(i);
        if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 160)
            count += 1;
    }
    return count;
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}
//# sourceMappingURL=render-need.js.map