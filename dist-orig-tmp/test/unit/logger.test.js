import { expect } from 'chai';
import { createLogger, InvalidLogConfigError, loggerOptionsFromEnv, scrubSecrets, warnTo } from '../../observability/logger.js';
function capture(options = {}) {
    const lines = [];
    const logger = createLogger({ format: 'json', ...options, destination: { write: (line) => lines.push(line) } });
    return { logger, lines, json: () => lines.map((line) => JSON.parse(line)) };
}
describe('logger', () => {
    it('writes one JSON object per line with level label, time, message and fields', () => {
        const { logger, json, lines } = capture({ base: { service: 'test' } });
        logger.info({ jobId: 'j1', durationMs: 12 }, 'Job j1 completed');
        expect(lines).to.have.length(1);
        expect(lines[0].endsWith('\n')).to.equal(true);
        const [line] = json();
        expect(line).to.include({ level: 'info', service: 'test', jobId: 'j1', durationMs: 12, msg: 'Job j1 completed' });
        expect(Number.isNaN(Date.parse(line.time))).to.equal(false);
    });
    it('drops lines below the level', () => {
        const { logger, lines } = capture({ level: 'warn' });
        logger.info({}, 'not shown');
        logger.debug({}, 'not shown');
        logger.warn({}, 'shown');
        expect(lines).to.have.length(1);
    });
    it('pretty format gives readable text, not JSON', () => {
        const { logger, lines } = capture({ format: 'pretty' });
        logger.warn({ jobId: 'j2' }, 'Company X failed');
        expect(lines.join('')).to.match(/WARN.*Company X failed/);
        expect(() => JSON.parse(lines[0])).to.throw();
    });
    it('redacts credential fields, URL credentials and known secrets anywhere in a line', () => {
        const apiKey = 'pl_live_0123456789abcdefXYZ';
        const { logger, lines } = capture({ secrets: [apiKey, 'natsPassw0rd!'] });
        logger.warn({
            headers: { authorization: `Bearer ${apiKey}`, 'x-api-key': 'other-secret-value' },
            connectionParams: { apiKey: 'hidden-too' },
            password: 'plain-password-field',
            url: 'nats://pl:natsPassw0rd!@127.0.0.1:4222',
            other: 'tls://token-only-secret@nats.example:4222',
        }, `Refused a request with key ${apiKey}`);
        logger.error({ err: new Error(`boom with ${apiKey}`, { cause: new Error('nats://u:natsPassw0rd!@h:1 refused') }) }, 'failed');
        const text = lines.join('');
        for (const secret of [apiKey, 'natsPassw0rd!', 'other-secret-value', 'hidden-too', 'plain-password-field', 'token-only-secret']) {
            expect(text, secret).not.to.include(secret);
        }
        expect(text).to.include('[REDACTED]');
        expect(text).to.include('127.0.0.1:4222');
    });
    it('scrubSecrets also masks a secret written JSON-escaped', () => {
        expect(scrubSecrets('{"k":"a\\"quoted\\"secret"}', ['a"quoted"secret'])).to.equal('{"k":"[REDACTED]"}');
    });
    it('serializes errors with their cause', () => {
        const { logger, json } = capture();
        warnTo(logger)('Gave up', new Error('outer', { cause: new Error('inner cause') }));
        const [line] = json();
        expect(line.msg).to.equal('Gave up');
        expect(line.err.message).to.include('outer');
        expect(JSON.stringify(line.err)).to.include('inner cause');
    });
    it('reads LOG_LEVEL and LOG_FORMAT, refusing unknown values with the variable named', () => {
        expect(loggerOptionsFromEnv({})).to.deep.equal({ level: 'info', format: undefined });
        expect(loggerOptionsFromEnv({ LOG_LEVEL: 'DEBUG', LOG_FORMAT: 'Pretty' })).to.deep.equal({ level: 'debug', format: 'pretty' });
        expect(() => loggerOptionsFromEnv({ LOG_LEVEL: 'verbose' })).to.throw(InvalidLogConfigError, /LOG_LEVEL/);
        expect(() => loggerOptionsFromEnv({ LOG_FORMAT: 'xml' })).to.throw(InvalidLogConfigError, /LOG_FORMAT/);
    });
});
//# sourceMappingURL=logger.test.js.map