import { expect } from 'chai';
import { extractEmails } from '../../actors/extract/emails.js';
import { generateSiteSet } from '../../bench/site-generator.js';
import { serveSites } from '../../bench/site-server.js';
describe('benchmark site generator (smoke test)', () => {
    it('generates the requested sites and pages, single-page apps every n-th site', () => {
        const sites = generateSiteSet({ sites: 10, pagesPerSite: 20, appSiteEvery: 5 });
        expect(sites).to.have.length(10);
        for (const site of sites)
            expect(site.pages.size).to.equal(20);
        expect(sites.filter((site) => site.kind === 'app').map((site) => site.index)).to.deep.equal([4, 9]);
        expect(new Set(sites.map((site) => site.domain)).size).to.equal(10);
    });
    it('is deterministic', () => {
        const first = generateSiteSet({ sites: 3 });
        const second = generateSiteSet({ sites: 3 });
        expect(first.map((site) => [...site.pages.values()].map((page) => page.html))).to.deep.equal(second.map((site) => [...site.pages.values()].map((page) => page.html)));
    });
    it('lists, for a server-rendered site, the addresses its HTML shows plus the one a script writes', () => {
        const [site] = generateSiteSet({ sites: 1, pagesPerSite: 8 });
        const inHtml = new Set();
        for (const page of site.pages.values()) {
            for (const hit of extractEmails({ url: `https://${site.domain}${page.path}`, html: page.html }))
                inHtml.add(hit.address);
        }
        const scriptWritten = site.emails.filter((address) => !inHtml.has(address));
        expect(scriptWritten).to.deep.equal([`dpo@${site.domain}`]);
        expect([...inHtml].sort()).to.deep.equal(site.emails.filter((address) => address !== `dpo@${site.domain}`));
        expect([...site.pages.values()].filter((page) => page.scriptRendered).map((page) => page.path)).to.deep.equal(['/mentions-legales.html']);
    });
    it('shows nothing of a single-page app without running its scripts', () => {
        const sites = generateSiteSet({ sites: 2, pagesPerSite: 6, appSiteEvery: 2 });
        const app = sites[1];
        expect(app.kind).to.equal('app');
        for (const page of app.pages.values()) {
            expect(page.scriptRendered).to.equal(true);
            expect(page.html).to.include('<div id="root"></div>');
        }
        expect(app.emails).to.include(`contact@${app.domain}`);
    });
    for (const options of [{ sites: 0 }, { sites: 1001 }, { pagesPerSite: 5 }, { pagesPerSite: 201 }, { appSiteEvery: -1 }, { sites: 1.5 }]) {
        it(`refuses ${JSON.stringify(options)}`, () => expect(() => generateSiteSet(options)).to.throw(RangeError));
    }
    it('serves every site on its own port and counts page and script requests', async () => {
        const sites = generateSiteSet({ sites: 2, pagesPerSite: 6 });
        const served = await serveSites(sites);
        try {
            expect(served.urls).to.have.length(2);
            expect(new URL(served.urls[0]).port).to.not.equal(new URL(served.urls[1]).port);
            expect(served.pageUrls).to.have.length(12);
            const home = await fetch(served.urls[0]);
            expect(home.status).to.equal(200);
            expect(await home.text()).to.include(sites[0].companyName);
            expect((await fetch(new URL('/js/site.js', served.urls[0]))).status).to.equal(200);
            expect((await fetch(new URL('/missing', served.urls[0]))).status).to.equal(404);
            expect(served.counts()).to.deep.equal({ browser: 0, http: 1, scripts: 1 });
            served.resetCounts();
            expect(served.counts()).to.deep.equal({ browser: 0, http: 0, scripts: 0 });
        }
        finally {
            await served.close();
        }
    });
});
//# sourceMappingURL=crawl-bench-sites.test.js.map