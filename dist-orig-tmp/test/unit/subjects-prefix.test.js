import { expect } from 'chai';
import { FatalConfigError, loadConfig } from '../../main/config.js';
import * as names from '../../schema/subjects.js';
describe('NATS prefix (PROSPECTLAB_NATS_PREFIX)', () => {
    afterEach(() => names.useNatsPrefix(names.DEFAULT_NATS_PREFIX));
    it('the default keeps the names of earlier versions', () => {
        expect(names.natsPrefix()).to.equal('pl');
        expect(names.WORK_STREAM).to.deep.equal({ name: 'PL_WORK', subjects: ['pl.work.>'] });
        expect(names.ACTOR_STREAM).to.deep.equal({ name: 'PL_ACTOR', subjects: ['pl.actor.>'] });
        expect([names.ACTOR_CONSUMER, names.GATEWAY_CONSUMER]).to.deep.equal(['actors', 'gateway']);
        expect(names.subjects.companyWork).to.equal('pl.work.company');
    });
    it('prefixes every subject, stream and consumer name, and reads job ids of its own subjects only', () => {
        const jobId = '0e6f3c1a-4a1b-4c47-9d5e-3f1f7c2a9b10';
        names.useNatsPrefix('acme-eu');
        expect(names.WORK_STREAM).to.deep.equal({ name: 'ACME_EU_WORK', subjects: ['acme-eu.work.>'] });
        expect(names.ACTOR_STREAM).to.deep.equal({ name: 'ACME_EU_ACTOR', subjects: ['acme-eu.actor.>'] });
        expect([names.ACTOR_CONSUMER, names.GATEWAY_CONSUMER]).to.deep.equal(['acme-eu_actors', 'acme-eu_gateway']);
        const s = names.subjects;
        expect([s.scrapeWork, s.companyWork, s.allWork, s.allActorOutput, s.allCancels, s.jobState, s.actorHealth]).to.deep.equal([
            'acme-eu.work.scrape',
            'acme-eu.work.company',
            'acme-eu.work.>',
            'acme-eu.actor.>',
            'acme-eu.control.cancel.*',
            'acme-eu.rpc.job-state',
            'acme-eu.rpc.actor-health',
        ]);
        expect([s.actorOutput(jobId), s.jobEvents(jobId), s.cancel(jobId)]).to.deep.equal([
            `acme-eu.actor.${jobId}`,
            `acme-eu.job.${jobId}.events`,
            `acme-eu.control.cancel.${jobId}`,
        ]);
        expect(names.jobIdFromSubject(`acme-eu.control.cancel.${jobId}`)).to.equal(jobId);
        expect(names.jobIdFromSubject(`pl.control.cancel.${jobId}`), "another deployment's subject").to.equal(null);
    });
    for (const bad of ['', 'a.b', 'a*', '>', 'a b', 'x'.repeat(33), '$JS']) {
        it(`refuses the prefix ${JSON.stringify(bad)} in code and in the environment`, () => {
            expect(() => names.useNatsPrefix(bad)).to.throw(names.InvalidNatsPrefixError);
            expect(names.natsPrefix()).to.equal('pl');
            if (bad.trim() !== '')
                expect(() => loadConfig({ PROSPECTLAB_NATS_PREFIX: bad })).to.throw(FatalConfigError, /PROSPECTLAB_NATS_PREFIX must be 1 to 32/);
        });
    }
    it('reads the prefix from the environment, pl when unset', () => {
        expect(loadConfig({}).natsPrefix).to.equal('pl');
        expect(loadConfig({ PROSPECTLAB_NATS_PREFIX: 'staging' }).natsPrefix).to.equal('staging');
    });
});
//# sourceMappingURL=subjects-prefix.test.js.map