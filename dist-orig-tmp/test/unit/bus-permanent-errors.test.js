/** Which bus errors are permanent (never retried) and which are transient. */
import { expect } from 'chai';
import { ErrorCode, NatsError } from 'nats';
import { BusTimeoutError, BusUnavailableError, InvalidPayloadError, InvalidSubjectError, isPermanentBusError, StreamConfigError } from '../../bus/bus.js';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { toBusError } from '../../bus/nats-errors.js';
describe('bus: permanent and transient send failures', () => {
    it('classifies the bus error classes', () => {
        expect(isPermanentBusError(new InvalidPayloadError('too big'))).to.equal(true);
        expect(isPermanentBusError(new InvalidSubjectError('bad'))).to.equal(true);
        expect(isPermanentBusError(new StreamConfigError('conflict'))).to.equal(true);
        expect(isPermanentBusError(new RangeError('msgId must be a non-empty string'))).to.equal(true);
        expect(isPermanentBusError(new BusUnavailableError('down'))).to.equal(false);
        expect(isPermanentBusError(new BusTimeoutError('slow'))).to.equal(false);
        expect(isPermanentBusError(new Error('other'))).to.equal(false);
    });
    it('a NATS max-payload refusal is permanent, a timeout is not', () => {
        expect(isPermanentBusError(toBusError(new NatsError('MAX_PAYLOAD_EXCEEDED', ErrorCode.MaxPayloadExceeded), 'Send'))).to.equal(true);
        expect(isPermanentBusError(toBusError(new NatsError('TIMEOUT', ErrorCode.Timeout), 'Send'))).to.equal(false);
    });
    it('the embedded bus refuses an oversized send with a permanent error', async () => {
        const bus = new EmbeddedBus({ maxPayloadBytes: 100 });
        try {
            await bus.ensureStream({ name: 'T', subjects: ['t.>'] });
            let caught;
            try {
                await bus.send('t.work', { text: 'x'.repeat(200) });
            }
            catch (error) {
                caught = error;
            }
            expect(isPermanentBusError(caught), String(caught)).to.equal(true);
            expect(caught.message).to.match(/exceeds the maximum of 100 bytes/);
        }
        finally {
            await bus.close();
        }
    });
});
//# sourceMappingURL=bus-permanent-errors.test.js.map