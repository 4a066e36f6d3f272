import { expect } from 'chai';
import { InvalidJobLabelError, labelFromFileName, labelFromUrl, MAX_JOB_LABEL_LENGTH, resolveJobLabel } from '../../schema/job-label.js';
describe('job labels', () => {
    describe('resolveJobLabel', () => {
        it('trims the given label', () => expect(resolveJobLabel('  Prospects Lyon — mai  ', 'file.csv')).to.equal('Prospects Lyon — mai'));
        it('falls back when absent or blank', () => {
            expect(resolveJobLabel(undefined, 'file.csv')).to.equal('file.csv');
            expect(resolveJobLabel(null, null)).to.equal(null);
            expect(resolveJobLabel('   ', 'acme.fr')).to.equal('acme.fr');
        });
        it(`accepts ${MAX_JOB_LABEL_LENGTH} characters, counting astral ones once`, () => {
            expect(resolveJobLabel('é'.repeat(MAX_JOB_LABEL_LENGTH), null)).to.have.length(MAX_JOB_LABEL_LENGTH);
            expect(resolveJobLabel('🙂'.repeat(MAX_JOB_LABEL_LENGTH), null)).to.equal('🙂'.repeat(MAX_JOB_LABEL_LENGTH));
        });
        it('refuses a longer label', () => {
            expect(() => resolveJobLabel('x'.repeat(MAX_JOB_LABEL_LENGTH + 1), null)).to.throw(InvalidJobLabelError, /at most 200/);
        });
        for (const bad of ['a\nb', 'a\tb', 'a\u0000b', 'a\u007fb', 'a\u0085b', 'evil\u202Egnp.exe', 'a\u2028b']) {
            it(`refuses control characters: ${JSON.stringify(bad)}`, () => {
                expect(() => resolveJobLabel(bad, null)).to.throw(InvalidJobLabelError, /control characters/);
            });
        }
    });
    it('labelFromFileName drops control characters and cuts long names', () => {
        expect(labelFromFileName('entreprises\u0007 lyon.xlsx')).to.equal('entreprises lyon.xlsx');
        expect(labelFromFileName('x'.repeat(300) + '.csv')).to.have.length(MAX_JOB_LABEL_LENGTH);
        expect(labelFromFileName(' \n ')).to.equal(null);
        expect(labelFromFileName('C:\\fakepath\\prospects.csv')).to.equal('prospects.csv');
        expect(labelFromFileName('exports/2025/prospects.csv')).to.equal('prospects.csv');
    });
    it('labelFromUrl is the host (with its port)', () => {
        expect(labelFromUrl('https://www.acme.fr/contact')).to.equal('www.acme.fr');
        expect(labelFromUrl('http://127.0.0.1:8080/')).to.equal('127.0.0.1:8080');
        expect(labelFromUrl('not a url')).to.equal(null);
    });
});
//# sourceMappingURL=job-label.test.js.map