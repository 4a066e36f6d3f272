import { serveAcmeSite } from '../fixtures/acme-routes.js';
/** Links on each endless page. */
export const ENDLESS_LINKS_PER_PAGE = 10;
function endlessPage(res, n) {
    const links = Array.from({ length: ENDLESS_LINKS_PER_PAGE }, (_, k) => {
        const child = n * ENDLESS_LINKS_PER_PAGE + k + 1;
        return `<li><a href="/endless/${child}">Semaine ${child}</a></li>`;
    }).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Agenda ${n}</title></head>` +
        `<body><h1>Agenda — page ${n}</h1><p>Réservations : agenda-${n}@acme-industries.fr</p><ul>${links}</ul></body></html>`);
}
/** Serves the acme site with the `/endless/<n>` trap; start crawls at `${url}endless/1`. */
export function serveEndlessSite() {
    return serveAcmeSite({
        '/endless/*': (req, res) => {
            const n = Number.parseInt((req.url ?? '').split('?')[0].slice('/endless/'.length), 10);
            endlessPage(res, Number.isSafeInteger(n) && n > 0 ? n : 1);
        },
    });
}
//# sourceMappingURL=endless-site.js.map