import { expect } from 'chai';
import { FatalConfigError, loadConfig } from '../../main/config.js';
import { openStore } from '../../gateway/store/open-store.js';
import { DatabaseUnavailableError } from '../../gateway/store/postgres-backend.js';
import { freePort } from '../helpers/nats-server.js';
describe('store and outbox settings', () => {
    it('selects PostgreSQL only with a postgres:// URL and a sane pool size', () => {
        expect(loadConfig({}).databaseUrl).to.equal(undefined);
        expect(loadConfig({ PROSPECTLAB_DATABASE_URL: 'postgres://u@db:5432/pl', PROSPECTLAB_DATABASE_POOL_SIZE: '3' })).to.include({
            databaseUrl: 'postgres://u@db:5432/pl',
            databasePoolSize: 3,
        });
        expect(loadConfig({ PROSPECTLAB_DATABASE_URL: 'postgresql://db/pl' }).databaseUrl).to.equal('postgresql://db/pl');
    });
    for (const [name, value, message] of [
        ['PROSPECTLAB_DATABASE_URL', 'mysql://db/pl', /must start with postgres:\/\//],
        ['PROSPECTLAB_DATABASE_URL', 'not a url', /must be a URL/],
        ['PROSPECTLAB_DATABASE_POOL_SIZE', '0', /PROSPECTLAB_DATABASE_POOL_SIZE must be an integer between 1 and 500/],
        ['PROSPECTLAB_WORK_SEND_WARN_MS', 'soon', /PROSPECTLAB_WORK_SEND_WARN_MS must be an integer/],
        ['PROSPECTLAB_TEST_CRASH_AFTER_COMMIT', 'always', /must be dispatch or dispatch:<n>/],
        ['PROSPECTLAB_TEST_CRASH_AFTER_COMMIT', 'dispatch:0', /must be dispatch or dispatch:<n>/],
    ]) {
        it(`refuses ${name}=${JSON.stringify(value)} naming the variable`, () => {
            expect(() => loadConfig({ [name]: value })).to.throw(FatalConfigError, message);
        });
    }
    it('reads the fault-test hook: dispatch is the first outbox commit, dispatch:<n> the n-th', () => {
        expect(loadConfig({ PROSPECTLAB_TEST_CRASH_AFTER_COMMIT: 'dispatch' }).testCrashAfterOutboxCommit).to.equal(1);
        expect(loadConfig({ PROSPECTLAB_TEST_CRASH_AFTER_COMMIT: 'dispatch:3' }).testCrashAfterOutboxCommit).to.equal(3);
        expect(loadConfig({}).testCrashAfterOutboxCommit).to.equal(undefined);
    });
    it('a PostgreSQL nobody answers at is one clear error naming it, without the credentials', async () => {
        const port = await freePort();
        try {
            await openStore({ databaseUrl: `postgres://someone:secret@127.0.0.1:${port}/pl`, warn: () => { } });
            expect.fail('the store should not open');
        }
        catch (error) {
            expect(error).to.be.instanceOf(DatabaseUnavailableError);
            expect(error.message).to.match(new RegExp(`^Cannot use PostgreSQL at 127\\.0\\.0\\.1:${port}/pl: .*ECONNREFUSED`));
            expect(error.message).not.to.include('secret');
        }
    });
});
//# sourceMappingURL=store-config.test.js.map