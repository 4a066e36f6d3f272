import { expect } from 'chai';
import fs from 'node:fs';
import { printGatewaySchema, SCHEMA_FILE } from '../../scripts/emit-schema.js';
describe('schema/schema.graphql', () => {
    it('is the schema the gateway serves (run `npm run build` and commit it when this fails)', async () => {
        expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).to.equal(await printGatewaySchema());
    });
    it('keeps the public contract names', async () => {
        const sdl = await printGatewaySchema();
        for (const name of [
            'startScraping(input: StartScrapingInput!): Job!',
            'cancelJob(id: ID!): Job!',
            'scrapingEvents(afterSeq: Int, jobId: ID!): ScrapingEvent!',
            'job(id: ID!): Job',
            'interface ScrapingEvent implements JobEvent',
            'type ScrapingProgress implements JobEvent & ScrapingEvent',
            'scalar DateTime',
        ]) {
            expect(sdl).to.include(name);
        }
    });
});
//# sourceMappingURL=schema-file.test.js.map