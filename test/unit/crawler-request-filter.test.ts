import { expect } from 'chai';
import { isNeverDownloaded, isTrackerHost, RequestFilter, type RequestDecision } from '../../actors/crawl/request-filter.js';

describe('RequestFilter (what Chromium may fetch while crawling)', () => {
  const guarded = new RequestFilter({ allowPrivateNetworks: false });
  const open = new RequestFilter({ allowPrivateNetworks: true });

  const allowed: Partial<RequestDecision> = { action: 'continue' };
  const skipped: Partial<RequestDecision> = { action: 'abort', errorReason: 'BlockedByClient', byNetworkGuard: false };
  const refused: Partial<RequestDecision> = { action: 'abort', errorReason: 'AccessDenied', byNetworkGuard: true };

  const cases: {
    name: string;
    filter: RequestFilter;
    url: string;
    resourceType: string;
    expected: Partial<RequestDecision>;
  }[] = [
    { name: 'an image', filter: open, url: 'http://127.0.0.1:8080/img/logo@2x.png', resourceType: 'image', expected: skipped },
    { name: 'a video', filter: open, url: 'https://cdn.acme-industries.fr/v.mp4', resourceType: 'media', expected: skipped },
    { name: 'a font', filter: guarded, url: 'https://fonts.gstatic.com/s/a.woff2', resourceType: 'font', expected: skipped },
    {
      name: 'a favicon (Chromium fetches it as "other")',
      filter: open,
      url: 'http://127.0.0.1:8080/img/favicon.png',
      resourceType: 'other',
      expected: skipped,
    },
    {
      name: 'the default favicon.ico',
      filter: open,
      url: 'https://acme-industries.fr/favicon.ico',
      resourceType: 'other',
      expected: skipped,
    },
    {
      name: 'a web font of a stylesheet that Chromium reports as "other"',
      filter: open,
      url: 'http://127.0.0.1:8080/fonts/acme-sans.woff2',
      resourceType: 'other',
      expected: skipped,
    },
    { name: 'an "other" font in TrueType', filter: open, url: 'https://acme.fr/f/Sans.TTF', resourceType: 'other', expected: skipped },
    { name: 'an "other" video', filter: open, url: 'https://acme.fr/media/intro.webm', resourceType: 'other', expected: skipped },
    { name: 'an "other" audio file', filter: open, url: 'https://acme.fr/jingle.mp3', resourceType: 'other', expected: skipped },
    {
      name: 'a script whose name ends like a font is still loaded',
      filter: open,
      url: 'http://127.0.0.1:8080/js/load.woff2',
      resourceType: 'script',
      expected: allowed,
    },
    {
      name: 'an "other" request that is no icon',
      filter: open,
      url: 'http://127.0.0.1:8080/api/ping',
      resourceType: 'other',
      expected: allowed,
    },
    {
      name: 'a tracker script',
      filter: open,
      url: 'https://www.google-analytics.com/analytics.js',
      resourceType: 'script',
      expected: skipped,
    },
    {
      name: 'a tracker subdomain',
      filter: open,
      url: 'https://static.hotjar.com/c/hotjar.js',
      resourceType: 'script',
      expected: skipped,
    },
    {
      name: 'a loopback sub-resource (private networks refused)',
      filter: guarded,
      url: 'http://127.0.0.1:8080/api',
      resourceType: 'xhr',
      expected: refused,
    },
    {
      name: 'a loopback navigation (private networks refused)',
      filter: guarded,
      url: 'http://127.0.0.1/',
      resourceType: 'document',
      expected: refused,
    },
    {
      name: 'a private-range stylesheet',
      filter: guarded,
      url: 'http://10.1.2.3/site.css',
      resourceType: 'stylesheet',
      expected: refused,
    },
    {
      name: 'the cloud metadata address',
      filter: guarded,
      url: 'http://169.254.169.254/latest/meta-data/',
      resourceType: 'document',
      expected: refused,
    },
    {
      name: 'the cloud metadata address even when private networks are allowed',
      filter: open,
      url: 'http://169.254.169.254/latest/meta-data/',
      resourceType: 'xhr',
      expected: refused,
    },
    { name: 'IPv6 loopback', filter: guarded, url: 'http://[::1]:3000/', resourceType: 'script', expected: refused },
    {
      name: 'a public IP address',
      filter: guarded,
      url: 'http://93.184.215.14/index.html',
      resourceType: 'document',
      expected: allowed,
    },
    {
      name: 'a loopback request when private networks are allowed',
      filter: open,
      url: 'http://127.0.0.1:8080/',
      resourceType: 'document',
      expected: allowed,
    },
    { name: 'a data: URL', filter: guarded, url: 'data:text/css,body{}', resourceType: 'stylesheet', expected: allowed },
    {
      name: 'a file: URL',
      filter: open,
      url: 'file:///etc/passwd',
      resourceType: 'document',
      expected: { action: 'abort', errorReason: 'AccessDenied' },
    },
    {
      name: 'an unparsable URL',
      filter: open,
      url: 'http://',
      resourceType: 'document',
      expected: { action: 'abort', errorReason: 'Failed' },
    },
  ];

  for (const { name, filter, url, resourceType, expected } of cases) {
    it(`${expected.action === 'continue' ? 'lets through' : 'aborts'} ${name}`, async () => {
      const decision = await filter.decide({ url, resourceType });
      expect(decision).to.include(expected);
      if (decision.action === 'abort') expect(decision.reason).to.be.a('string').and.not.equal('');
    });
  }

  it('explains a network-guard refusal in words', async () => {
    const decision = await guarded.decide({ url: 'http://127.0.0.1:9/', resourceType: 'document' });
    expect(decision.action).to.equal('abort');
    if (decision.action === 'abort') expect(decision.reason).to.match(/loopback|private/i);
  });

  it('decides once per host and reuses the verdict', async () => {
    const filter = new RequestFilter({ allowPrivateNetworks: false });
    const first = await filter.decide({ url: 'http://192.168.1.10/a.js', resourceType: 'script' });
    const second = await filter.decide({ url: 'http://192.168.1.10/b.css', resourceType: 'stylesheet' });
    expect(second).to.equal(first);
  });

  const trackerHosts: [string, boolean][] = [
    ['www.googletagmanager.com', true],
    ['googletagmanager.com', true],
    ['connect.facebook.net', true],
    ['stats.g.doubleclick.net', true],
    ['facebook.net', false],
    ['acme-industries.fr', false],
    ['notgoogle-analytics.com', false],
    ['GOOGLE-ANALYTICS.COM.', true],
  ];
  for (const [host, expected] of trackerHosts) {
    it(`isTrackerHost(${host}) is ${expected}`, () => expect(isTrackerHost(host)).to.equal(expected));
  }

  // What the wait for rendered content ignores: requests dropped for what they are, on any host.
  const neverDownloaded: [url: string, resourceType: string, expected: boolean][] = [
    ['https://acme-industries.fr/favicon.ico', 'other', true],
    ['https://acme-industries.fr/apple-touch-icon-180x180.png', 'other', true],
    ['https://fonts.gstatic.com/s/a.woff2', 'font', true],
    ['https://acme-industries.fr/img/team.jpg', 'image', true],
    ['https://acme-industries.fr/film.webm', 'media', true],
    ['https://acme-industries.fr/api/contact.json', 'other', false],
    ['https://acme-industries.fr/api/contact', 'fetch', false],
    ['https://acme-industries.fr/js/app.js', 'script', false],
    ['https://acme-industries.fr/logo.png', 'xhr', false],
    ['https://acme-industries.fr/css/site.css', 'stylesheet', false],
    ['https://www.google-analytics.com/analytics.js', 'script', false],
    ['not a url', 'other', false],
  ];
  for (const [url, resourceType, expected] of neverDownloaded) {
    it(`isNeverDownloaded(${resourceType} ${url}) is ${expected}`, () => expect(isNeverDownloaded({ url, resourceType })).to.equal(expected));
  }
});

describe('RequestFilter: redirects and DNS answers (every hop Chromium follows is a new request)', () => {
  /** A resolver answering from a fixed table, as a DNS server an attacker controls would. */
  const lookup = async (host: string): Promise<{ address: string; family: number }[]> => {
    const answers: Record<string, string[]> = {
      'www.public-shop.example': ['93.184.216.34'],
      'intranet.public-shop.example': ['10.0.0.7'],
      'mixed.public-shop.example': ['93.184.216.34', '192.168.1.1'],
      'v6-loopback.public-shop.example': ['::1'],
      'mapped.public-shop.example': ['::ffff:127.0.0.1'],
      'metadata.public-shop.example': ['169.254.169.254'],
    };
    const found = answers[host];
    if (!found) throw new Error(`ENOTFOUND ${host}`);
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  const guarded = new RequestFilter({ allowPrivateNetworks: false, lookup });
  const open = new RequestFilter({ allowPrivateNetworks: true, lookup });

  it('lets the public first hop through', async () => {
    expect(await guarded.decide({ url: 'https://www.public-shop.example/contact', resourceType: 'document' })).to.include({ action: 'continue' });
  });

  const refusedHops: [string, RequestFilter, RegExp][] = [
    ['http://127.0.0.1/admin', guarded, /loopback/],
    ['http://2130706433/', guarded, /loopback/],
    ['http://0177.0.0.1/', guarded, /loopback/],
    ['http://0x7f000001/', guarded, /loopback/],
    ['http://[::1]/', guarded, /loopback/],
    ['http://[::ffff:127.0.0.1]/', guarded, /loopback/],
    ['http://[::ffff:10.0.0.1]/', guarded, /private/],
    ['http://intranet.public-shop.example/', guarded, /resolves to 10\.0\.0\.7, a private address/],
    ['http://mixed.public-shop.example/', guarded, /resolves to 192\.168\.1\.1/],
    ['http://v6-loopback.public-shop.example/', guarded, /resolves to ::1/],
    ['http://mapped.public-shop.example/', guarded, /resolves to ::ffff:7f00:1/],
    ['http://localhost:8080/', guarded, /loopback host name/],
    ['http://169.254.169.254/latest/meta-data/', open, /cloud metadata/],
    ['http://2852039166/latest/meta-data/', open, /cloud metadata/],
    ['http://0251.0376.0251.0376/', open, /cloud metadata/],
    ['http://[::ffff:a9fe:a9fe]/', open, /cloud metadata/],
    ['http://metadata.public-shop.example/', open, /cloud metadata/],
  ];
  for (const [url, filter, reason] of refusedHops) {
    const mode = filter === open ? 'even with private networks allowed' : 'with private networks refused';
    for (const resourceType of ['document', 'script', 'xhr']) {
      it(`refuses a ${resourceType} hop to ${url} ${mode}`, async () => {
        const decision = await filter.decide({ url, resourceType });
        expect(decision).to.include({ action: 'abort', errorReason: 'AccessDenied', byNetworkGuard: true });
        if (decision.action === 'abort') expect(decision.reason).to.match(reason);
      });
    }
  }

  it('reports a host that does not resolve as not resolved, not as allowed', async () => {
    const decision = await guarded.decide({ url: 'https://nowhere.public-shop.example/', resourceType: 'document' });
    expect(decision).to.include({ action: 'abort', errorReason: 'NameNotResolved', byNetworkGuard: true });
  });
});
