/**
 * Turns what a user typed in a website column into a URL the crawler can start from, or says
 * why it cannot: adds `https://` when the scheme is missing (`http://` for IP addresses and
 * localhost, as the crawler's own start-URL rules do), unwraps Google redirect links
 * (`https://www.google.com/url?q=https://acme.fr/&sa=…`), and refuses text with spaces, hosts
 * without a dot, other schemes and Google Maps place links (not the company's own site).
 */
import { isIP } from 'node:net';
import { InvalidUrlError, parseStartUrl } from '../../schema/url-rules.js';
const HTTP_SCHEME = /^https?:\/\//i;
/** `mailto:`, `ftp:`… but not `acme.fr:8080`, which is a host and a port. */
const OTHER_SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d+(?:[/?#]|$))/i;
const GOOGLE_HOST = /(?:^|\.)google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;
function isGoogleMapsLink(url) {
    const host = url.hostname.toLowerCase();
    if (host === 'maps.app.goo.gl' || (host === 'goo.gl' && url.pathname.startsWith('/maps')))
        return true;
    return GOOGLE_HOST.test(host) && (host.startsWith('maps.') || url.pathname.startsWith('/maps'));
}
/** The target of a Google redirect link (`/url?q=` or `/url?url=`), when `url` is one. */
function googleRedirectTarget(url) {
    if (!GOOGLE_HOST.test(url.hostname.toLowerCase()) || url.pathname !== '/url')
        return null;
    const target = url.searchParams.get('q') ?? url.searchParams.get('url');
    return target && HTTP_SCHEME.test(target) ? target : null;
}
function isLocalHost(hostname) {
    return hostname === 'localhost' || isIP(hostname.replace(/^\[|\]$/g, '')) !== 0;
}
function hostHasDomain(hostname) {
    if (hostname === 'localhost' || hostname.startsWith('['))
        return true;
    return hostname.includes('.') && !hostname.startsWith('.') && !hostname.includes('..');
}
function check(candidate, allowRedirect) {
    if (/\s/.test(candidate))
        return { website: null, problem: 'is not a valid website (it contains spaces)' };
    let withScheme;
    if (HTTP_SCHEME.test(candidate))
        withScheme = candidate;
    else if (candidate.startsWith('//'))
        withScheme = `https:${candidate}`;
    else if (OTHER_SCHEME.test(candidate)) {
        const scheme = OTHER_SCHEME.exec(candidate)[1].toLowerCase();
        return { website: null, problem: `is not a website (${scheme}: address)` };
    }
    else
        withScheme = `https://${candidate}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        return { website: null, problem: 'is not a valid website' };
    }
    if (withScheme !== candidate && isLocalHost(url.hostname)) {
        withScheme = `http://${candidate.replace(/^\/\//, '')}`;
        url = new URL(withScheme);
    }
    const target = allowRedirect ? googleRedirectTarget(url) : null;
    if (target !== null)
        return check(target, false);
    if (isGoogleMapsLink(url))
        return { website: null, problem: "is a Google Maps link, not the company's website" };
    if (!hostHasDomain(url.hostname))
        return { website: null, problem: 'is not a valid website (no domain: the host has no dot)' };
    try {
        parseStartUrl(withScheme);
    }
    catch (error) {
        if (error instanceof InvalidUrlError)
            return { website: null, problem: `is not a valid website (${error.message})` };
        throw error;
    }
    return { website: withScheme, problem: null };
}
/**
 * Reads a website cell: its hyperlink target when it is an http(s) link (spreadsheets often
 * show `acme.fr` and link to `https://acme.fr/`), else its text. The website is kept as
 * given, with `https://` added when the scheme is missing; an empty cell is `website: null`
 * with no problem.
 */
export function readWebsiteCell(text, hyperlink = null) {
    const linked = hyperlink?.trim() ?? '';
    const candidate = HTTP_SCHEME.test(linked) ? linked : text.trim();
    if (candidate === '')
        return { website: null, problem: null };
    return check(candidate, true);
}
//# sourceMappingURL=website-cell.js.map