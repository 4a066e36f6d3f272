/**
 * Reads a fetched (not rendered) HTML document in one streaming pass: what the crawler reports
 * (title, outgoing links resolved against `<base href>`) and the signs that the page needs a
 * browser (its scripts, `<noscript>` notices, app-shell containers, framework markers…), which
 * render-need.ts weighs. Links are read as a browser with scripting on sees them: never from
 * inside `<template>` or `<noscript>`.
 */
import { Parser } from 'htmlparser2';
const DEFAULT_LIMITS = Object.freeze({ maxLinks: 5000, maxScriptChars: 100_000, maxInlineScripts: 200 });
/** `type` values of scripts that run (besides none/empty), per the HTML standard. */
const JAVASCRIPT_TYPES = new Set([
    'module',
    'text/javascript',
    'application/javascript',
    'application/ecmascript',
    'application/x-ecmascript',
    'application/x-javascript',
    'text/ecmascript',
    'text/javascript1.0',
    'text/javascript1.1',
    'text/javascript1.2',
    'text/javascript1.3',
    'text/javascript1.4',
    'text/javascript1.5',
    'text/jscript',
    'text/livescript',
    'text/x-ecmascript',
    'text/x-javascript',
]);
/** `type` values of scripts that hold templates a client-side framework renders. */
const TEMPLATE_SCRIPT_TYPE = /^text\/(?:template|html|x-template|x-handlebars(?:-template)?|x-mustache|x-jsrender|x-tmpl|ng-template|x-kendo-template|x-underscore-template)$/;
/** Ids of the containers single-page apps mount into. */
const APP_ROOT_IDS = new Set([
    'root',
    'app',
    '__next',
    '__nuxt',
    '___gatsby',
    'svelte',
    'main-app',
    'application',
    'react-root',
    'vue-app',
    'spa-root',
    'ember-app',
    'q-app',
]);
/** Elements single-page apps mount into. */
const APP_ROOT_ELEMENTS = new Set(['app-root', 'ng-view', 'router-outlet']);
/** Text an app root or a placeholder shows until scripts replace it. */
const LOADING_TEXT = /^(?:loading|chargement|cargando|caricamento|carregando|laden|wird geladen|bezig met laden|please wait|veuillez patienter)?\s*(?:\.{3}|…)?$/i;
/** Longest text an app root may hold and still count as empty. */
const APP_ROOT_MAX_TEXT_CHARS = 40;
/** Attributes that only client-side frameworks give meaning to. */
const FRAMEWORK_ATTRIBUTES = new Set([
    'ng-app',
    'data-ng-app',
    'ng-controller',
    'data-ng-controller',
    'ng-view',
    'ng-version',
    'ng-bind',
    'ng-repeat',
    'data-reactroot',
    'data-reactid',
    'data-server-rendered',
    'v-cloak',
    'v-if',
    'v-for',
    'v-html',
    'v-text',
    'x-data',
    'x-html',
    'x-text',
    'hx-get',
    'hx-post',
    'hx-trigger',
    'data-bind',
    'ui-view',
    'data-ember-action',
]);
/** Names marking an element as an e-mail holder (id, class or `data-*`). */
const EMAIL_HOLDER_NAME = /(?:^|[\s_-])(?:e-?mail|courriel|mailto|mail)(?:$|[\s_-])/i;
const EMAIL_HOLDER_ATTRIBUTES = ['data-email', 'data-mail', 'data-mailto', 'data-user', 'data-domain', 'data-name-domain'];
/** Elements that never hold an address written by a script. */
const NOT_A_HOLDER = new Set([
    'a',
    'template',
    'noscript',
    'input',
    'textarea',
    'button',
    'label',
    'form',
    'img',
    'script',
    'style',
    'link',
    'meta',
    'body',
    'html',
    'section',
    'main',
    'footer',
    'header',
    'nav',
]);
/**
 * Parses `html` (served at `documentUrl`) and returns its {@link HtmlDocumentFacts}. Linear in
 * the size of the document.
 */
export function parseHtmlDocument(html, documentUrl, limits = {}) {
    const caps = { ...DEFAULT_LIMITS, ...limits };
    let title = null;
    let titleText = null;
    let baseHref = null;
    const anchors = [];
    const frames = [];
    let metaRefresh = null;
    let executableScripts = 0;
    let templateScripts = 0;
    const inlineScripts = [];
    const externalScriptRefs = [];
    const noscriptTexts = [];
    const emptyAppRoots = [];
    const frameworkMarkers = new Set();
    let emailPlaceholders = 0;
    /** Depth inside elements whose content a scripted browser does not parse as markup. */
    let inertDepth = 0;
    let openScript = null;
    let noscriptText = null;
    /** One entry per open `<a>`: its link, or null for an anchor without href. */
    const openAnchors = [];
    const watches = [];
    const parser = new Parser({
        onopentag(name, attributes) {
            if (name === 'template' || name === 'noscript') {
                inertDepth += 1;
                if (name === 'noscript' && noscriptText === null)
                    noscriptText = [];
                return;
            }
            if (inertDepth > 0)
                return;
            for (const watch of watches)
                if (watch.name === name)
                    watch.depth += 1;
            if (name === 'script') {
                const type = (attributes.type ?? '').trim().toLowerCase();
                const runs = type === '' || JAVASCRIPT_TYPES.has(type);
                if (TEMPLATE_SCRIPT_TYPE.test(type))
                    templateScripts += 1;
                if (runs) {
                    executableScripts += 1;
                    if (attributes.src !== undefined && attributes.src.trim() !== '')
                        externalScriptRefs.push(attributes.src.trim());
                }
                openScript = { inline: [], size: 0, runs: runs && attributes.src === undefined };
                return;
            }
            const onload = attributes.onload;
            if (onload !== undefined && onload.trim() !== '') {
                executableScripts += 1;
                if (inlineScripts.length < caps.maxInlineScripts)
                    inlineScripts.push(onload.slice(0, caps.maxScriptChars));
            }
            for (const attribute of Object.keys(attributes)) {
                if (FRAMEWORK_ATTRIBUTES.has(attribute))
                    frameworkMarkers.add(attribute);
            }
            if (APP_ROOT_ELEMENTS.has(name))
                frameworkMarkers.add(name);
            switch (name) {
                case 'title':
                    if (title === null && titleText === null)
                        titleText = '';
                    break;
                case 'base':
                    if (baseHref === null && attributes.href !== undefined)
                        baseHref = attributes.href;
                    break;
                case 'a':
                    openAnchors.push(attributes.href === undefined
                        ? null
                        : { href: attributes.href, title: attributes.title ?? '', ariaLabel: attributes['aria-label'] ?? '', text: '' });
                    break;
                case 'area':
                    if (attributes.href !== undefined) {
                        anchors.push({ href: attributes.href, text: attributes.title || attributes['aria-label'] || '' });
                    }
                    break;
                case 'iframe':
                case 'frame':
                    if (attributes.src !== undefined) {
                        frames.push({ href: attributes.src, text: attributes.title ?? '' });
                        if (/^\s*javascript:/i.test(attributes.src))
                            executableScripts += 1;
                    }
                    break;
                case 'meta':
                    if ((attributes['http-equiv'] ?? '').trim().toLowerCase() === 'refresh' && metaRefresh === null) {
                        metaRefresh = attributes.content ?? '';
                    }
                    break;
            }
            const id = attributes.id ?? '';
            if (APP_ROOT_IDS.has(id) || APP_ROOT_ELEMENTS.has(name)) {
                watches.push({ name, kind: 'app-root', label: id || name, text: '', depth: 1 });
            }
            else if (!NOT_A_HOLDER.has(name) && isEmailHolder(attributes)) {
                watches.push({ name, kind: 'email-holder', label: id || name, text: '', depth: 1 });
            }
        },
        ontext(text) {
            if (noscriptText !== null)
                noscriptText.push(text);
            if (inertDepth > 0)
                return;
            if (openScript !== null) {
                if (openScript.runs && openScript.size < caps.maxScriptChars) {
                    openScript.inline.push(text);
                    openScript.size += text.length;
                }
                return;
            }
            if (titleText !== null)
                titleText += text;
            for (const link of openAnchors)
                if (link && link.text.length < 1000)
                    link.text += text;
            for (const watch of watches)
                if (watch.text.length <= APP_ROOT_MAX_TEXT_CHARS)
                    watch.text += text;
        },
        onclosetag(name) {
            if (name === 'template' || name === 'noscript') {
                inertDepth = Math.max(0, inertDepth - 1);
                if (name === 'noscript' && inertDepth === 0 && noscriptText !== null) {
                    noscriptTexts.push(noscriptText.join('').replace(/\s+/g, ' ').trim());
                    noscriptText = null;
                }
                return;
            }
            if (inertDepth > 0)
                return;
            if (name === 'script' && openScript !== null) {
                if (openScript.runs && inlineScripts.length < caps.maxInlineScripts) {
                    inlineScripts.push(openScript.inline.join('').slice(0, caps.maxScriptChars));
                }
                openScript = null;
                return;
            }
            if (name === 'title' && titleText !== null) {
                title = titleText.replace(/[\t\n\f\r ]+/g, ' ').trim();
                titleText = null;
            }
            if (name === 'a')
                closeAnchor();
            for (let i = watches.length - 1; i >= 0; i -= 1) {
                const watch = watches[i];
                if (watch.name !== name)
                    continue;
                watch.depth -= 1;
                if (watch.depth > 0)
                    break;
                watches.splice(i, 1);
                const text = watch.text.replace(/\s+/g, ' ').trim();
                const empty = text.length <= APP_ROOT_MAX_TEXT_CHARS && LOADING_TEXT.test(text);
                if (empty && watch.kind === 'app-root')
                    emptyAppRoots.push(watch.label);
                if (empty && watch.kind === 'email-holder')
                    emailPlaceholders += 1;
                break;
            }
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    function closeAnchor() {
        const link = openAnchors.pop();
        if (!link)
            return;
        const text = link.text.replace(/\s+/g, ' ').trim();
        anchors.push({ href: link.href, text: text || link.title || link.ariaLabel });
    }
    parser.end(html);
    while (openAnchors.length > 0)
        closeAnchor();
    const baseUrl = resolveBase(baseHref, documentUrl);
    const links = [];
    const seen = new Set();
    const add = (raw, text) => {
        if (links.length >= caps.maxLinks)
            return;
        let href;
        try {
            href = new URL(raw.trim(), baseUrl).href;
        }
        catch {
            return;
        }
        if (seen.has(href))
            return;
        seen.add(href);
        links.push({ href, text: text.replace(/\s+/g, ' ').trim().slice(0, 200) });
    };
    for (const { href, text } of anchors)
        add(href, text);
    for (const { href, text } of frames)
        add(href, text);
    const refreshTarget = metaRefresh === null ? undefined : /url\s*=\s*['"]?([^'";]+)/i.exec(metaRefresh)?.[1];
    if (refreshTarget)
        add(refreshTarget, '');
    const externalScripts = [];
    for (const src of externalScriptRefs) {
        try {
            externalScripts.push(new URL(src, baseUrl).href);
        }
        catch {
            // An unparsable src loads nothing.
        }
    }
    return {
        title: title ?? '',
        baseUrl,
        links,
        executableScripts,
        inlineScripts,
        externalScripts,
        templateScripts,
        noscriptTexts,
        metaRefresh,
        emptyAppRoots,
        frameworkMarkers: [...frameworkMarkers],
        emailPlaceholders,
    };
}
function isEmailHolder(attributes) {
    if (EMAIL_HOLDER_ATTRIBUTES.some((name) => attributes[name] !== undefined))
        return true;
    return EMAIL_HOLDER_NAME.test(attributes.id ?? '') || EMAIL_HOLDER_NAME.test(attributes.class ?? '');
}
/** The document's base URL: its first `<base href>` resolved against its URL, when that parses. */
function resolveBase(baseHref, documentUrl) {
    if (baseHref === null)
        return documentUrl;
    try {
        return new URL(baseHref.trim(), documentUrl).href;
    }
    catch {
        return documentUrl;
    }
}
//# sourceMappingURL=html-document.js.map