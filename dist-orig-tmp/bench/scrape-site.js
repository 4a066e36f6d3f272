/**
 * The scraping benchmark's site: one server-rendered site of `pages` pages, each showing one
 * address of its own, where every `scriptedEvery`-th page writes its address with an inline
 * script (so a crawl must render it to find it). A home page links to hub pages, each hub to its
 * share of the leaf pages: every page is within depth 2 of the home page. Deterministic.
 */
import { seededRandom } from '../test/helpers/seeded-random.js';
import { paragraph } from './site-generator.js';
const DOMAIN = 'atelier-bench.fr';
function pagePath(index) {
    return index === 0 ? '/' : `/p/${index}.html`;
}
function page(index, title, links, address, scripted, next) {
    const nav = links.map((target) => `<a href="${pagePath(target)}">Page ${target}</a>`).join(' ');
    const body = Array.from({ length: 4 }, () => `<p>${paragraph(next, 40)}</p>`).join('\n');
    const [local, domain] = address.split('@');
    const contact = scripted
        ? `<p>Votre interlocuteur : <span id="contact">chargement…</span></p>` +
            `<script>document.addEventListener('DOMContentLoaded', function () {` +
            ` document.getElementById('contact').textContent = '${local}' + String.fromCharCode(64) + '${domain}'; });</script>`
        : `<p>Votre interlocuteur : <a href="mailto:${address}">${address}</a></p>`;
    return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Atelier Bench</title>
<script src="/js/site.js" defer></script>
</head>
<body>
<header><nav class="menu"><a href="/">Accueil</a> ${nav}</nav></header>
<main>
<h1>${title}</h1>
${contact}
${body}
</main>
</body>
</html>
`;
}
const SITE_SCRIPT = `document.addEventListener('DOMContentLoaded', function () {
  var menu = document.querySelector('nav.menu');
  if (menu) menu.setAttribute('data-ready', '1');
});
`;
/** Generates the site; see the file comment. @throws RangeError for options out of range */
export function generateScrapeSite(options = {}) {
    const count = options.pages ?? 500;
    const scriptedEvery = options.scriptedEvery ?? 5;
    const hubs = options.hubs ?? 20;
    if (!Number.isInteger(count) || count < 22 || count > 1000)
        throw new RangeError(`pages must be between 22 and 1000 (got ${count})`);
    if (!Number.isInteger(scriptedEvery) || scriptedEvery < 1)
        throw new RangeError(`scriptedEvery must be a positive integer (got ${scriptedEvery})`);
    if (!Number.isInteger(hubs) || hubs < 1 || hubs >= count - 1)
        throw new RangeError(`hubs must be between 1 and ${count - 2} (got ${hubs})`);
    const next = seededRandom(count * 31 + scriptedEvery);
    const leaves = count - 1 - hubs;
    const perHub = Math.ceil(leaves / hubs);
    const childrenOf = (index) => {
        if (index === 0)
            return Array.from({ length: hubs }, (_, i) => i + 1);
        if (index > hubs)
            return [];
        const first = hubs + 1 + (index - 1) * perHub;
        return Array.from({ length: Math.max(0, Math.min(perHub, count - first)) }, (_, i) => first + i);
    };
    const parentOf = (index) => (index <= hubs ? 0 : 1 + Math.floor((index - hubs - 1) / perHub));
    const pages = new Map();
    const emails = [];
    for (let index = 0; index < count; index += 1) {
        const address = `contact.${index}@${DOMAIN}`;
        emails.push(address);
        const scripted = index % scriptedEvery === scriptedEvery - 1;
        const links = index === 0 ? childrenOf(0) : [parentOf(index), ...childrenOf(index)].filter((target) => target !== 0);
        const title = index === 0 ? 'Accueil' : index <= hubs ? `Rubrique ${index}` : `Fiche ${index}`;
        pages.set(pagePath(index), { path: pagePath(index), html: page(index, title, links, address, scripted, next), scriptRendered: scripted });
    }
    const assets = new Map([
        ['/js/site.js', { contentType: 'text/javascript; charset=utf-8', body: SITE_SCRIPT }],
        ['/robots.txt', { contentType: 'text/plain; charset=utf-8', body: 'User-agent: *\nDisallow: /admin/\n' }],
    ]);
    return { index: 0, kind: 'static', companyName: 'Atelier Bench', domain: DOMAIN, pages, assets, emails: emails.sort() };
}
//# sourceMappingURL=scrape-site.js.map