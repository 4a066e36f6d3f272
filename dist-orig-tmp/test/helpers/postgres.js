/**
 * A private PostgreSQL schema for one test run on the shared server (127.0.0.1:5432, trust
 * auth, database `test`; `PROSPECTLAB_TEST_DATABASE_URL` overrides): created on demand,
 * dropped with everything in it by `drop()`. The URL it gives selects the schema through
 * `options=-c search_path=…`, so every process pointed at it works inside the schema only.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
export const TEST_DATABASE_URL = process.env.PROSPECTLAB_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Appends `options=-c search_path=<schema>` to a database URL. */
export function urlWithSchema(baseUrl, schema) {
    const url = new URL(baseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
}
export async function createTestSchema(baseUrl = TEST_DATABASE_URL) {
    const name = `pl_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
        await admin.query(`CREATE SCHEMA ${name}`);
    }
    finally {
        await admin.end();
    }
    return {
        name,
        url: urlWithSchema(baseUrl, name),
        async drop() {
            const client = new pg.Client({ connectionString: baseUrl });
            await client.connect();
            try {
                await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
            }
            finally {
                await client.end();
            }
        },
    };
}
//# sourceMappingURL=postgres.js.map