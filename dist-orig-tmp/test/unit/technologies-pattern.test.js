import { expect } from 'chai';
import { MAX_QUANTIFIER_REPEAT, PatternCompiler, boundQuantifiers, resolveVersion } from '../../actors/technologies/pattern.js';
import { requiredLiteral } from '../../actors/technologies/required-literal.js';
describe('PatternCompiler', () => {
    it('reads the regex, confidence and version template of a Wappalyzer pattern', () => {
        const pattern = new PatternCompiler().compile('^WordPress(?: ([\\d.]+))?\\;version:\\1\\;confidence:50');
        expect(pattern).to.not.equal(null);
        expect(pattern.regex.flags).to.equal('i');
        expect(pattern.regex.test('wordpress 6.4')).to.equal(true);
        expect(pattern.confidence).to.equal(50);
        expect(pattern.versionTemplate).to.equal('\\1');
    });
    it('defaults to confidence 100, no version, and a regex matching anything for an empty pattern', () => {
        const pattern = new PatternCompiler().compile('');
        expect(pattern).to.deep.include({ confidence: 100, versionTemplate: '', literal: null });
        expect(pattern.regex.test('')).to.equal(true);
    });
    it('accepts numbers (some data-set values are numeric)', () => {
        expect(new PatternCompiler().compile(42).regex.test('v42')).to.equal(true);
    });
    const confidences = [
        ['x\\;confidence:0', 0],
        ['x\\;confidence:250', 100],
        ['x\\;confidence:-5', 0],
        ['x\\;confidence:high', 100],
    ];
    for (const [source, expected] of confidences) {
        it(`reads confidence from ${JSON.stringify(source)} as ${expected}`, () => {
            expect(new PatternCompiler().compile(source).confidence).to.equal(expected);
        });
    }
    it('ignores tags without a value and unknown tags', () => {
        const pattern = new PatternCompiler().compile('x\\;nonsense\\;colour:blue\\;version:1');
        expect(pattern).to.deep.include({ confidence: 100, versionTemplate: '1' });
    });
    it('rejects (and records) patterns JavaScript cannot compile, and numbers the others uniquely', () => {
        const compiler = new PatternCompiler();
        const first = compiler.compile('a');
        expect(compiler.compile('(?i)ltpatoken')).to.equal(null);
        expect(compiler.compile('unclosed(')).to.equal(null);
        const second = compiler.compile('b');
        expect(first.id).to.not.equal(second.id);
        expect(compiler.compiledCount).to.equal(2);
        expect(compiler.rejected.map(({ source }) => source)).to.deep.equal(['(?i)ltpatoken', 'unclosed(']);
        expect(compiler.rejected[0].reason).to.be.a('string').and.not.equal('');
    });
});
describe('boundQuantifiers', () => {
    const cases = [
        ['a+b*', `a{1,${MAX_QUANTIFIER_REPEAT}}b{0,${MAX_QUANTIFIER_REPEAT}}`],
        ['a+?', `a{1,${MAX_QUANTIFIER_REPEAT}}?`],
        ['\\+\\*', '\\+\\*'],
        ['[+*]x', '[+*]x'],
        ['[\\]+]+', `[\\]+]{1,${MAX_QUANTIFIER_REPEAT}}`],
        ['a{2,}', `a{2,${MAX_QUANTIFIER_REPEAT}}`],
        ['a{300,}', 'a{300,300}'],
        ['a{2,5}', 'a{2,5}'],
        ['', ''],
    ];
    for (const [source, expected] of cases) {
        it(`bounds ${JSON.stringify(source)}`, () => {
            expect(boundQuantifiers(source)).to.equal(expected);
            expect(() => new RegExp(boundQuantifiers(source))).to.not.throw();
        });
    }
});
describe('resolveVersion', () => {
    const run = (regex, input, template) => resolveVersion(template, regex.exec(input));
    it('replaces back references', () => {
        expect(run(/nginx\/([\d.]+)/i, 'nginx/1.25.3', '\\1')).to.equal('1.25.3');
        expect(run(/(\d+)\.(\d+)/, '6.4', '\\1-\\2')).to.equal('6-4');
    });
    it('resolves ternaries on whether the capture matched', () => {
        expect(run(/gtag\([^)]+'(G-)/, "gtag('config', 'G-ABC')", '\\1?GA4:')).to.equal('GA4');
        expect(run(/x(y)?/, 'x', '\\1?yes:no')).to.equal('no');
    });
    it('drops unmatched references and ignores captures longer than 10 characters', () => {
        expect(run(/WordPress(?: ([\d.]+))?/, 'WordPress', '\\1')).to.equal('');
        expect(run(/v([\w.]+)/, 'v2023.11.15.abcdef', '\\1')).to.equal('');
    });
    it('gives a literal version as is, and nothing for an empty template', () => {
        expect(run(/x/, 'x', 'GA4')).to.equal('GA4');
        expect(run(/x/, 'x', '')).to.equal('');
    });
});
describe('requiredLiteral', () => {
    const cases = [
        ['<!-- Powered by XMB', '<!-- powered by xmb'],
        ['wp-embed\\.min\\.js', 'wp-embed.min.js'],
        ['googletagmanager\\.com/gtm\\.js', 'googletagmanager.com/gtm.js'],
        ['<[^>]+\\bwire:', 'wire:'],
        ['^WordPress(?: ([\\d.]+))?', 'wordpress'],
        ['colou?r-scheme', 'r-scheme'],
        ['abcd{2}efg', 'abc'],
        ['ab.{2}cdefg', 'cdefg'],
        ['abc|defgh', null],
        ['(?:cdn|static)\\.shopify', '.shopify'],
        ['\\d+\\.\\d+', null],
        ['ab', null],
        ['', null],
        ['\\bAPC\\b', 'apc'],
        ['café-menu', '-menu'],
        ['unclosed(group', null],
    ];
    for (const [source, expected] of cases) {
        it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(source)}`, () => {
            expect(requiredLiteral(source)).to.equal(expected);
        });
    }
    it('never rules out a string the regex matches', () => {
        const samples = [
            ['<!-- Powered by XMB', 'x <!-- POWERED BY xmb 1.9 -->'],
            ['colou?r-scheme', 'COLOR-SCHEME'],
            ['(?:cdn|static)\\.shopify', 'static.Shopify.com'],
            ['<[^>]+\\bwire:', '<div WIRE:model="x">'],
        ];
        for (const [source, input] of samples) {
            expect(new RegExp(source, 'i').test(input), source).to.equal(true);
            expect(input.toLowerCase().includes(requiredLiteral(source)), source).to.equal(true);
        }
    });
});
//# sourceMappingURL=technologies-pattern.test.js.map