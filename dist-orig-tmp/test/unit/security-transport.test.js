/** Pure helpers of the transports' security: CORS origins, WebSocket key extraction, error masking. */
import { expect } from 'chai';
import { GraphQLError, parse } from 'graphql';
import { isSameOrigin, isWebSocketOriginAllowed, parseCorsOrigins, InvalidCorsOriginError } from '../../gateway/security/cors.js';
import { formatSocketErrors, maskInternalError } from '../../gateway/security/error-masking.js';
import { hostnameOfHostHeader, isHostHeaderAllowed, isLoopbackHostname } from '../../gateway/security/host-check.js';
import { isApiPath } from '../../gateway/security/http-auth.js';
import { apiKeyFromConnectionParams } from '../../gateway/security/socket-security.js';
const KEY = 'pl_key_AAAAAAAAAAAAAAAA';
function upgradeRequest(headers) {
    return { headers };
}
describe('CORS origins', () => {
    it('parses a list, dropping trailing slashes and lower-casing hosts', () => {
        expect(parseCorsOrigins('https://CRM.example.com/, http://localhost:5173 ,*')).to.deep.equal(['https://crm.example.com', 'http://localhost:5173', '*']);
        expect(parseCorsOrigins('')).to.deep.equal([]);
    });
    for (const item of ['crm.example.com', 'https://crm.example.com/app', 'https://crm.example.com?x=1', 'file:///etc', 'not a url']) {
        it(`refuses ${JSON.stringify(item)}`, () => expect(() => parseCorsOrigins(item)).to.throw(InvalidCorsOriginError));
    }
    const sameOrigin = [
        ['http://127.0.0.1:4000', '127.0.0.1:4000', true],
        ['https://prospectlab.example.com', 'prospectlab.example.com', true],
        ['https://prospectlab.example.com', 'PROSPECTLAB.example.com', true],
        ['http://127.0.0.1:4001', '127.0.0.1:4000', false],
        ['https://evil.example', 'prospectlab.example.com', false],
        ['null', 'prospectlab.example.com', false],
        ['https://prospectlab.example.com', null, false],
    ];
    for (const [origin, host, expected] of sameOrigin) {
        it(`isSameOrigin(${origin}, ${host}) is ${expected}`, () => expect(isSameOrigin(origin, host)).to.equal(expected));
    }
    const upgrades = [
        ['a client without Origin (not a browser)', { host: '127.0.0.1:4000' }, [], true],
        ['a same-origin page', { host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }, [], true],
        ['another origin', { host: '127.0.0.1:4000', origin: 'https://evil.example' }, [], false],
        ['a listed origin', { host: '127.0.0.1:4000', origin: 'https://crm.example.com' }, ['https://crm.example.com'], true],
        ['any origin with *', { host: '127.0.0.1:4000', origin: 'https://evil.example' }, ['*'], true],
        ['the opaque origin of a sandboxed page', { host: '127.0.0.1:4000', origin: 'null' }, ['https://crm.example.com'], false],
    ];
    for (const [name, headers, allowed, expected] of upgrades) {
        it(`${expected ? 'lets' : 'refuses'} a WebSocket upgrade from ${name}`, () => {
            expect(isWebSocketOriginAllowed(upgradeRequest(headers), allowed)).to.equal(expected);
        });
    }
});
describe('Host check against DNS rebinding (open mode on loopback)', () => {
    const loopback = [
        ['127.0.0.1', true],
        ['127.8.9.10', true],
        ['2130706433', true],
        ['0x7f.1', true],
        ['localhost', true],
        ['LOCALHOST.', true],
        ['app.localhost', true],
        ['::1', true],
        ['[::1]', true],
        ['::ffff:127.0.0.1', true],
        ['0.0.0.0', false],
        ['10.0.0.1', false],
        ['attacker.example', false],
        ['localhost.attacker.example', false],
        ['127.0.0.1.attacker.example', false],
        ['[::2]', false],
        ['', false],
    ];
    for (const [host, expected] of loopback)
        it(`isLoopbackHostname(${JSON.stringify(host)}) is ${expected}`, () => expect(isLoopbackHostname(host)).to.equal(expected));
    it('reads the host name of a Host header', () => {
        expect(hostnameOfHostHeader('127.0.0.1:4000')).to.equal('127.0.0.1');
        expect(hostnameOfHostHeader('[::1]:4000')).to.equal('[::1]');
        expect(hostnameOfHostHeader('bad host')).to.equal(null);
        expect(hostnameOfHostHeader(undefined)).to.equal(null);
    });
    const rows = [
        ['127.0.0.1:4000', '127.0.0.1', true, true],
        ['localhost:4000', '127.0.0.1', true, true],
        ['attacker.example:4000', '127.0.0.1', true, false],
        [undefined, '127.0.0.1', true, false],
        ['attacker.example:4000', '127.0.0.1', false, true],
        ['prospectlab.example.com', '0.0.0.0', true, true],
        ['attacker.example', 'localhost', true, false],
    ];
    for (const [header, listen, open, expected] of rows) {
        it(`Host ${header} on ${listen} (${open ? 'open mode' : 'keys'}) is ${expected ? 'served' : 'refused'}`, () => {
            expect(isHostHeaderAllowed(header, listen, open)).to.equal(expected);
        });
    }
});
describe('API paths needing a key', () => {
    const rows = [
        ['/graphql', true],
        ['/uploads', true],
        ['/jobs/0b6f2a34-0000-4000-8000-000000000000/export.csv', true],
        ['/jobs', true],
        ['/healthz', false],
        ['/readyz', false],
        ['/', false],
        ['/graphiql', false],
        ['/app.js', false],
        ['/graphqlx', false],
    ];
    for (const [path, expected] of rows)
        it(`${path} -> ${expected}`, () => expect(isApiPath(path)).to.equal(expected));
});
describe('apiKeyFromConnectionParams', () => {
    const rows = [
        ['apiKey', { apiKey: KEY }, KEY],
        ['authorization Bearer', { authorization: `Bearer ${KEY}` }, KEY],
        ['Authorization Bearer', { Authorization: `Bearer ${KEY}` }, KEY],
        ['headers.authorization', { headers: { authorization: `Bearer ${KEY}` } }, KEY],
        ['a non-Bearer authorization', { authorization: `Basic ${KEY}` }, null],
        ['a non-string apiKey', { apiKey: 42 }, null],
        ['nothing', {}, null],
        ['no params', undefined, null],
    ];
    for (const [name, params, expected] of rows) {
        it(`${name} -> ${expected === null ? 'no key' : 'the key'}`, () => expect(apiKeyFromConnectionParams(params)).to.equal(expected));
    }
});
describe('error masking', () => {
    const internal = {
        message: 'SQLITE_CANTOPEN: unable to open /srv/prospectlab/data/jobs.db',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: at /srv/x.js:1'] },
        path: ['jobs'],
    };
    it('replaces internal errors in production, keeping the path', () => {
        expect(maskInternalError(internal, true)).to.deep.equal({
            message: 'Internal server error',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
            path: ['jobs'],
        });
        expect(maskInternalError({ message: 'no code at /srv/x.js' }, true)).to.deep.equal({
            message: 'Internal server error',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
    });
    it('keeps client errors, minus any stack trace, in production', () => {
        const clientError = { message: 'No job with id "x"', extensions: { code: 'JOB_NOT_FOUND', jobId: 'x', stacktrace: ['at /srv'] } };
        expect(maskInternalError(clientError, true)).to.deep.equal({ message: 'No job with id "x"', extensions: { code: 'JOB_NOT_FOUND', jobId: 'x' } });
    });
    it('changes nothing outside production', () => expect(maskInternalError(internal, false)).to.equal(internal));
    describe('formatSocketErrors (graphql-ws) gives Apollo-like codes', () => {
        const variableError = (() => {
            const operation = parse('query ($id: ID!) { job(id: $id) { id } }').definitions[0];
            return new GraphQLError('Variable "$id" of required type "ID!" was not provided.', { nodes: [operation.variableDefinitions[0]] });
        })();
        const thrown = new GraphQLError('Cannot read properties of undefined (reading "x")', { originalError: new TypeError('at /srv/prospectlab/dist/x.js') });
        const coded = new GraphQLError('No job with id "x"', { extensions: { code: 'JOB_NOT_FOUND' } });
        const argumentError = new GraphQLError('Argument Validation Error', {
            extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ property: 'maxPages', constraints: { max: 'maxPages must not be greater than 1000' } }] },
        });
        it('in production', () => {
            expect(formatSocketErrors([variableError, thrown, coded, argumentError], true)).to.deep.equal([
                { message: variableError.message, locations: [{ line: 1, column: 8 }], extensions: { code: 'BAD_USER_INPUT' } },
                { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
                { message: 'No job with id "x"', extensions: { code: 'JOB_NOT_FOUND' } },
                {
                    message: 'maxPages must not be greater than 1000',
                    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'maxPages', messages: ['maxPages must not be greater than 1000'] }], field: 'maxPages' },
                },
            ]);
        });
        it('in development the internal message stays (no stack trace is ever sent on the socket)', () => {
            const [formatted] = formatSocketErrors([thrown], false);
            expect(formatted).to.deep.equal({ message: thrown.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        });
    });
});
//# sourceMappingURL=security-transport.test.js.map