import { expect } from 'chai';
import { DomUtils, parseDocument } from 'htmlparser2';
import vm from 'node:vm';
import { MAX_DOM_NODES_PER_SELECTOR, MAX_DOM_TEXT_CHARS, evaluateDomProbes, type DomProbe, type DomProbeResult } from '../../actors/technologies/dom-probes.js';
import { evaluateDomProbesStatically } from '../../actors/technologies/dom-probes-static.js';
import { MAX_JS_VALUE_CHARS, evaluateJsProbes } from '../../actors/technologies/js-probes.js';
import { DocumentFeatures } from '../../actors/technologies/selector-prefilter.js';
import { technologyInputFromPage } from '../../actors/technologies/technology-input.js';

/**
 * Runs a probe function the way Puppeteer does: from its source text, in a fresh global scope
 * where `setup` ran first as a classic script.
 */
function runSerialized<T>(fn: (argument: never) => T, argument: unknown, setup: string, allowEval = true): T {
  const context = vm.createContext({ __argument: argument }, { codeGeneration: { strings: allowEval, wasm: false } });
  vm.runInContext(setup, context);
  return vm.runInContext(`(${fn.toString()})(__argument)`, context) as T;
}

describe('evaluateJsProbes', () => {
  const setup = `
    var jQuery = function () {};
    jQuery.fn = jQuery.prototype = { jquery: '3.7.1' };
    var $ = jQuery;
    class BaseComponent { static get VERSION() { return '5.3.2'; } }
    class Alert extends BaseComponent {}
    var bootstrap = { Alert: Alert };
    let React = { version: '18.2.0' };
    const lexicalOnly = 1;
    var Counter = { count: 42, nothing: null, off: false, list: [1, 2] };
    var Long = 'x'.repeat(1000);
    var Sly = function () {};
    Sly.toString = function () { throw new Error('source must not be read'); };
    Object.defineProperty(globalThis, 'Boom', { get() { throw new Error('boom'); } });
    var Shaky = {};
    Object.defineProperty(Shaky, 'inner', { get() { throw new Error('boom'); } });
    globalThis['HUCKABUY NAMESPACE'] = { sd: 'yes' };
    var sessionLike = { 'sveltekit:scroll': '1' };
  `;
  const names = [
    'jQuery.fn.jquery',
    '$.fn.jquery',
    'jQuery.prototype.jquery',
    'bootstrap.Alert',
    'bootstrap.Alert.VERSION',
    'React.version',
    'lexicalOnly',
    'Counter.count',
    'Counter.nothing',
    'Counter.off',
    'Counter.list',
    'Counter["count"]',
    'Long',
    'Sly',
    'Boom',
    'Boom.x',
    'Shaky.inner',
    'Shaky.inner.deeper',
    'HUCKABUY NAMESPACE.sd',
    'sessionLike.sveltekit:scroll',
    'Missing',
    'Missing.deep.path',
    'Counter.missing',
    'Counter.count.toFixed.length.x.y',
    '.Counter.count',
    '',
  ];

  it('reads existing paths as Wappalyzer compares them, and leaves out missing or throwing ones', () => {
    const results = runSerialized(evaluateJsProbes, names, setup);
    expect(results).to.deep.equal({
      'jQuery.fn.jquery': '3.7.1',
      '$.fn.jquery': '3.7.1',
      'jQuery.prototype.jquery': '3.7.1',
      'bootstrap.Alert': 'true',
      'bootstrap.Alert.VERSION': '5.3.2',
      'React.version': '18.2.0',
      lexicalOnly: '1',
      'Counter.count': '42',
      'Counter.nothing': 'false',
      'Counter.off': 'false',
      'Counter.list': 'true',
      'Counter["count"]': '42',
      Long: 'x'.repeat(MAX_JS_VALUE_CHARS),
      Sly: 'true',
      'HUCKABUY NAMESPACE.sd': 'yes',
      'sessionLike.sveltekit:scroll': '1',
      '.Counter.count': '42',
    });
  });

  it('cuts values at the documented length', () => {
    expect(runSerialized(evaluateJsProbes, ['Long'], setup).Long).to.have.length(MAX_JS_VALUE_CHARS);
  });

  it('still reads globals when the page forbids eval (CSP), without top-level let/const', () => {
    const results = runSerialized(evaluateJsProbes, ['jQuery.fn.jquery', 'React.version', 'lexicalOnly'], setup, false);
    expect(results).to.deep.equal({ 'jQuery.fn.jquery': '3.7.1' });
  });

  it('still reads globals when a path starts with a reserved word', () => {
    const results = runSerialized(evaluateJsProbes, ['class.x', 'default', 'jQuery.fn.jquery'], setup);
    expect(results).to.deep.equal({ 'jQuery.fn.jquery': '3.7.1' });
  });

  it('returns nothing for no names', () => {
    expect(runSerialized(evaluateJsProbes, [], setup)).to.deep.equal({});
  });
});

describe('evaluateDomProbes', () => {
  /** A document whose querySelectorAll answers from a fixed table and throws for unknown selectors. */
  const setup = `
    function node(text, attributes, properties) {
      const n = {
        textContent: text,
        hasAttribute(name) { return Object.prototype.hasOwnProperty.call(attributes, name); },
        getAttribute(name) { return this.hasAttribute(name) ? attributes[name] : null; },
      };
      return Object.assign(n, properties);
    }
    const many = Array.from({ length: 40 }, (_, i) => node('item ' + i, { 'data-i': String(i) }, {}));
    const hostile = node('x', {}, {});
    Object.defineProperty(hostile, '__k', { get() { throw new Error('boom'); } });
    const table = {
      '[ng-version]': [node('', { 'ng-version': '17.0.8' }, {}), node('', { 'ng-version': '17.0.8' }, {})],
      '.title': [node('   Powered by Widget 2.3  ', {}, {}), node(null, {}, {})],
      '.long': [node('y'.repeat(5000), {}, {})],
      '.many': many,
      'body > div': [node('', {}, { _reactRootContainer: { current: {} } }), hostile],
      '.empty': [],
    };
    var document = {
      querySelectorAll(selector) {
        if (!(selector in table)) throw new SyntaxError('not a valid selector: ' + selector);
        return table[selector];
      },
    };
  `;
  const probe = (selector: string, parts: Partial<DomProbe> = {}): DomProbe => ({
    selector,
    exists: false,
    text: false,
    attributes: [],
    properties: [],
    ...parts,
  });

  it('reads text, attributes and own properties of the matching nodes', () => {
    const results = runSerialized(
      evaluateDomProbes,
      [
        probe('[ng-version]', { attributes: ['ng-version', 'absent'] }),
        probe('.title', { text: true }),
        probe('body > div', { properties: ['_reactRootContainer', '__k', 'missing'] }),
      ],
      setup,
    );
    expect(results).to.deep.equal({
      '[ng-version]': { texts: [], attributes: { 'ng-version': ['17.0.8'] }, properties: {} },
      '.title': { texts: ['Powered by Widget 2.3'], attributes: {}, properties: {} },
      'body > div': { texts: [], attributes: {}, properties: { _reactRootContainer: ['true'] } },
    } satisfies Record<string, DomProbeResult>);
  });

  it('leaves out selectors that match nothing or that the browser rejects', () => {
    const results = runSerialized(evaluateDomProbes, [probe('.empty', { exists: true }), probe('div[[[', { exists: true })], setup);
    expect(results).to.deep.equal({});
  });

  it('reads at most the documented number of nodes and characters', () => {
    const results = runSerialized(evaluateDomProbes, [probe('.many', { text: true, attributes: ['data-i'] }), probe('.long', { text: true })], setup);
    expect(results['.many'].texts).to.have.length(MAX_DOM_NODES_PER_SELECTOR);
    expect(results['.many'].attributes['data-i']).to.have.length(MAX_DOM_NODES_PER_SELECTOR);
    expect(results['.long'].texts[0]).to.have.length(MAX_DOM_TEXT_CHARS);
  });
});

describe('evaluateDomProbesStatically', () => {
  const html = `<html><body>
    <app-root ng-version="17.0.8"></app-root>
    <p class="title intro">  Powered by Widget 2.3 </p>
    ${Array.from({ length: 40 }, (_, i) => `<span class="many" data-i="${i}">s${i}</span>`).join('')}
    <link rel="stylesheet" href="/wp-content/themes/x/style.css">
  </body></html>`;
  const document = parseDocument(html);
  const probe = (selector: string, parts: Partial<DomProbe> = {}): DomProbe => ({
    selector,
    exists: true,
    text: false,
    attributes: [],
    properties: [],
    ...parts,
  });

  it('reads what the probes ask for, and never DOM properties', () => {
    const results = evaluateDomProbesStatically(document, [
      probe('[ng-version]', { exists: false, attributes: ['ng-version'] }),
      probe('p.title', { text: true }),
      probe("link[rel=stylesheet][href*='/wp-content/']"),
      probe('.many', { text: true, attributes: ['data-i'] }),
      probe('body > *', { exists: false, properties: ['_reactRootContainer'] }),
      probe('.absent'),
      probe('div[[['),
    ]);
    expect(Object.keys(results).sort()).to.deep.equal(['.many', '[ng-version]', "link[rel=stylesheet][href*='/wp-content/']", 'p.title']);
    expect(results['[ng-version]'].attributes).to.deep.equal({ 'ng-version': ['17.0.8'] });
    expect(results['p.title'].texts).to.deep.equal(['Powered by Widget 2.3']);
    expect(results['.many'].texts).to.have.length(MAX_DOM_NODES_PER_SELECTOR);
  });
});

describe('DocumentFeatures', () => {
  const document = parseDocument('<html><body><div id="app" class="Wrapper main"><a href="https://cdn.Shopify.com/x.css" data-x="1">x</a></div></body></html>');
  const features = new DocumentFeatures(DomUtils.getElementsByTagName(() => true, document, true));
  const cases: [string, boolean][] = [
    ['div', true],
    ['section', false],
    ['#app', true],
    ['#other', false],
    ['.wrapper', true],
    ['.sidebar', false],
    ["a[href*='shopify.com']", true],
    ["a[href^='https://cdn.']", true],
    ["a[href$='.css']", true],
    ["a[href$='.js']", false],
    ['[data-x]', true],
    ['[data-y]', false],
    ['section, a[data-x]', true],
    ['div > section', false],
    ['div:not(.sidebar)', true],
    ['a:has(section)', true],
    ['div[[[', true],
  ];
  for (const [selector, expected] of cases) {
    it(`${expected ? 'may match' : 'cannot match'}: ${selector}`, () => {
      expect(features.mayMatch(selector)).to.equal(expected);
    });
  }
});

describe('technologyInputFromPage', () => {
  const html = `<!doctype html><html><head>
    <base href="https://static.acme.example/assets/">
    <meta name="Generator" content="WordPress 6.4.2">
    <meta name="generator" content="WooCommerce 8.2.1">
    <meta property="og:site_name" content="Acme">
    <meta name="no-content">
    <script src="js/app.js"></script>
    <script src="//cdn.example/lib.js"></script>
    <script src="data:text/javascript;base64,YWxlcnQoMSk="></script>
    <script src="http://[broken"></script>
    <script>window.dataLayer = [];</script>
    <script>   </script>
    <style>.x { color: red }</style>
  </head><body><h1>Acme   bakery</h1><noscript>Enable JS</noscript><p>Fresh <b>bread</b></p></body></html>`;

  it('reads meta tags, script URLs, inline scripts and visible text from the HTML', () => {
    const input = technologyInputFromPage({
      url: 'https://acme.example/shop/',
      html,
      headers: { 'X-Powered-By': 'PHP/8.2.1', server: 'nginx' },
      cookies: [{ name: 'PHPSESSID', value: 'abc' }],
    });
    expect(input.meta).to.deep.equal({
      generator: ['WordPress 6.4.2', 'WooCommerce 8.2.1'],
      'og:site_name': ['Acme'],
    });
    expect(input.scriptSrc).to.deep.equal(['https://static.acme.example/assets/js/app.js', 'https://cdn.example/lib.js']);
    expect(input.scripts).to.deep.equal(['window.dataLayer = [];']);
    expect(input.text).to.equal('Acme bakery Fresh bread');
    expect(input.headers).to.deep.equal({ 'x-powered-by': 'PHP/8.2.1', server: 'nginx' });
    expect(input.cookies).to.deep.equal({ PHPSESSID: 'abc' });
    expect(input.js).to.equal(undefined);
    expect(input.dom, 'no live DOM results for a page that was not rendered').to.equal(undefined);
    expect(input.staticDom, 'the DOM probes checked on the HTML').to.be.an('object');
  });

  it('prefers what the rendered page gave: text, JS and DOM probe results', () => {
    const dom = { '[ng-version]': { texts: [], attributes: { 'ng-version': ['1.0'] }, properties: {} } };
    const input = technologyInputFromPage({
      url: 'https://acme.example/',
      html,
      headers: {},
      text: 'Rendered text',
      js: { 'jQuery.fn.jquery': '3.7.1' },
      dom,
    });
    expect(input.text).to.equal('Rendered text');
    expect(input.js).to.deep.equal({ 'jQuery.fn.jquery': '3.7.1' });
    expect(input.dom).to.equal(dom);
    expect(input.staticDom, 'the rendered HTML is checked too').to.be.an('object');
  });

  it('resolves script URLs against the page URL when there is no base element', () => {
    const input = technologyInputFromPage({
      url: 'https://acme.example/shop/cart',
      html: '<script src="../js/jquery-1.12.4.min.js"></script>',
      headers: {},
    });
    expect(input.scriptSrc).to.deep.equal(['https://acme.example/js/jquery-1.12.4.min.js']);
  });

  const degenerate = ['', 'plain text, no markup', '<html><head><meta name="generator" content="X"', '<<<>>><script src=>'];
  for (const page of degenerate) {
    it(`copes with degenerate HTML ${JSON.stringify(page)}`, () => {
      const input = technologyInputFromPage({ url: 'https://acme.example/', html: page, headers: {} });
      expect(input.html).to.equal(page);
      expect(input.scriptSrc).to.be.an('array');
    });
  }
});
