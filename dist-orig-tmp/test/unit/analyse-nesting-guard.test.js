import { expect } from 'chai';
import { cutAtNestingDepth } from '../../actors/analyse/nesting-guard.js';
describe('cutAtNestingDepth', () => {
    const unchanged = [
        { name: 'an empty document', html: '' },
        { name: 'plain text', html: 'no tags at all' },
        { name: 'a shallow page', html: '<!DOCTYPE html><html><head><title>x</title></head><body><div><p>a</p></div></body></html>' },
        { name: 'many unclosed list items and paragraphs', html: `<ul>${'<li>item<p>para'.repeat(10)}</ul>` },
        { name: 'void elements', html: `<div>${'<br><img src=x><input>'.repeat(10)}</div>` },
        { name: 'self-closed elements', html: `<svg>${'<path d="M0"/>'.repeat(10)}</svg>` },
        { name: 'tags inside comments', html: `<!-- ${'<div>'.repeat(10)} --><p>x</p>` },
        { name: 'tags inside scripts', html: `<script>var s = "${'<div>'.repeat(10)}";</script><p>x</p>` },
        { name: 'unterminated comment', html: '<div><!-- <div><div><div>' },
        { name: 'unterminated tag', html: '<div><div class="x' },
        { name: 'a lone < at the end', html: '<div>a <' },
        { name: 'less-than signs in text', html: '<p>1 < 2 and 3 <4</p>' },
    ];
    for (const { name, html } of unchanged) {
        it(`keeps ${name} (depth limit 3)`, () => {
            expect(cutAtNestingDepth(html, 3)).to.equal(html);
        });
    }
    const cut = [
        { name: 'nesting beyond the limit', html: '<div><div><div><div>deep</div></div></div></div>', expected: '<div><div><div>' },
        { name: 'unclosed font tags piling up', html: '<font>a<font>b<font>c<font>d', expected: '<font>a<font>b<font>c' },
        { name: 'upper-case tags', html: '<DIV><Div><div><DIV>x', expected: '<DIV><Div><div>' },
    ];
    for (const { name, html, expected } of cut) {
        it(`cuts ${name}`, () => {
            expect(cutAtNestingDepth(html, 3)).to.equal(expected);
        });
    }
    it('counts closing tags', () => {
        const html = '<div></div>'.repeat(1000);
        expect(cutAtNestingDepth(html, 3)).to.equal(html);
    });
    it('cuts 200,000 nested elements quickly to the default limit', () => {
        const html = `${'<div>'.repeat(200_000)}${'</div>'.repeat(200_000)}`;
        expect(cutAtNestingDepth(html)).to.equal('<div>'.repeat(2000));
    });
});
//# sourceMappingURL=analyse-nesting-guard.test.js.map