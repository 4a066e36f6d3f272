import { expect } from 'chai';
import { createServer as createNetServer } from 'node:net';
import { BrowserNeededError, fetchDocument } from '../../actors/crawl/http-fetch.js';
import { assertUrlAllowed } from '../../actors/crawl/network-guard.js';
import { PageLoadError } from '../../actors/crawl/page-load-error.js';
import { USER_AGENT } from '../../actors/crawl/user-agent.js';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
const HUGE_PAGE_BYTES = 8_000_000;
function html(body, headers = {}) {
    return (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(`<!doctype html><title>T</title>${body}`);
    };
}
function redirect(status, location, headers = {}) {
    return (_req, res) => {
        res.writeHead(status, { location, ...headers });
        res.end();
    };
}
async function expectLoadError(promise) {
    try {
        await promise;
    }
    catch (error) {
        expect(error).to.be.instanceOf(PageLoadError);
        return error;
    }
    expect.fail('expected a PageLoadError');
}
describe('fetchDocument (plain HTTP first try, same safety rules as the browser)', function () {
    this.timeout(30_000);
    let site;
    let seenUserAgents;
    let checked;
    before(async () => {
        site = await serveAcmeSite({
            '/ua': (req, res) => {
                seenUserAgents.push(req.headers['user-agent'] ?? '');
                html('<p>ok</p>')(req, res);
            },
            '/hop-1': redirect(301, '/hop-2'),
            '/hop-2': redirect(302, '/contact.html'),
            '/to-metadata': redirect(302, 'http://169.254.169.254/latest/meta-data/'),
            '/to-ftp': redirect(302, 'ftp://files.acme.example/'),
            '/cookie-loop': redirect(302, '/cookie-loop', { 'set-cookie': 'session=1; Path=/' }),
            '/no-type-html': (_req, res) => {
                res.writeHead(200);
                res.end('<!DOCTYPE html><html><body><p>sniffed</p></body></html>');
            },
            '/no-type-binary': (_req, res) => {
                res.writeHead(200);
                res.end(Buffer.from([0, 1, 2, 3, 255, 254]));
            },
            '/latin1': (_req, res) => {
                res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
                res.end(Buffer.from([...Buffer.from('<p>Soci'), 0xe9, 0x74, 0xe9, '<'.charCodeAt(0), '/'.charCodeAt(0), 'p'.charCodeAt(0), '>'.charCodeAt(0)]));
            },
            '/attachment': html('<p>piece-jointe@acme-industries.fr</p>', { 'content-disposition': 'attachment; filename="x.html"' }),
            '/empty': (_req, res) => {
                res.writeHead(204);
                res.end();
            },
            '/gone': (_req, res) => {
                res.writeHead(410, { 'content-type': 'text/html' });
                res.end('<p>gone</p>');
            },
            '/huge': (_req, res) => {
                res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
                const chunk = 'x'.repeat(64 * 1024);
                for (let written = 0; written < HUGE_PAGE_BYTES; written += chunk.length)
                    res.write(chunk);
                res.end();
            },
        });
    });
    after(() => site.close());
    beforeEach(() => {
        seenUserAgents = [];
        checked = [];
    });
    function options(overrides = {}) {
        return {
            timeoutMs: 5000,
            networkPolicy: { allowPrivateNetworks: true },
            signal: new AbortController().signal,
            checkUrl: async (url) => {
                checked.push(new URL(url).pathname);
                await assertUrlAllowed(url, { allowPrivateNetworks: true });
            },
            ...overrides,
        };
    }
    const at = (path) => new URL(path, site.url).href;
    it('fetches an HTML page with its status, headers and the crawler user agent', async () => {
        const page = await fetchDocument(at('/ua'), options());
        expect(page).to.include({ status: 200, isHtml: true, finalUrl: at('/ua') });
        expect(page.contentType).to.match(/^text\/html/);
        expect(page.headers['content-type']).to.match(/^text\/html/);
        expect(page.html).to.include('<p>ok</p>');
        expect(page.redirectChain).to.deep.equal([]);
        expect(seenUserAgents).to.deep.equal([USER_AGENT]);
    });
    it('follows redirects by hand, records them and checks every hop', async () => {
        const page = await fetchDocument(at('/hop-1'), options());
        expect(page.finalUrl).to.equal(at('/contact.html'));
        expect(page.redirectChain).to.deep.equal([at('/hop-1'), at('/hop-2')]);
        expect(checked).to.deep.equal(['/hop-1', '/hop-2', '/contact.html']);
        expect(page.html).to.include('mailto:');
    });
    it('refuses a redirect to a cloud metadata address before requesting it', async () => {
        const error = await expectLoadError(fetchDocument(at('/to-metadata'), options()));
        expect(error.code).to.equal('blocked');
        expect(error.retryable).to.equal(false);
        expect(error.message).to.include('169.254.169.254');
    });
    it('refuses the connected address even when the pre-check was fooled (DNS rebinding)', async () => {
        // The check "resolves" localhost to a public address; the connection still resolves it
        // again, to 127.0.0.1, and the guarded lookup refuses it at connect time.
        const error = await expectLoadError(fetchDocument(`http://localhost:${site.port}/`, options({ networkPolicy: { allowPrivateNetworks: false }, checkUrl: async () => undefined })));
        expect(error.code).to.equal('blocked');
        expect(error.message).to.match(/localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
        expect(error.message).to.include(`http://localhost:${site.port}/`);
    });
    it('fails a redirect loop like Chromium does, and asks for the browser when it sets cookies', async () => {
        const loop = await expectLoadError(fetchDocument(at('/loop-a'), options()));
        expect(loop.message).to.equal(`Could not load ${at('/loop-a')}: net::ERR_TOO_MANY_REDIRECTS (redirect loop)`);
        expect(loop.retryable).to.equal(false);
        let needed;
        await fetchDocument(at('/cookie-loop'), options()).catch((error) => {
            needed = error;
        });
        expect(needed).to.be.instanceOf(BrowserNeededError);
    });
    it('refuses a redirect to a non-web scheme', async () => {
        const error = await expectLoadError(fetchDocument(at('/to-ftp'), options()));
        expect(error.code).to.equal('net::ERR_UNSAFE_REDIRECT');
    });
    it('records a non-HTML document without reading it', async () => {
        const json = await fetchDocument(at('/api/status'), options());
        expect(json).to.include({ isHtml: false, html: '', status: 200 });
        expect(json.contentType).to.match(/^application\/json/);
        const pdf = await fetchDocument(at('/brochure.pdf'), options());
        expect(pdf).to.include({ isHtml: false, html: '' });
    });
    it('sniffs documents served without a Content-Type', async () => {
        expect(await fetchDocument(at('/no-type-html'), options())).to.include({ isHtml: true, contentType: 'text/html' });
        expect(await fetchDocument(at('/no-type-binary'), options())).to.include({ isHtml: false, html: '' });
    });
    it('decodes the declared charset', async () => {
        expect((await fetchDocument(at('/latin1'), options())).html).to.equal('<p>Société</p>');
    });
    it('treats downloads and empty responses as no page, worded like Chromium', async () => {
        for (const path of ['/attachment', '/empty']) {
            const error = await expectLoadError(fetchDocument(at(path), options()));
            expect(error.message).to.equal(`Could not load ${at(path)}: net::ERR_ABORTED (the response is a download or empty, not a page)`);
        }
    });
    it('reports an error status without reading the body', async () => {
        const gone = await fetchDocument(at('/gone'), options());
        expect(gone).to.include({ status: 410, isHtml: true, html: '' });
    });
    it('caps what it reads of a huge page', async () => {
        const page = await fetchDocument(at('/huge'), options({ maxBytes: 1_000_000 }));
        expect(page.html.length).to.equal(1_000_000);
    });
    it('gives up after timeoutMs on a host that never answers', async () => {
        const error = await expectLoadError(fetchDocument(at('/hang'), options({ timeoutMs: 1000 })));
        expect(error.message).to.equal(`Could not load ${at('/hang')}: no response within 1000 ms`);
        expect(error.retryable).to.equal(true);
    });
    it('stops at once when its signal aborts, with the signal reason, and drops the connection', async () => {
        const controller = new AbortController();
        const aborting = await serveAcmeSite({ '/hang': () => controller.abort(new Error('job cancelled')) });
        try {
            let caught;
            await fetchDocument(new URL('/hang', aborting.url).href, options({ signal: controller.signal, timeoutMs: 60_000 })).catch((error) => {
                caught = error;
            });
            expect(caught.message).to.equal('job cancelled');
            while (aborting.openRequests() > 0)
                await new Promise((resolve) => setTimeout(resolve, 20));
        }
        finally {
            await aborting.close();
        }
    });
    it('fails, retryable, when the host refuses connections, worded like Chromium', async () => {
        const server = createNetServer();
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        const { port } = server.address();
        await new Promise((resolve) => server.close(() => resolve()));
        const error = await expectLoadError(fetchDocument(`http://127.0.0.1:${port}/`, options()));
        expect(error.message).to.equal(`Could not load http://127.0.0.1:${port}/: net::ERR_CONNECTION_REFUSED (connection refused)`);
        expect(error.retryable).to.equal(true);
    });
    it('fails when the server closes the connection without answering', async () => {
        const server = createNetServer((socket) => socket.destroy());
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        const { port } = server.address();
        try {
            const error = await expectLoadError(fetchDocument(`http://127.0.0.1:${port}/`, options()));
            expect(error.message).to.match(/net::ERR_(EMPTY_RESPONSE|CONNECTION_RESET)/);
        }
        finally {
            await new Promise((resolve) => server.close(() => resolve()));
        }
    });
});
//# sourceMappingURL=crawler-http-fetch.test.js.map