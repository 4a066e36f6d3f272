import { expect } from 'chai';
import { failedThresholds, scoreSite, socialKey, totals } from '../eval/extraction-score.js';
const labels = {
    id: 'acme',
    name: 'Acme',
    language: 'fr',
    emails: ['contact@acme.fr', 'jobs@acme.fr'],
    phones: [{ number: '+33142685300', kind: 'PHONE' }],
    social: ['https://www.facebook.com/acme'],
    technologies: ['WordPress', 'jQuery'],
    thirdParty: { emails: ['hello@agency.fr'], phones: ['+33972101007'], social: [] },
};
describe('extraction scorer', () => {
    it("counts a third party reported as the company's as wrong, and not when marked THIRD_PARTY", () => {
        const base = { status: 'OK', pagesVisited: 3, phones: [], socialProfiles: [], technologies: [] };
        const wrong = scoreSite(labels, { ...base, emails: [{ address: 'contact@acme.fr' }, { address: 'hello@agency.fr', owner: 'COMPANY' }] });
        expect(wrong.counts.emails).to.deep.equal({ tp: 1, fp: 1, fn: 1 });
        const right = scoreSite(labels, { ...base, emails: [{ address: 'contact@acme.fr' }, { address: 'hello@agency.fr', owner: 'THIRD_PARTY' }] });
        expect(right.counts.emails).to.deep.equal({ tp: 1, fp: 0, fn: 1 });
    });
    it('compares profiles without scheme, www, case or trailing slash, twitter.com as x.com', () => {
        expect(socialKey('https://www.Facebook.com/Acme/')).to.equal(socialKey('http://facebook.com/acme'));
        expect(socialKey('https://twitter.com/acme')).to.equal(socialKey('https://x.com/acme'));
    });
    it('reports the thresholds not met, and none when all are', () => {
        const perfect = scoreSite(labels, {
            status: 'OK',
            pagesVisited: 3,
            emails: [{ address: 'contact@acme.fr' }, { address: 'jobs@acme.fr' }],
            phones: [{ number: '+33142685300', kind: 'PHONE', owner: 'COMPANY' }],
            socialProfiles: [{ network: 'facebook', url: 'https://www.facebook.com/acme' }],
            technologies: [{ name: 'WordPress' }, { name: 'jQuery' }],
        });
        expect(failedThresholds(totals([perfect]))).to.deep.equal([]);
        const missing = scoreSite(labels, undefined);
        expect(failedThresholds(totals([missing]))).to.include('emails recall 0.000 < 0.98');
    });
});
//# sourceMappingURL=extraction-score.test.js.map