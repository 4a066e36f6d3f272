import { expect } from 'chai';
import { LEGACY_MARKUP } from '../../actors/analyse/legacy-markup.js';
import { compareVersions, obsoleteFinding, parseVersion } from '../../actors/analyse/obsolete-technologies.js';
import { scoreOpportunity } from '../../actors/analyse/opportunity.js';
const NOW = new Date('2026-03-15T12:00:00Z');
/** A modern site: nothing to sell. */
const MODERN = {
    https: true,
    hasViewport: true,
    copyrightYears: [2026],
    legacyMarkup: [],
    technologies: [
        { name: 'jQuery', version: '3.7.1' },
        { name: 'WordPress', version: '6.5' },
    ],
    responseTimeMs: 400,
    now: NOW,
};
function signals(overrides) {
    return { ...MODERN, ...overrides };
}
describe('scoreOpportunity', () => {
    it('scores a modern site 0, LOW, without reasons', () => {
        expect(scoreOpportunity(MODERN)).to.deep.equal({ score: 0, level: 'LOW', reasons: [] });
    });
    const single = [
        { name: 'no HTTPS', overrides: { https: false }, score: 20, reasons: ['No HTTPS'] },
        { name: 'unknown HTTPS', overrides: { https: null }, score: 0, reasons: [] },
        { name: 'no viewport', overrides: { hasViewport: false }, score: 20, reasons: ['No mobile viewport'] },
        { name: 'copyright 12 years old', overrides: { copyrightYears: [2014] }, score: 35, reasons: ['Copyright year 2014 (12 years old)'] },
        { name: 'copyright 3 years old', overrides: { copyrightYears: [2023] }, score: 14, reasons: ['Copyright year 2023 (3 years old)'] },
        { name: 'copyright last year says nothing', overrides: { copyrightYears: [2025] }, score: 0, reasons: [] },
        { name: 'the newest copyright year counts', overrides: { copyrightYears: [2009, 2016, 2012] }, score: 35, reasons: ['Copyright year 2016 (10 years old)'] },
        { name: 'future copyright years ignored', overrides: { copyrightYears: [2019, 2099] }, score: 26, reasons: ['Copyright year 2019 (7 years old)'] },
        { name: 'non-integer years ignored', overrides: { copyrightYears: [Number.NaN, 2020.5] }, score: 0, reasons: [] },
        { name: 'no copyright', overrides: { copyrightYears: [] }, score: 0, reasons: [] },
        {
            name: 'jQuery 1.x',
            overrides: { technologies: [{ name: 'jQuery', version: '1.8.3' }] },
            score: 20,
            reasons: ['jQuery 1.8.3 is obsolete (older than 3)'],
        },
        {
            name: 'jQuery 2.x',
            overrides: { technologies: [{ name: 'jQuery', version: '2.2.4' }] },
            score: 15,
            reasons: ['jQuery 2.2.4 is obsolete (older than 3)'],
        },
        { name: 'jQuery without version', overrides: { technologies: [{ name: 'jQuery', version: null }] }, score: 0, reasons: [] },
        { name: 'jQuery 3.0.0', overrides: { technologies: [{ name: 'jquery', version: '3.0.0' }] }, score: 0, reasons: [] },
        {
            name: 'Bootstrap 3',
            overrides: { technologies: [{ name: 'Bootstrap', version: '3.4.1' }] },
            score: 12,
            reasons: ['Bootstrap 3.4.1 is obsolete (older than 4)'],
        },
        {
            name: 'AngularJS at any version',
            overrides: { technologies: [{ name: 'AngularJS', version: null }] },
            score: 15,
            reasons: ['AngularJS is obsolete (end of life)'],
        },
        {
            name: 'AngularJS with version',
            overrides: { technologies: [{ name: 'AngularJS', version: '1.8.2' }] },
            score: 15,
            reasons: ['AngularJS 1.8.2 is obsolete (end of life)'],
        },
        {
            name: 'WordPress 4',
            overrides: { technologies: [{ name: 'WordPress', version: '4.9.8' }] },
            score: 20,
            reasons: ['WordPress 4.9.8 is obsolete (older than 6)'],
        },
        {
            name: 'WordPress 5.9',
            overrides: { technologies: [{ name: 'WordPress', version: '5.9' }] },
            score: 15,
            reasons: ['WordPress 5.9 is obsolete (older than 6)'],
        },
        { name: 'PHP 5.6', overrides: { technologies: [{ name: 'PHP', version: '5.6.40' }] }, score: 17, reasons: ['PHP 5.6.40 is obsolete (older than 8)'] },
        { name: 'PHP 7.4', overrides: { technologies: [{ name: 'PHP', version: '7.4.33' }] }, score: 12, reasons: ['PHP 7.4.33 is obsolete (older than 8)'] },
        { name: 'PHP 8.2', overrides: { technologies: [{ name: 'PHP', version: '8.2.0' }] }, score: 0, reasons: [] },
        { name: 'Drupal 7', overrides: { technologies: [{ name: 'Drupal', version: '7' }] }, score: 20, reasons: ['Drupal 7 is obsolete (older than 9)'] },
        {
            name: 'Joomla 3',
            overrides: { technologies: [{ name: 'Joomla', version: '3.10.12' }] },
            score: 15,
            reasons: ['Joomla 3.10.12 is obsolete (older than 4)'],
        },
        {
            name: 'MooTools',
            overrides: { technologies: [{ name: 'MooTools', version: '1.2.4' }] },
            score: 15,
            reasons: ['MooTools 1.2.4 is obsolete (unmaintained)'],
        },
        { name: 'Prototype', overrides: { technologies: [{ name: 'Prototype', version: null }] }, score: 15, reasons: ['Prototype is obsolete (unmaintained)'] },
        { name: 'YUI', overrides: { technologies: [{ name: 'YUI', version: '3.18.1' }] }, score: 15, reasons: ['YUI 3.18.1 is obsolete (unmaintained)'] },
        {
            name: 'Flash as a technology',
            overrides: { technologies: [{ name: 'Adobe Flash', version: null }] },
            score: 20,
            reasons: ['Flash is obsolete (unsupported by browsers)'],
        },
        {
            name: 'PrestaShop 1.6',
            overrides: { technologies: [{ name: 'PrestaShop', version: '1.6.1.24' }] },
            score: 12,
            reasons: ['PrestaShop 1.6.1.24 is obsolete (older than 1.7)'],
        },
        { name: 'PrestaShop 1.10 is newer than 1.7', overrides: { technologies: [{ name: 'PrestaShop', version: '1.10' }] }, score: 0, reasons: [] },
        { name: 'unknown technology', overrides: { technologies: [{ name: 'React', version: '0.14' }] }, score: 0, reasons: [] },
        { name: 'unparseable version', overrides: { technologies: [{ name: 'jQuery', version: 'latest' }] }, score: 0, reasons: [] },
        {
            name: 'a v-prefixed version',
            overrides: { technologies: [{ name: 'jQuery', version: 'v1.12.4' }] },
            score: 20,
            reasons: ['jQuery v1.12.4 is obsolete (older than 3)'],
        },
        { name: 'Flash markup', overrides: { legacyMarkup: [LEGACY_MARKUP.flash] }, score: 20, reasons: ['Flash content'] },
        { name: 'Java applet markup', overrides: { legacyMarkup: [LEGACY_MARKUP.javaApplet] }, score: 15, reasons: ['Java applet content'] },
        {
            name: 'legacy markup grouped in one reason',
            overrides: { legacyMarkup: [LEGACY_MARKUP.font, LEGACY_MARKUP.tableLayout] },
            score: 20,
            reasons: ['Legacy markup: <font> tags, table layout'],
        },
        {
            name: 'legacy markup capped',
            overrides: { legacyMarkup: [LEGACY_MARKUP.frameset, LEGACY_MARKUP.font, LEGACY_MARKUP.center, LEGACY_MARKUP.marquee] },
            score: 30,
            reasons: ['Legacy markup: frameset, <font> tags, <center>, marquee/blink'],
        },
        { name: 'an unknown markup label', overrides: { legacyMarkup: ['spacer GIFs'] }, score: 5, reasons: ['Legacy markup: spacer GIFs'] },
        { name: 'no doctype', overrides: { legacyMarkup: [LEGACY_MARKUP.noDoctype] }, score: 5, reasons: ['Legacy markup: no doctype'] },
        { name: 'slow response', overrides: { responseTimeMs: 4200 }, score: 10, reasons: ['Slow response (4.2 s)'] },
        { name: 'very slow response', overrides: { responseTimeMs: 9000 }, score: 15, reasons: ['Slow response (9.0 s)'] },
        { name: 'just under slow', overrides: { responseTimeMs: 2999 }, score: 0, reasons: [] },
        { name: 'unknown response time', overrides: { responseTimeMs: null }, score: 0, reasons: [] },
        { name: 'negative response time', overrides: { responseTimeMs: -5 }, score: 0, reasons: [] },
        { name: 'infinite response time', overrides: { responseTimeMs: Number.POSITIVE_INFINITY }, score: 0, reasons: [] },
    ];
    for (const { name, overrides, score, reasons } of single) {
        it(`scores ${name}`, () => {
            const result = scoreOpportunity(signals(overrides));
            expect(result.score).to.equal(score);
            expect(result.reasons).to.deep.equal(reasons);
        });
    }
    it('adds signals up, strongest reason first', () => {
        const result = scoreOpportunity({
            https: false,
            hasViewport: false,
            copyrightYears: [2014],
            legacyMarkup: [LEGACY_MARKUP.font, LEGACY_MARKUP.tableLayout],
            technologies: [{ name: 'jQuery', version: '1.8.3' }],
            responseTimeMs: 4200,
            now: NOW,
        });
        expect(result).to.deep.equal({
            score: 100,
            level: 'HIGH',
            reasons: [
                'Copyright year 2014 (12 years old)',
                'jQuery 1.8.3 is obsolete (older than 3)',
                'No HTTPS',
                'No mobile viewport',
                'Legacy markup: <font> tags, table layout',
                'Slow response (4.2 s)',
            ],
        });
    });
    it('counts Flash once when seen as a technology and as markup', () => {
        const result = scoreOpportunity(signals({ technologies: [{ name: 'Flash', version: null }], legacyMarkup: [LEGACY_MARKUP.flash] }));
        expect(result).to.deep.equal({ score: 20, level: 'LOW', reasons: ['Flash is obsolete (unsupported by browsers)'] });
    });
    it('counts a duplicated technology once', () => {
        const result = scoreOpportunity(signals({
            technologies: [
                { name: 'jQuery', version: '1.8.3' },
                { name: 'jQuery', version: '1.8.3' },
            ],
        }));
        expect(result.score).to.equal(20);
    });
    it('caps obsolete technologies together', () => {
        const result = scoreOpportunity(signals({
            technologies: [
                { name: 'jQuery', version: '1.4' },
                { name: 'WordPress', version: '3.0' },
                { name: 'PHP', version: '5.3' },
                { name: 'MooTools', version: null },
            ],
        }));
        expect(result.score).to.equal(40);
        expect(result.reasons).to.have.length(2);
    });
    const levels = [
        { overrides: { copyrightYears: [2019] }, score: 26, level: 'LOW' },
        { overrides: { https: false, copyrightYears: [2024] }, score: 31, level: 'MEDIUM' },
        { overrides: { https: false, hasViewport: false, copyrightYears: [2024] }, score: 51, level: 'MEDIUM' },
        { overrides: { https: false, hasViewport: false, responseTimeMs: 3000, copyrightYears: [2024] }, score: 61, level: 'HIGH' },
        { overrides: { https: false, hasViewport: false, copyrightYears: [2023] }, score: 54, level: 'MEDIUM' },
        { overrides: { https: false, hasViewport: false, copyrightYears: [2022] }, score: 57, level: 'MEDIUM' },
        { overrides: { https: false, hasViewport: false, copyrightYears: [2021] }, score: 60, level: 'HIGH' },
        { overrides: { hasViewport: false, legacyMarkup: [LEGACY_MARKUP.noDoctype, LEGACY_MARKUP.ieConditionalComments] }, score: 30, level: 'MEDIUM' },
    ];
    for (const { overrides, score, level } of levels) {
        it(`level ${level} for score ${score}`, () => {
            const result = scoreOpportunity(signals(overrides));
            expect(result.score).to.equal(score);
            expect(result.level).to.equal(level);
        });
    }
    it('uses the current date when none is given', () => {
        const year = new Date().getUTCFullYear();
        const result = scoreOpportunity({ ...MODERN, now: undefined, copyrightYears: [year - 10] });
        expect(result.reasons).to.deep.equal([`Copyright year ${year - 10} (10 years old)`]);
    });
    it('rejects an invalid date', () => {
        expect(() => scoreOpportunity(signals({ now: new Date('not a date') }))).to.throw(RangeError, 'now must be a valid date');
    });
    it('tolerates missing lists', () => {
        const result = scoreOpportunity({ https: true, hasViewport: true, responseTimeMs: null, now: NOW });
        expect(result).to.deep.equal({ score: 0, level: 'LOW', reasons: [] });
    });
});
describe('obsolete technology versions', () => {
    const parsed = [
        { version: '1.8.3', expected: [1, 8, 3] },
        { version: 'v2.2', expected: [2, 2] },
        { version: '5.6.40-0+deb8u12', expected: [5, 6, 40] },
        { version: ' 7 ', expected: [7] },
        { version: '1.2.3.4.5', expected: [1, 2, 3, 4] },
        { version: 'latest', expected: null },
        { version: '', expected: null },
        { version: null, expected: null },
    ];
    for (const { version, expected } of parsed) {
        it(`parses ${JSON.stringify(version)}`, () => {
            expect(parseVersion(version)).to.deep.equal(expected);
        });
    }
    const compared = [
        { a: [1, 10], b: [1, 9], sign: 1 },
        { a: [1, 9], b: [1, 10], sign: -1 },
        { a: [3], b: [3, 0, 0], sign: 0 },
        { a: [2, 99], b: [3], sign: -1 },
    ];
    for (const { a, b, sign } of compared) {
        it(`compares ${a.join('.')} with ${b.join('.')}`, () => {
            expect(Math.sign(compareVersions(a, b))).to.equal(sign);
        });
    }
    it('matches technology names ignoring case and punctuation', () => {
        expect(obsoleteFinding({ name: 'JQUERY', version: '1.0' })?.reason).to.equal('jQuery 1.0 is obsolete (older than 3)');
        expect(obsoleteFinding({ name: 'jQuery UI', version: '1.8.24' })?.reason).to.equal('jQuery UI 1.8.24 is obsolete (older than 1.12)');
        expect(obsoleteFinding({ name: 'TYPO3 CMS', version: '6.2' })?.reason).to.equal('TYPO3 6.2 is obsolete (older than 10)');
        expect(obsoleteFinding({ name: 'script.aculo.us', version: null })?.reason).to.equal('script.aculo.us is obsolete (unmaintained)');
    });
});
//# sourceMappingURL=analyse-opportunity.test.js.map