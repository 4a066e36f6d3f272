import { expect } from 'chai';
import { ALLOW_ALL, DISALLOW_ALL, MAX_ROBOTS_PARSE_LENGTH, parseRobots } from '../../actors/crawl/robots.js';
/** Checks each [agent, path, allowed] row against one robots.txt. */
function table(name, body, rows) {
    describe(name, () => {
        for (const [agent, path, allowed] of rows) {
            it(`${agent} ${allowed ? 'may' : 'may not'} fetch ${path}`, () => {
                expect(parseRobots(body, agent).isAllowed(path)).to.equal(allowed);
            });
        }
    });
}
describe('parseRobots', () => {
    // RFC 9309 §5.1 "Simple Example".
    table('RFC 9309 §5.1 example', [
        'User-Agent: *',
        'Disallow: *.gif$',
        'Disallow: /example/',
        'Allow: /publications/',
        '',
        'User-Agent: foobot',
        'Disallow:/',
        'Allow:/example/page.html',
        'Allow:/example/allowed.gif',
        '',
        'User-Agent: barbot',
        'User-Agent: bazbot',
        'Disallow: /example/page.html',
        '',
        'User-Agent: quxbot',
        '',
        'EOF',
    ].join('\n'), [
        ['foobot', '/example/page.html', true],
        ['foobot', '/example/allowed.gif', true],
        ['foobot', '/example/other.html', false],
        ['foobot', '/', false],
        ['foobot', '/publications/', false],
        ['FooBot', '/example/page.html', true], // product tokens match case-insensitively
        ['barbot', '/example/page.html', false],
        ['bazbot', '/example/page.html', false],
        ['barbot', '/example/other.html', true],
        ['barbot', '/image.gif', true], // barbot has its own group, the * group does not apply
        ['quxbot', '/example/page.html', true], // an empty group allows everything
        ['quxbot', '/anything.gif', true],
        ['otherbot', '/image.gif', false], // falls back to *
        ['otherbot', '/images/photo.gif', false],
        ['otherbot', '/image.gif?x=1', true], // $ anchors the end: the query follows
        ['otherbot', '/example/', false],
        ['otherbot', '/example/page.html', false],
        ['otherbot', '/publications/', true],
        ['otherbot', '/publications/a.gif', true], // "/publications/" (14) is longer than "*.gif$" (6)
        ['otherbot', '/', true],
    ]);
    // RFC 9309 §5.2 "Longest Match".
    table('RFC 9309 §5.2 longest match', ['User-Agent: foobot', 'Allow: /example/page/', 'Disallow: /example/page/disallowed.gif'].join('\n'), [
        ['foobot', '/example/page/', true],
        ['foobot', '/example/page/allowed.html', true],
        ['foobot', '/example/page/disallowed.gif', false],
        ['foobot', '/example/page/disallowed.gif.bak', false],
    ]);
    // RFC 9309 §2.2.1: groups for the same product token are merged.
    table('RFC 9309 §2.2.1 merged groups', ['user-agent: ExampleBot', 'disallow: /foo', 'disallow: /bar', '', 'user-agent: ExampleBot', 'disallow: /baz'].join('\n'), [
        ['ExampleBot', '/foo', false],
        ['ExampleBot', '/bar/x', false],
        ['ExampleBot', '/baz', false],
        ['ExampleBot', '/qux', true],
    ]);
    // RFC 9309 §2.2.2 percent-encoding table and §2.2.3 special characters.
    table('RFC 9309 §2.2.2 encoding and §2.2.3 special characters', [
        'User-agent: *',
        'Disallow: /foo/bar?baz=quz',
        'Disallow: /foo/bar/ツ',
        'Disallow: /foo/bar/%62%61%7A',
        'Disallow: /enc/%e3%83%85',
        'allow: /this/path/exactly$ # comment in line',
        'disallow: /this/path/',
        'disallow: /that/*/exactly',
        '# comment on its own line',
    ].join('\n'), [
        ['anybot', '/foo/bar?baz=quz', false],
        ['anybot', '/foo/bar?baz=quz&more=1', false],
        ['anybot', '/foo/bar?other=1', true],
        ['anybot', '/foo/bar/%E3%83%84', false], // the rule's UTF-8 is percent-encoded
        ['anybot', 'https://www.acme.co.uk/foo/bar/ツ', false], // the URL's too
        ['anybot', '/foo/bar/baz', false], // %62%61%7A is "baz"
        ['anybot', '/foo/bar/%62az', false],
        ['anybot', '/enc/%E3%83%85', false], // escapes compare case-insensitively
        ['anybot', '/this/path/exactly', true],
        ['anybot', '/this/path/exactly/not', false],
        ['anybot', '/this/path/other', false],
        ['anybot', '/that/a/b/exactly', false],
        ['anybot', '/that/exactly', true],
    ]);
    table('Allow wins a tie with Disallow', ['User-agent: *', 'Disallow: /page', 'Allow: /page', 'Disallow: /p*', 'Allow: /q*', 'Disallow: /q$'].join('\n'), [
        ['anybot', '/page', true],
        ['anybot', '/pages', true],
        ['anybot', '/pa', false],
        ['anybot', '/q', true], // "/q*" and "/q$" are both 3 octets long
    ]);
    table('wildcards', ['User-agent: *', 'Disallow: /*.php$', 'Disallow: /private*/', 'Disallow: /*?sessionid=', 'Disallow: /**/deep', 'Disallow: /literal$dollar'].join('\n'), [
        ['anybot', '/index.php', false],
        ['anybot', '/index.php?x=1', true],
        ['anybot', '/dir/index.php', false],
        ['anybot', '/index.phps', true],
        ['anybot', '/private/', false],
        ['anybot', '/private-files/x', false],
        ['anybot', '/private', true],
        ['anybot', '/shop?sessionid=123', false],
        ['anybot', '/shop?id=1&sessionid=123', true],
        ['anybot', '/a/b/deep', false],
        ['anybot', '/literal$dollar', false], // "$" not at the end is a literal character
        ['anybot', '/literal', true],
    ]);
    table('Disallow everything', 'User-agent: *\nDisallow: /\n', [
        ['anybot', '/', false],
        ['anybot', '/contact', false],
        ['anybot', 'https://www.acme.co.uk/contact?x=1#top', false],
        ['anybot', '/robots.txt', true], // RFC 9309 §2.2.2: implicitly allowed
    ]);
    table('empty Disallow allows everything', 'User-agent: *\nDisallow:\n', [
        ['anybot', '/', true],
        ['anybot', '/admin', true],
    ]);
    table('user-agent matching by product token', [
        'User-agent: ProspectLabBot/2.0',
        'Disallow: /only-for-us',
        '',
        'User-agent: Googlebot',
        'Disallow: /',
        '',
        'User-agent: *',
        'Disallow: /for-everyone-else',
    ].join('\n'), [
        ['ProspectLabBot', '/only-for-us', false],
        ['prospectlabbot', '/only-for-us', false],
        ['ProspectLabBot/0.1 (+https://github.com/prospectlab)', '/only-for-us', false],
        ['ProspectLabBot', '/for-everyone-else', true],
        ['ProspectLab', '/only-for-us', true], // a different product token: falls back to *
        ['ProspectLab', '/for-everyone-else', false],
        ['Googlebot-News', '/anything', true], // no prefix matching on tokens
    ]);
    table('lenient syntax', [
        '\ufeffUSER-AGENT :  *  ',
        'dissallow: /typo',
        'Disallow /no-colon-is-ignored',
        'Disallow: relative',
        'Unknown: value',
        'Disallow: /after-unknown',
        '\r',
        'Disallow: /crlf',
    ].join('\r\n'), [
        ['anybot', '/typo', false],
        ['anybot', '/no-colon-is-ignored', true],
        ['anybot', '/relative', false],
        ['anybot', '/after-unknown', false],
        ['anybot', '/crlf', false],
    ]);
    table('rules before any user-agent line belong to no group', 'Disallow: /orphan\nUser-agent: *\nDisallow: /kept\n', [
        ['anybot', '/orphan', true],
        ['anybot', '/kept', false],
    ]);
    table('a user-agent line after rules starts a new group', ['User-agent: a', 'Disallow: /a', 'User-agent: b', 'Disallow: /b'].join('\n'), [
        ['a', '/a', false],
        ['a', '/b', true],
        ['b', '/a', true],
        ['b', '/b', false],
    ]);
    table('no groups at all', '# nothing here\nSitemap: https://www.acme.co.uk/sitemap.xml\n', [
        ['anybot', '/', true],
        ['anybot', '/admin', true],
    ]);
    table('garbage and HTML bodies', '<html><body>Not found</body></html>', [['anybot', '/', true]]);
    it('collects absolute http(s) sitemaps from anywhere in the file', () => {
        const rules = parseRobots([
            'Sitemap: https://www.acme.co.uk/sitemap.xml',
            'User-agent: *',
            'Disallow: /x',
            'sitemap: https://www.acme.co.uk/news-sitemap.xml',
            'Sitemap: /relative.xml',
            'Sitemap: ftp://www.acme.co.uk/sitemap.xml',
        ].join('\n'), 'anybot');
        expect(rules.sitemaps).to.deep.equal(['https://www.acme.co.uk/sitemap.xml', 'https://www.acme.co.uk/news-sitemap.xml']);
    });
    const delays = [
        ['whole seconds', 'User-agent: *\nCrawl-delay: 10\n', 10_000],
        ['fractions of a second', 'User-agent: *\nCrawl-delay: 0.5\n', 500],
        ['the matching group only', 'User-agent: anybot\nCrawl-delay: 2\n\nUser-agent: *\nCrawl-delay: 30\n', 2_000],
        ['no delay', 'User-agent: *\nDisallow: /x\n', undefined],
        ['an invalid delay', 'User-agent: *\nCrawl-delay: soon\n', undefined],
        ['a negative delay', 'User-agent: *\nCrawl-delay: -5\n', undefined],
        ['a delay outside any group', 'Crawl-delay: 5\n', undefined],
    ];
    for (const [name, body, expected] of delays) {
        it(`reads Crawl-delay: ${name}`, () => {
            expect(parseRobots(body, 'anybot').crawlDelayMs).to.equal(expected);
        });
    }
    it('reads only the first MAX_ROBOTS_PARSE_LENGTH characters', () => {
        const padding = `# ${'x'.repeat(MAX_ROBOTS_PARSE_LENGTH)}\n`;
        const rules = parseRobots(`User-agent: *\nDisallow: /early\n${padding}Disallow: /late\n`, 'anybot');
        expect(rules.isAllowed('/early')).to.equal(false);
        expect(rules.isAllowed('/late')).to.equal(true);
    });
    it('matches long paths against many wildcards without blowing up', function () {
        this.timeout(5000); // hang guard only
        const rules = parseRobots(`User-agent: *\nDisallow: /${'*a'.repeat(200)}$\n`, 'anybot');
        expect(rules.isAllowed(`/${'a'.repeat(5000)}b`)).to.equal(true);
        expect(rules.isAllowed(`/${'a'.repeat(5000)}`)).to.equal(false);
    });
    for (const bad of ['', '*', '/1.0', '   ']) {
        it(`rejects the user agent token ${JSON.stringify(bad)}`, () => {
            expect(() => parseRobots('', bad)).to.throw(RangeError, /product token/);
        });
    }
});
describe('ALLOW_ALL and DISALLOW_ALL', () => {
    it('ALLOW_ALL allows everything and has no sitemaps', () => {
        expect(ALLOW_ALL.isAllowed('/admin')).to.equal(true);
        expect(ALLOW_ALL.sitemaps).to.deep.equal([]);
        expect(ALLOW_ALL.crawlDelayMs).to.equal(undefined);
    });
    it('DISALLOW_ALL refuses everything but /robots.txt', () => {
        expect(DISALLOW_ALL.isAllowed('/')).to.equal(false);
        expect(DISALLOW_ALL.isAllowed('https://www.acme.co.uk/contact')).to.equal(false);
        expect(DISALLOW_ALL.isAllowed('https://www.acme.co.uk/robots.txt')).to.equal(true);
    });
});
//# sourceMappingURL=robots.test.js.map