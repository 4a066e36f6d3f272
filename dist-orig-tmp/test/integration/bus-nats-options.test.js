/**
 * NATS connection settings: reading them from the environment, refusing bad ones with an
 * error that names the culprit, and failing cleanly when no server answers.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BusUnavailableError } from '../../bus/bus.js';
import { InvalidNatsConfigError, NatsBus, natsOptionsFromEnv } from '../../bus/nats-bus.js';
describe('NATS connection options', () => {
    let dir;
    let existingFile;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-nats-opts-'));
        existingFile = path.join(dir, 'file.pem');
        fs.writeFileSync(existingFile, 'not checked here');
    });
    after(() => {
        fs.rmSync(dir, { recursive: true, force: true });
    });
    describe('natsOptionsFromEnv', () => {
        it('returns null when NATS_URL is unset or blank (embedded mode)', () => {
            expect(natsOptionsFromEnv({})).to.equal(null);
            expect(natsOptionsFromEnv({ NATS_URL: '' })).to.equal(null);
            expect(natsOptionsFromEnv({ NATS_URL: '   ' })).to.equal(null);
        });
        it('reads one server or a comma-separated list', () => {
            expect(natsOptionsFromEnv({ NATS_URL: 'nats://127.0.0.1:4222' })).to.deep.equal({
                servers: ['nats://127.0.0.1:4222'],
            });
            expect(natsOptionsFromEnv({ NATS_URL: 'nats://a:4222, tls://b:4443 ,c:4222' })?.servers).to.deep.equal(['nats://a:4222', 'tls://b:4443', 'c:4222']);
        });
        it('reads user/password, token, credentials and TLS files', () => {
            expect(natsOptionsFromEnv({ NATS_URL: 'nats://h:4222', NATS_USER: 'u', NATS_PASSWORD: 'p' })).to.deep.equal({
                servers: ['nats://h:4222'],
                user: 'u',
                pass: 'p',
            });
            expect(natsOptionsFromEnv({ NATS_URL: 'nats://h:4222', NATS_TOKEN: 't' })?.token).to.equal('t');
            expect(natsOptionsFromEnv({ NATS_URL: 'nats://h:4222', NATS_CREDS: existingFile })?.credsFile).to.equal(existingFile);
            expect(natsOptionsFromEnv({
                NATS_URL: 'tls://h:4222',
                NATS_TLS_CA: existingFile,
                NATS_TLS_CERT: existingFile,
                NATS_TLS_KEY: existingFile,
            })?.tls).to.deep.equal({ caFile: existingFile, certFile: existingFile, keyFile: existingFile });
        });
        const bad = [
            ['an http URL', { NATS_URL: 'http://h:4222' }, /NATS_URL/],
            ['a URL without host', { NATS_URL: 'nats://' }, /NATS_URL/],
            ['a URL with a path', { NATS_URL: 'nats://h:4222/x' }, /NATS_URL/],
            ['port 0', { NATS_URL: 'nats://h:0' }, /NATS_URL/],
            ['port 99999', { NATS_URL: 'nats://h:99999' }, /NATS_URL/],
            ['an empty port', { NATS_URL: 'nats://h:' }, /NATS_URL/],
            ['an empty list entry', { NATS_URL: 'nats://a:4222,,nats://b:4222' }, /NATS_URL/],
            ['whitespace inside a URL', { NATS_URL: 'nats://a b:4222' }, /NATS_URL/],
            ['a user without password', { NATS_URL: 'nats://h', NATS_USER: 'u' }, /NATS_USER/],
            ['a password without user', { NATS_URL: 'nats://h', NATS_PASSWORD: 'p' }, /NATS_USER/],
            ['token and user together', { NATS_URL: 'nats://h', NATS_TOKEN: 't', NATS_USER: 'u', NATS_PASSWORD: 'p' }, /NATS_TOKEN/],
            ['a missing credentials file', { NATS_URL: 'nats://h', NATS_CREDS: '/nonexistent/x.creds' }, /NATS_CREDS/],
            ['a certificate without key', { NATS_URL: 'tls://h', NATS_TLS_CERT: '/nonexistent/cert.pem' }, /NATS_TLS_CERT/],
            ['a missing CA file', { NATS_URL: 'tls://h', NATS_TLS_CA: '/nonexistent/ca.pem' }, /NATS_TLS_CA/],
        ];
        for (const [label, env, variable] of bad) {
            it(`refuses ${label}, naming the variable`, () => {
                let caught;
                try {
                    natsOptionsFromEnv(env);
                }
                catch (error) {
                    caught = error;
                }
                expect(caught).to.be.instanceOf(InvalidNatsConfigError);
                expect(caught.message).to.match(variable);
            });
        }
    });
    describe('NatsBus.connect', () => {
        it('refuses bad options before connecting', async () => {
            for (const options of [
                { servers: [] },
                { servers: 'nats://127.0.0.1:4222', fetchExpiresMs: 10 },
                { servers: 'nats://127.0.0.1:4222', drainTimeoutMs: -1 },
                { servers: 'nats://127.0.0.1:4222', user: 'u' },
            ]) {
                let caught;
                try {
                    await NatsBus.connect(options);
                }
                catch (error) {
                    caught = error;
                }
                expect(caught, JSON.stringify(options)).to.be.instanceOf(InvalidNatsConfigError);
            }
        });
        it('rejects with BusUnavailableError when no server answers and waiting is off', async () => {
            const probe = net.createServer();
            await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
            const { port } = probe.address();
            await new Promise((resolve) => probe.close(() => resolve()));
            let caught;
            try {
                await NatsBus.connect({ servers: `nats://127.0.0.1:${port}`, waitOnFirstConnect: false });
            }
            catch (error) {
                caught = error;
            }
            expect(caught).to.be.instanceOf(BusUnavailableError);
        });
    });
});
//# sourceMappingURL=bus-nats-options.test.js.map