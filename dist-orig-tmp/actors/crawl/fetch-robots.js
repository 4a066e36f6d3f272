/**
 * Downloads and parses the robots.txt of one origin. Any failure (404, 5xx, unreachable host,
 * timeout, refused address) means "no rules": a site without a readable robots.txt is crawled.
 */
import { assertUrlAllowed } from './network-guard.js';
import { readBodyUpTo } from './read-body.js';
import { ALLOW_ALL, parseRobots } from './robots.js';
import { ROBOTS_USER_AGENT_TOKEN, USER_AGENT } from './user-agent.js';
/** Redirects followed at most (robots.txt often moves from http to https or apex to www). */
const MAX_REDIRECTS = 5;
/** Bytes read at most; Google also ignores what follows the first 500 KiB. */
export const MAX_ROBOTS_BYTES = 500 * 1024;
/**
 * Rules of `origin` (e.g. `https://www.acme.fr`) for our user agent; {@link ALLOW_ALL} when the
 * file is missing or cannot be read. Never rejects.
 */
export async function fetchRobotsRules(origin, options) {
    const body = await downloadRobotsTxt(new URL('/robots.txt', origin).href, options).catch(() => null);
    if (body === null)
        return ALLOW_ALL;
    return parseRobots(body, options.userAgentToken ?? ROBOTS_USER_AGENT_TOKEN);
}
/** The robots.txt body, or null when the server has none (4xx/5xx, too many redirects). */
async function downloadRobotsTxt(firstUrl, options) {
    const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]);
    let url = firstUrl;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
        await assertUrlAllowed(url, { allowPrivateNetworks: options.allowPrivateNetworks }, { signal, timeoutMs: options.timeoutMs });
        const response = await fetch(url, {
            redirect: 'manual',
            signal,
            headers: { 'user-agent': USER_AGENT, accept: 'text/plain,*/*;q=0.5' },
        });
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
            await response.body?.cancel().catch(() => undefined);
            url = new URL(location, url).href;
            if (!url.startsWith('http:') && !url.startsWith('https:'))
                return null;
            continue;
        }
        if (!response.ok) {
            await response.body?.cancel().catch(() => undefined);
            return null;
        }
        return new TextDecoder('utf-8').decode(await readBodyUpTo(response.body, MAX_ROBOTS_BYTES));
    }
    return null;
}
//# sourceMappingURL=fetch-robots.js.map