import { expect } from 'chai';
import { isTrackerHost, RequestFilter, type RequestDecision } from '../../actors/crawl/request-filter.js';

describe('RequestFilter (what Chromium may fetch while crawling)', () => {
  const guarded = new RequestFilter({ allowPrivateNetworks: false });
  const open = new RequestFilter({ allowPrivateNetworks: true });

  const allowed: Partial<RequestDecision> = { action: 'continue' };
  const skipped: Partial<RequestDecision> = { action: 'abort', errorCode: 'blockedbyclient', byNetworkGuard: false };
  const refused: Partial<RequestDecision> = { action: 'abort', errorCode: 'accessdenied', byNetworkGuard: true };

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
      expected: { action: 'abort', errorCode: 'accessdenied' },
    },
    {
      name: 'an unparsable URL',
      filter: open,
      url: 'http://',
      resourceType: 'document',
      expected: { action: 'abort', errorCode: 'failed' },
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
});
