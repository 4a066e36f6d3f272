import { hasThirdPartyCue } from './contact-owner.js';
import { foldText } from './fold-text.js';
import { socialProfileFromUrl } from './social.js';
/** "Follow us" in the block or heading of a profile link: the company invites to its own profiles. */
const FOLLOW_US = /(?<![a-z])(?:follow us|find us on|join us on|suivez[- ]nous|retrouvez[- ]nous|rejoignez[- ]nous|nous suivre|folgen sie uns|folge uns|finden sie uns|siguenos|sigue(?:nos)?|seguici|seguiteci|social media|reseaux sociaux|redes sociales|social network)(?![a-z])/;
/** Share of the crawled pages (when there are 3 or more) that makes a profile site-wide. */
const SITE_WIDE_SHARE = 0.6;
/** The path segment that names the account (`acme` in `linkedin.com/company/acme`, `@acme`). */
function handleOf(url) {
    let segments;
    try {
        segments = new URL(url).pathname.split('/').filter(Boolean);
    }
    catch {
        return '';
    }
    const prefixes = new Set([
        'company',
        'in',
        'pub',
        'school',
        'showcase',
        'channel',
        'user',
        'c',
        'photos',
        'profile',
        'pages',
        'companies',
        'add',
        'channels',
    ]);
    const handle = segments.find((s) => !prefixes.has(s.toLowerCase())) ?? '';
    return handle
        .replace(/^@/, '')
        .split('.')[0]
        .replace(/-\d{6,}$/, '');
}
export class ProfileTally {
    #profiles = new Map();
    #pages = new Set();
    /** Counts the profiles linked from one page, with where on the page they are. */
    addPage(pageUrl, blocks, links, maxProfiles, companyName) {
        this.#pages.add(pageUrl);
        const seen = new Set();
        const count = (href, block) => {
            let absolute;
            try {
                absolute = new URL(href, pageUrl).href;
            }
            catch {
                return;
            }
            const profile = socialProfileFromUrl(absolute);
            if (profile === null)
                return;
            const key = profile.url.toLowerCase();
            let tally = this.#profiles.get(key);
            if (!tally) {
                if (this.#profiles.size >= maxProfiles)
                    return;
                tally = { profile, firstPageUrl: pageUrl, pages: new Set(), inChrome: false };
                this.#profiles.set(key, tally);
            }
            tally.pages.add(pageUrl);
            if (block && (block.chrome || FOLLOW_US.test(foldText(`${block.heading ?? ''} ${block.text}`))) && !hasThirdPartyCue(block.text, companyName)) {
                tally.inChrome = true;
            }
            seen.add(href);
        };
        for (const block of blocks)
            for (const href of block.hrefs)
                count(href, block);
        // Links the blocks did not show (a page without HTML, links added by scripts).
        for (const link of links)
            if (!seen.has(link.url))
                count(link.url, null);
    }
    /** The company's own profiles and the third parties', in order of first appearance. */
    split(identity, sameAs) {
        const declared = new Set(sameAs.map((url) => socialProfileFromUrl(url)?.url.toLowerCase()).filter((u) => !!u));
        const pages = this.#pages.size;
        const own = [];
        const others = [];
        for (const [key, tally] of this.#profiles) {
            const siteWide = pages >= 3 && tally.pages.size >= Math.max(2, SITE_WIDE_SHARE * pages);
            if (tally.inChrome || declared.has(key) || siteWide || identity.matches(handleOf(tally.profile.url)))
                own.push(tally.profile);
            else
                others.push({ ...tally.profile, pageUrl: tally.firstPageUrl });
        }
        return { socialProfiles: own, thirdPartyProfiles: others };
    }
}
//# sourceMappingURL=own-profiles.js.map