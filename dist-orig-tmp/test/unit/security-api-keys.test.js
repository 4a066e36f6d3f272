import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyRing, bearerToken, checkApiKey, InvalidApiKeyError, ownerIdOfKey, parseApiKeyList, readApiKeysFile } from '../../gateway/security/api-keys.js';
const KEY_A = 'pl_live_AAAAAAAAAAAAAAAAAAAA';
const KEY_B = 'pl_live_BBBBBBBBBBBBBBBBBBBB';
describe('API keys', () => {
    describe('parseApiKeyList', () => {
        const rows = [
            [KEY_A, [KEY_A]],
            [`${KEY_A},${KEY_B}`, [KEY_A, KEY_B]],
            [` ${KEY_A} , ${KEY_B} ,`, [KEY_A, KEY_B]],
            ['', []],
            [' , ', []],
        ];
        for (const [list, expected] of rows) {
            it(`${JSON.stringify(list)} -> ${expected.length} key(s)`, () => expect(parseApiKeyList(list)).to.deep.equal(expected));
        }
        const bad = [
            ['short', /PROSPECTLAB_API_KEYS item 1: an API key must have 16 to 512 characters \(got 5\)/],
            [`${KEY_A},tooshort`, /item 2/],
            ['x'.repeat(513), /16 to 512 characters \(got 513\)/],
            ['key with spaces inside it', /item 1/],
            ['ключключключключключ', /printable ASCII/],
        ];
        for (const [list, message] of bad) {
            it(`refuses ${JSON.stringify(list.slice(0, 30))}`, () => {
                expect(() => parseApiKeyList(list)).to.throw(InvalidApiKeyError, message);
            });
        }
    });
    describe('readApiKeysFile', () => {
        let dir;
        before(() => (dir = mkdtempSync(join(tmpdir(), 'pl-keys-'))));
        after(() => rmSync(dir, { recursive: true, force: true }));
        it('reads one key per line, skipping blank lines and # comments, CRLF or LF', () => {
            const file = join(dir, 'keys');
            writeFileSync(file, `# integration partners\r\n${KEY_A}\r\n\r\n  ${KEY_B}  \n# revoked: ${KEY_A}x\n`);
            expect(readApiKeysFile(file)).to.deep.equal([KEY_A, KEY_B]);
        });
        it('names the file and line of a bad key', () => {
            const file = join(dir, 'bad-keys');
            writeFileSync(file, `${KEY_A}\nshort\n`);
            expect(() => readApiKeysFile(file)).to.throw(InvalidApiKeyError, `${file} line 2`);
        });
        it('refuses a missing file with the cause', () => {
            try {
                readApiKeysFile(join(dir, 'missing'));
                expect.fail('expected an error');
            }
            catch (error) {
                expect(error).to.be.instanceOf(InvalidApiKeyError);
                expect(error.message).to.contain('cannot be read');
                expect(error.cause).to.be.instanceOf(Error);
            }
        });
    });
    describe('checkApiKey', () => {
        it('accepts every printable character but space and comma', () => {
            expect(checkApiKey('!#$%&()*+-./:;<=>?@[]^_`{|}~0123456789', 'x')).to.be.a('string');
            expect(() => checkApiKey('aaaaaaaaaaaaaaaa,b', 'x')).to.throw(InvalidApiKeyError);
            expect(() => checkApiKey('aaaaaaaaaaaaaaaa\tb', 'x')).to.throw(InvalidApiKeyError);
        });
    });
    describe('ownerIdOfKey', () => {
        it('is stable, distinct per key, and never contains the key', () => {
            expect(ownerIdOfKey(KEY_A)).to.equal(ownerIdOfKey(KEY_A));
            expect(ownerIdOfKey(KEY_A)).to.not.equal(ownerIdOfKey(KEY_B));
            expect(ownerIdOfKey(KEY_A)).to.match(/^key:[0-9a-f]{32}$/);
            expect(ownerIdOfKey(KEY_A)).to.not.contain('AAAA');
        });
    });
    describe('ApiKeyRing', () => {
        const ring = new ApiKeyRing([KEY_A, KEY_B, KEY_A]);
        it('is enabled only with keys', () => {
            expect(ring.enabled).to.equal(true);
            expect(new ApiKeyRing([]).enabled).to.equal(false);
        });
        it('maps each configured key to its owner id', () => {
            expect(ring.ownerOf(KEY_A)).to.equal(ownerIdOfKey(KEY_A));
            expect(ring.ownerOf(KEY_B)).to.equal(ownerIdOfKey(KEY_B));
        });
        const refused = [
            ['a missing key', null],
            ['undefined', undefined],
            ['an empty key', ''],
            ['a prefix of a key', KEY_A.slice(0, -1)],
            ['a key with one more character', `${KEY_A}A`],
            ['a key differing in case', KEY_A.toLowerCase()],
            ['a key with spaces around', ` ${KEY_A} `],
            ['an oversized value', 'x'.repeat(10_000)],
            ['a non-string', 42],
        ];
        for (const [name, presented] of refused) {
            it(`refuses ${name}`, () => expect(ring.ownerOf(presented)).to.equal(null));
        }
        it('refuses everything when no key is configured', () => {
            expect(new ApiKeyRing([]).ownerOf(KEY_A)).to.equal(null);
        });
    });
    describe('bearerToken', () => {
        const rows = [
            [`Bearer ${KEY_A}`, KEY_A],
            [`bearer ${KEY_A}`, KEY_A],
            [`  Bearer   ${KEY_A}  `, KEY_A],
            [`Basic ${KEY_A}`, null],
            [KEY_A, null],
            ['Bearer', null],
            ['Bearer a b', null],
            [undefined, null],
        ];
        for (const [header, expected] of rows) {
            it(`${JSON.stringify(header)} -> ${JSON.stringify(expected)}`, () => expect(bearerToken(header)).to.equal(expected));
        }
    });
});
//# sourceMappingURL=security-api-keys.test.js.map