import { expect } from 'chai';
import { extractEmails } from '../../actors/extract/emails.js';
import { generateScrapeSite } from '../../bench/scrape-site.js';
/** Paths linked from a page's HTML. */
function links(html) {
    return [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]).filter((href) => !href.startsWith('mailto:'));
}
describe('scraping benchmark site generator', () => {
    it('makes one page in five write its address by script, the others show it in their HTML', () => {
        const site = generateScrapeSite({ pages: 100 });
        expect(site.pages.size).to.equal(100);
        expect(site.emails).to.have.length(100);
        const scripted = [...site.pages.values()].filter((page) => page.scriptRendered);
        expect(scripted).to.have.length(20);
        for (const page of site.pages.values()) {
            const inHtml = extractEmails({ url: `https://${site.domain}${page.path}`, html: page.html }).map((hit) => hit.address);
            expect(inHtml, page.path).to.have.length(page.scriptRendered ? 0 : 1);
        }
    });
    it('reaches every page within depth 2 of the home page', () => {
        const site = generateScrapeSite({ pages: 500 });
        const depth = new Map([['/', 0]]);
        const queue = ['/'];
        while (queue.length > 0) {
            const path = queue.shift();
            for (const target of links(site.pages.get(path).html)) {
                if (depth.has(target))
                    continue;
                depth.set(target, depth.get(path) + 1);
                queue.push(target);
            }
        }
        expect(depth.size).to.equal(500);
        expect(Math.max(...depth.values())).to.equal(2);
    });
    it('is deterministic', () => {
        const html = (options) => [...generateScrapeSite(options).pages.values()].map((page) => page.html);
        expect(html({ pages: 50 })).to.deep.equal(html({ pages: 50 }));
    });
    const bad = [
        { options: { pages: 21 }, message: /pages must be between 22 and 1000/ },
        { options: { pages: 1001 }, message: /pages must be between/ },
        { options: { pages: 50.5 }, message: /pages must be between/ },
        { options: { scriptedEvery: 0 }, message: /scriptedEvery must be a positive integer/ },
        { options: { hubs: 0 }, message: /hubs must be between 1/ },
        { options: { pages: 30, hubs: 29 }, message: /hubs must be between 1 and 28/ },
    ];
    for (const { options, message } of bad) {
        it(`refuses ${JSON.stringify(options)}`, () => {
            expect(() => generateScrapeSite(options)).to.throw(RangeError, message);
        });
    }
});
//# sourceMappingURL=bench-scrape-site.test.js.map