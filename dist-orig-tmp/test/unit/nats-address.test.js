import { expect } from 'chai';
import { describeNatsServers } from '../../bus/nats-options.js';
describe('describeNatsServers (NATS addresses in messages and logs)', () => {
    const cases = [
        ['nats://127.0.0.1:4222', 'nats://127.0.0.1:4222'],
        ['nats://gateway:s3cret@nats.internal:4222', 'nats://nats.internal:4222'],
        ['tls://token-abc@nats.example.com', 'tls://nats.example.com'],
        ['user:pass@127.0.0.1:4222', '127.0.0.1:4222'],
        [['nats://a:1@n1:4222', ' nats://n2:4222 '], 'nats://n1:4222, nats://n2:4222'],
        ['nats://n1:4222/path@x', 'nats://n1:4222/path@x'],
    ];
    for (const [servers, expected] of cases) {
        it(`${JSON.stringify(servers)} → ${expected}`, () => {
            expect(describeNatsServers(servers)).to.equal(expected);
        });
    }
});
//# sourceMappingURL=nats-address.test.js.map