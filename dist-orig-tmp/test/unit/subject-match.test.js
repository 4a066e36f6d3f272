import { expect } from 'chai';
import { InvalidSubjectError } from '../../bus/bus.js';
import { checkName, checkQueueName, filterIsSubsetOf, filtersOverlap, parseFilter, parseSubject, subjectMatches } from '../../bus/subject-match.js';
describe('subject-match', () => {
    describe('subjectMatches', () => {
        const cases = [
            ['a.b.c', 'a.b.c', true],
            ['a.b.c', 'a.b', false],
            ['a.b', 'a.b.c', false],
            ['a.b.c', 'a.b.d', false],
            ['a.*.c', 'a.b.c', true],
            ['a.*.c', 'a.b.d', false],
            ['a.*', 'a.b.c', false],
            ['a.*', 'a', false],
            ['*', 'a', true],
            ['*', 'a.b', false],
            ['*.*', 'a.b', true],
            ['a.>', 'a.b', true],
            ['a.>', 'a.b.c.d', true],
            ['a.>', 'a', false],
            ['a.>', 'b.c', false],
            ['>', 'a', true],
            ['>', 'a.b.c', true],
            ['*.b.>', 'x.b.c', true],
            ['*.b.>', 'x.b', false],
            ['*.b.>', 'x.c.d', false],
            ['pl.job.*.events', 'pl.job.123.events', true],
            ['pl.job.*.events', 'pl.job.123.other', false],
            ['A.b', 'a.b', false],
        ];
        for (const [filter, subject, expected] of cases) {
            it(`${filter} ${expected ? 'matches' : 'does not match'} ${subject}`, () => {
                expect(subjectMatches(filter, subject)).to.equal(expected);
            });
        }
    });
    describe('parseSubject rejects', () => {
        const bad = ['', 'a..b', '.a', 'a.', 'a b', 'a\tb', 'a\nb', 'a.*', 'a.>', '*', 'a*', 'a.b>', 42, null, undefined];
        for (const subject of bad) {
            it(JSON.stringify(subject) ?? String(subject), () => {
                expect(() => parseSubject(subject)).to.throw(InvalidSubjectError);
            });
        }
        it('accepts a plain subject and returns its tokens', () => {
            expect(parseSubject('pl.work.scrape')).to.deep.equal(['pl', 'work', 'scrape']);
        });
    });
    describe('parseFilter rejects', () => {
        const bad = ['', 'a..b', 'a.', 'a b', 'a.>.b', '>.a', 'a*', 'a.b*', 'a.>x', {}, undefined];
        for (const filter of bad) {
            it(JSON.stringify(filter) ?? String(filter), () => {
                expect(() => parseFilter(filter)).to.throw(InvalidSubjectError);
            });
        }
        it('accepts wildcards as whole tokens', () => {
            expect(parseFilter('a.*.>')).to.deep.equal(['a', '*', '>']);
        });
    });
    describe('filtersOverlap', () => {
        const cases = [
            ['a.b', 'a.b', true],
            ['a.b', 'a.c', false],
            ['a.*', 'a.b', true],
            ['a.*', '*.b', true],
            ['a.*', 'a.b.c', false],
            ['a.>', 'a.b.c', true],
            ['a.>', 'a', false],
            ['a.>', 'b.>', false],
            ['>', 'x.y', true],
            ['a.*.c', 'a.b.>', true],
            ['a.*.c', 'a.b.d', false],
            ['w.a.>', 'w.b.>', false],
        ];
        for (const [a, b, expected] of cases) {
            it(`${a} / ${b} → ${expected}`, () => {
                expect(filtersOverlap(a, b)).to.equal(expected);
                expect(filtersOverlap(b, a)).to.equal(expected);
            });
        }
    });
    describe('filterIsSubsetOf', () => {
        const cases = [
            ['w.a', 'w.>', true],
            ['w.a.>', 'w.>', true],
            ['w.*', 'w.>', true],
            ['w.>', 'w.>', true],
            ['w.>', 'w.*', false],
            ['x.>', 'w.>', false],
            ['*.a', 'w.>', false],
            ['w.a', 'w.*', true],
            ['w.a.b', 'w.*', false],
            ['w', 'w.>', false],
            ['w.*', 'w.a', false],
            ['a.b', 'a.b', true],
        ];
        for (const [filter, of, expected] of cases) {
            it(`${filter} ⊆ ${of} → ${expected}`, () => {
                expect(filterIsSubsetOf(filter, of)).to.equal(expected);
            });
        }
    });
    describe('names', () => {
        for (const bad of ['', 'a.b', 'a b', 'a*', 'a>', 'a/b', 'a\\b', 7]) {
            it(`checkName rejects ${JSON.stringify(bad)}`, () => {
                expect(() => checkName(bad, 'Stream name')).to.throw(InvalidSubjectError);
            });
        }
        it('checkName accepts PL_WORK-1', () => {
            expect(checkName('PL_WORK-1', 'Stream name')).to.equal('PL_WORK-1');
        });
        for (const bad of ['', 'a b', null]) {
            it(`checkQueueName rejects ${JSON.stringify(bad)}`, () => {
                expect(() => checkQueueName(bad)).to.throw(InvalidSubjectError);
            });
        }
        it('checkQueueName accepts dotted names', () => {
            expect(checkQueueName('actors.scrape')).to.equal('actors.scrape');
        });
    });
});
//# sourceMappingURL=subject-match.test.js.map