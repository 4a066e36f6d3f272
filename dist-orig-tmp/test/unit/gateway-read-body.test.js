import { expect } from 'chai';
import http from 'node:http';
import { PayloadTooLargeError, readBody } from '../../gateway/http/http-util.js';
/** A server answering 200 with the body's size, or 413 when readBody refuses it. */
async function serve(maxBytes) {
    const server = http.createServer((req, res) => {
        readBody(req, maxBytes).then((body) => res.end(String(body.length)), (error) => {
            res.statusCode = error instanceof PayloadTooLargeError ? 413 : 500;
            res.end(error instanceof Error ? error.message : String(error));
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
/** Sends `chunks` as a chunked body over `agent`; resolves with the status, the answer and the socket used. */
function post(url, agent, chunks) {
    return new Promise((resolve, reject) => {
        const req = http.request(url, { method: 'POST', agent }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (part) => (text += part));
            res.on('end', () => resolve({ status: res.statusCode, text, socket: req.socket }));
        });
        req.on('error', reject);
        for (const chunk of chunks)
            req.write(chunk);
        req.end();
    });
}
describe('readBody (request bodies of the gateway)', () => {
    it('reads a body within the limit', async () => {
        const server = await serve(1000);
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
            expect(await post(server.url, agent, [Buffer.alloc(400), Buffer.alloc(600)])).to.include({ status: 200, text: '1000' });
        }
        finally {
            agent.destroy();
            await server.close();
        }
    });
    it('refuses a larger body only once it is read, so the client gets the 413 and the connection stays usable', async () => {
        const server = await serve(64 * 1024);
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
            const big = Array.from({ length: 48 }, () => Buffer.alloc(64 * 1024, 120)); // 3 MiB, chunked
            const refused = await post(server.url, agent, big);
            expect(refused).to.include({ status: 413, text: 'The request body is larger than 65536 bytes' });
            const next = await post(server.url, agent, [Buffer.from('ok')]);
            expect(next).to.include({ status: 200, text: '2' });
            expect(next.socket, 'the same keep-alive connection').to.equal(refused.socket);
        }
        finally {
            agent.destroy();
            await server.close();
        }
    });
});
//# sourceMappingURL=gateway-read-body.test.js.map