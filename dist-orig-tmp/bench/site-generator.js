/**
 * Generates the benchmark's local websites: small-business sites of `pagesPerSite` pages each,
 * most of them server-rendered (with a menu script, and one legal page whose data-protection
 * address is written by an inline script), some single-page apps whose every page is an empty
 * shell rendered by script. Every site lists the e-mail addresses a crawl must find on it.
 * Deterministic: the same options give the same sites.
 */
import { seededRandom } from '../test/helpers/seeded-random.js';
const TRADES = ['Menuiserie', 'Boulangerie', 'Garage', 'Cabinet', 'Imprimerie', 'Plomberie', 'Atelier', 'Transports', 'Pharmacie', 'Librairie'];
const SURNAMES = ['Lambert', 'Durand', 'Moreau', 'Girard', 'Roux', 'Fournier', 'Mercier', 'Blanc', 'Faure', 'Chevalier', 'Robin', 'Perrin', 'Garnier'];
const FIRST_NAMES = ['julie', 'marc', 'sophie', 'thomas', 'claire', 'nicolas', 'camille', 'antoine'];
const WORDS = ('artisan qualité service client devis intervention atelier équipe expérience savoir-faire matériaux délai garantie ' +
    'conseil projet réalisation entretien installation rénovation fabrication sur-mesure proximité région tradition ' +
    'innovation fiabilité sécurité normes certification formation accompagnement écoute disponibilité tarif transparent').split(' ');
/** A sentence of `words` trade words, capitalised, with a full stop. */
export function paragraph(next, words) {
    const picked = [];
    for (let i = 0; i < words; i += 1)
        picked.push(WORDS[Math.floor(next() * WORDS.length)]);
    const sentence = picked.join(' ');
    return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function sitePaths(pagesPerSite) {
    const fixed = [
        { path: '/', title: 'Accueil', section: 'home' },
        { path: '/contact.html', title: 'Contact', section: 'main' },
        { path: '/a-propos.html', title: 'Qui sommes-nous', section: 'main' },
        { path: '/equipe.html', title: 'Notre équipe', section: 'main' },
        { path: '/mentions-legales.html', title: 'Mentions légales', section: 'main' },
        { path: '/services/', title: 'Nos services', section: 'main' },
    ];
    const rest = pagesPerSite - fixed.length;
    const services = Math.ceil(rest / 2);
    const paths = [...fixed];
    if (rest > services)
        paths.push({ path: '/actualites/', title: 'Actualités', section: 'main' });
    for (let i = 1; i <= services; i += 1)
        paths.push({ path: `/services/${i}.html`, title: `Service ${i}`, section: 'service' });
    for (let i = 1; paths.length < pagesPerSite; i += 1)
        paths.push({ path: `/actualites/${i}.html`, title: `Actualité ${i}`, section: 'news' });
    return paths.slice(0, pagesPerSite);
}
/** The page's main content and the addresses it shows (contact details by page). */
function pageContent(site, kind, entry, next, paragraphs) {
    const body = Array.from({ length: paragraphs }, () => `<p>${escapeHtml(paragraph(next, 40 + Math.floor(next() * 30)))}</p>`).join('\n');
    switch (entry.path) {
        case '/contact.html': {
            const sales = `ventes@${site.domain}`;
            return {
                html: `<h1>Contact</h1><p>Écrivez-nous : <a href="mailto:${sales}">envoyer un message</a> ou appelez le 04 78 00 00 00.</p>${body}`,
                emails: [sales],
            };
        }
        case '/equipe.html': {
            const people = site.people.map((first) => `${first}@${site.domain}`);
            const items = people.map((address) => `<li>${address.replace('@', '&#64;')}</li>`).join('');
            return { html: `<h1>Notre équipe</h1><ul>${items}</ul>${body}`, emails: people };
        }
        case '/mentions-legales.html':
            if (kind === 'app') {
                // The whole page is written by the app; scripts inside it would not run.
                return { html: `<h1>Mentions légales</h1><p>Protection des données : dpo@${site.domain}</p>${body}`, emails: [`dpo@${site.domain}`] };
            }
            return {
                html: `<h1>Mentions légales</h1><p>Protection des données : <span id="dpo-contact">chargement…</span></p>${body}` +
                    `<script>document.addEventListener('DOMContentLoaded', function () {` +
                    ` document.getElementById('dpo-contact').textContent = 'dpo' + String.fromCharCode(64) + '${site.domain}'; });</script>`,
                emails: [`dpo@${site.domain}`],
            };
        default:
            return { html: `<h1>${escapeHtml(entry.title)}</h1>${body}`, emails: [] };
    }
}
function navigation(paths, current) {
    const main = paths.filter((p) => p.section === 'home' || p.section === 'main');
    const children = paths.filter((p) => (current.path === '/services/' && p.section === 'service') || (current.path === '/actualites/' && p.section === 'news'));
    const links = [...main, ...children].map((p) => `<a href="${p.path}">${escapeHtml(p.title)}</a>`);
    return `<nav class="menu">${links.join(' ')}</nav>`;
}
function staticPage(site, title, nav, main) {
    return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(site.companyName)}</title>
<meta name="description" content="${escapeHtml(site.companyName)}, artisan de confiance dans votre région.">
<style>body{font-family:sans-serif;margin:0}nav.menu a{margin-right:1em}.open{display:block}</style>
<script src="/js/site.js" defer></script>
<script>window.siteConfig = { analyticsId: 'UA-${site.domain.length}-1', release: 'site@1.4.2' };</script>
</head>
<body>
<header><button class="menu-toggle">Menu</button>${nav}</header>
<main>
${main}
</main>
<footer><p>${escapeHtml(site.companyName)} — 12 rue de la République, 69002 Lyon — Écrivez-nous : contact@${site.domain}</p></footer>
</body>
</html>
`;
}
function appShell(site, title, nav, main) {
    const state = JSON.stringify({ nav, main }).replace(/</g, '\\u003c');
    return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(site.companyName)}</title>
<script>window.__PAGE_STATE__ = ${state};</script>
<script src="/js/app.js" defer></script>
</head>
<body>
<noscript>Activez JavaScript pour utiliser ce site.</noscript>
<div id="root"></div>
</body>
</html>
`;
}
const SITE_SCRIPT = `document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.menu-toggle');
  var menu = document.querySelector('nav.menu');
  if (toggle && menu) toggle.addEventListener('click', function () { menu.classList.toggle('open'); });
});
`;
/** The single-page app: renders the page from the state embedded in the shell. */
function appScript(domain) {
    return `(function () {
  var state = window.__PAGE_STATE__;
  var root = document.getElementById('root');
  root.innerHTML = '<header>' + state.nav + '</header><main>' + state.main + '</main>' +
    '<footer><p>Écrivez-nous : ' + ['contact', '${domain}'].join('@') + '</p></footer>';
})();
`;
}
/** Generates the site set; see the file comment. @throws RangeError for options out of range */
export function generateSiteSet(options = {}) {
    const count = options.sites ?? 50;
    const pagesPerSite = options.pagesPerSite ?? 20;
    const appSiteEvery = options.appSiteEvery ?? 5;
    const paragraphs = options.paragraphsPerPage ?? 6;
    if (!Number.isInteger(count) || count < 1 || count > 1000)
        throw new RangeError(`sites must be between 1 and 1000 (got ${count})`);
    if (!Number.isInteger(pagesPerSite) || pagesPerSite < 6 || pagesPerSite > 200) {
        throw new RangeError(`pagesPerSite must be between 6 and 200 (got ${pagesPerSite})`);
    }
    if (!Number.isInteger(appSiteEvery) || appSiteEvery < 0)
        throw new RangeError(`appSiteEvery must be a non-negative integer (got ${appSiteEvery})`);
    const sites = [];
    for (let index = 0; index < count; index += 1) {
        const next = seededRandom(index + 1);
        const trade = TRADES[index % TRADES.length];
        const surname = SURNAMES[Math.floor(index / TRADES.length) % SURNAMES.length];
        const number = String(index + 1).padStart(2, '0');
        const companyName = `${trade} ${surname} ${number}`;
        const domain = `${trade}-${surname}-${number}.fr`.toLowerCase();
        const kind = appSiteEvery > 0 && (index + 1) % appSiteEvery === 0 ? 'app' : 'static';
        const people = [FIRST_NAMES[index % FIRST_NAMES.length], FIRST_NAMES[(index + 3) % FIRST_NAMES.length]];
        const text = { companyName, domain, people };
        const paths = sitePaths(pagesPerSite);
        const pages = new Map();
        const emails = new Set([`contact@${domain}`]);
        for (const entry of paths) {
            const content = pageContent(text, kind, entry, next, paragraphs);
            for (const address of content.emails)
                emails.add(address);
            const nav = navigation(paths, entry);
            const html = kind === 'app' ? appShell(text, entry.title, nav, content.html) : staticPage(text, entry.title, nav, content.html);
            const scriptRendered = kind === 'app' || entry.path === '/mentions-legales.html';
            pages.set(entry.path, { path: entry.path, html, scriptRendered });
        }
        const assets = new Map([
            ['/js/site.js', { contentType: 'text/javascript; charset=utf-8', body: SITE_SCRIPT }],
            ['/js/app.js', { contentType: 'text/javascript; charset=utf-8', body: appScript(domain) }],
            ['/robots.txt', { contentType: 'text/plain; charset=utf-8', body: 'User-agent: *\nDisallow: /admin/\n' }],
        ]);
        sites.push({ index, kind, companyName, domain, pages, assets, emails: [...emails].sort() });
    }
    return sites;
}
//# sourceMappingURL=site-generator.js.map