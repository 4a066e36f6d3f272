import { expect } from 'chai';
import { supersededProgress } from '../../gateway/jobs/coalesce-progress.js';
const AT = '2026-12-07T10:00:00.000Z';
const EMAIL = { address: 'a@acme.example', pageUrl: 'https://acme.example/', context: 'x' };
/** Short names for messages: `sp` scrape.progress, `cp1` company.progress of company 1, `e` email, … */
function msg(code, job, n) {
    const base = { id: `${job}-${n}-${code}`, jobId: job, at: AT };
    const companyIndex = Number(code.slice(2) || 0);
    switch (code.replace(/\d+$/, '')) {
        case 'sp':
            return { ...base, type: 'scrape.progress', visited: n, emails: 0, elapsedSeconds: n, currentUrl: 'https://acme.example/' };
        case 'ss':
            return { ...base, type: 'scrape.started', url: 'https://acme.example/' };
        case 'e':
            return { ...base, type: 'scrape.email', email: EMAIL };
        case 'sc':
            return { ...base, type: 'scrape.completed', visited: n, emails: 1, elapsedSeconds: n };
        case 'sf':
            return { ...base, type: 'scrape.failed', error: 'boom', visited: n, emails: 0 };
        case 'cs':
            return { ...base, type: 'company.started', index: companyIndex };
        case 'cp':
            return { ...base, type: 'company.progress', index: companyIndex, pagesVisited: n, currentUrl: 'https://c.example/' };
        case 'cc':
            return { ...base, type: 'company.failed', index: companyIndex, error: 'x', pagesVisited: n };
        default:
            throw new Error(`unknown code ${code}`);
    }
}
/** `A:sp` = a scrape.progress of job A. */
function batch(spec) {
    return spec.split(' ').map((item, n) => {
        const [job, code] = item.split(':');
        return msg(code, job, n);
    });
}
describe('coalescing progress within a batch', () => {
    const cases = [
        { name: 'a single progress message stays', batch: 'A:sp', superseded: [] },
        { name: 'of three progress messages of one job only the last stays', batch: 'A:sp A:sp A:sp', superseded: [0, 1] },
        { name: 'an e-mail in between is a fence', batch: 'A:sp A:e A:sp', superseded: [] },
        { name: 'started is a fence', batch: 'A:sp A:ss A:sp', superseded: [] },
        { name: 'a terminal message is never dropped nor jumped', batch: 'A:sp A:sc A:sp', superseded: [] },
        { name: 'failed is never dropped', batch: 'A:sp A:sf', superseded: [] },
        { name: 'e-mails are never dropped', batch: 'A:e A:e A:e', superseded: [] },
        { name: 'jobs are independent', batch: 'A:sp B:sp A:sp B:e B:sp', superseded: [0] },
        { name: "another job's e-mail is no fence", batch: 'A:sp B:e A:sp', superseded: [0] },
        { name: 'companies of one analysis are coalesced each on its own', batch: 'A:cp1 A:cp2 A:cp1 A:cp2', superseded: [0, 1] },
        { name: 'a company event of the job is a fence for all its companies', batch: 'A:cp1 A:cs2 A:cp1', superseded: [] },
        { name: 'a company failure is never dropped', batch: 'A:cp1 A:cc1 A:cp1', superseded: [] },
        { name: 'progress after a fence supersedes progress after it', batch: 'A:sp A:e A:sp A:sp', superseded: [2] },
        { name: 'an empty batch', batch: '', superseded: [] },
    ];
    for (const c of cases) {
        it(c.name, () => {
            const messages = c.batch ? batch(c.batch) : [];
            expect([...supersededProgress(messages)].sort((a, b) => a - b)).to.deep.equal(c.superseded);
        });
    }
    it('a redelivered copy of a progress message does not supersede the original', () => {
        const [first] = batch('A:sp');
        expect([...supersededProgress([first, first])]).to.deep.equal([]);
    });
});
//# sourceMappingURL=coalesce-progress.test.js.map