import { domProbes, evaluateDomProbes } from './dom-probes.js';
import { evaluateJsProbes, jsProbeNames } from './js-probes.js';
import { ProbeCache } from './probe-cache.js';
import { technologiesToProbe } from './probe-need.js';
import { pageScripts } from './technology-input.js';
/** Crawl hooks probing one site's technologies; see the file comment. */
export function technologyProbing(options) {
    let probed = 0;
    const learnt = new ProbeCache();
    return {
        inspectPage(page) {
            if (probed >= options.maxProbedPages)
                return Promise.resolve(null);
            probed++;
            return probe(page);
        },
        wantsInspection(candidate) {
            if (probed >= options.maxProbedPages || candidate.executableScripts === 0)
                return false;
            const scripts = pageScripts(candidate);
            return learnt.get(candidate.url, scripts.scriptSrc) === undefined && technologiesToProbe(candidate, { scripts }).length > 0;
        },
        probeResultOf(page) {
            const own = page.inspection ?? null;
            if (!page.html || (own === null && learnt.size === 0))
                return own;
            const { scriptSrc } = pageScripts({ url: page.finalUrl, html: page.html });
            if (own !== null) {
                learnt.set(page.finalUrl, scriptSrc, own);
                return own;
            }
            const known = learnt.get(page.finalUrl, scriptSrc);
            return known === undefined ? null : { cookies: known.cookies, js: known.js };
        },
    };
}
async function probe(page) {
    const [cookies, js, dom] = await Promise.all([
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- only Page#cookies reads the cookies of the page's own URL; the context's would mix in other sites'
        page.cookies().catch(() => []),
        page.evaluate(evaluateJsProbes, jsProbeNames()).catch(() => ({})),
        page.evaluate(evaluateDomProbes, domProbes()).catch(() => undefined),
    ]);
    return { cookies: cookies.map((c) => ({ name: c.name, value: c.value })), js, ...(dom ? { dom } : {}) };
}
//# sourceMappingURL=probe-hooks.js.map