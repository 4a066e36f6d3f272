/**
 * Social-network profiles linked from a site: recognised by host and path, reduced to one
 * canonical profile URL per network and handle. Share buttons, intents, login pages, posts and
 * videos are not profiles and are dropped.
 */
import { parse as parseDomain } from 'tldts';
import { wordSet } from '../word-set.js';
/** Longest link considered; longer ones are tracking blobs, not profile URLs. */
const MAX_LINK_CHARS = 2048;
const HOST_PREFIXES = /^(?:www\d?|m|mobile|touch|web|mbasic|[a-z]{2}(?:-[a-z]{2})?)\./;
function splitLink(raw) {
    if (raw.length > MAX_LINK_CHARS)
        return null;
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return null;
    const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
    const parsed = parseDomain(hostname);
    if (!parsed.domain || !parsed.domainWithoutSuffix)
        return null;
    // Strip prefixes only while something is left in front of the registrable domain.
    let host = hostname;
    while (host !== parsed.domain && HOST_PREFIXES.test(host))
        host = host.replace(HOST_PREFIXES, '');
    return {
        host,
        domain: parsed.domain,
        domainName: parsed.domainWithoutSuffix,
        segments: url.pathname.split('/').filter((segment) => segment.length > 0),
        searchParams: url.searchParams,
        hash: url.hash.replace(/^#/, ''),
    };
}
function lower(segment) {
    return (segment ?? '').toLowerCase();
}
function profile(network, url, key) {
    return { network, url, key: key.toLowerCase() };
}
/** Facebook page names: letters, digits, dots and dashes (`Acme.Paris`, `acme-123456`). */
const FACEBOOK_NAME = /^[\p{L}\p{N}.-]{2,100}$/u;
const FACEBOOK_RESERVED = wordSet('sharer sharer.php share share.php dialog plugins login login.php home.php help policies privacy terms legal about watch events marketplace gaming business ads pages hashtag photo.php photo story.php permalink.php l.php tr flx recover r.php settings notifications messages friends search bookmarks fundraisers careers media video.php reel reels video videos signup reg campaign places directory privacy_sandbox cookies checkpoint groups profile.php people p pg public badges games lite mobile watchparty me home story stories share permalink photos posts tr plugins');
const facebook = (link) => {
    if (link.domain !== 'facebook.com' && link.domain !== 'fb.com' && link.domain !== 'fb.me')
        return null;
    if (link.host !== link.domain)
        return null; // l.facebook.com (link shim), developers., business.…
    const [first, second, third] = link.segments;
    const head = lower(first);
    if (head === 'profile.php') {
        const id = link.searchParams.get('id') ?? '';
        return /^\d{1,20}$/.test(id) ? profile('facebook', `https://www.facebook.com/profile.php?id=${id}`, `id:${id}`) : null;
    }
    // Legacy category pages: /pages/category/<Category>/<Name-ID>/
    if (head === 'pages' && lower(second) === 'category' && link.segments[3] && FACEBOOK_NAME.test(link.segments[3])) {
        const slug = link.segments[3];
        const id = /-(\d{6,20})$/.exec(slug)?.[1];
        return profile('facebook', `https://www.facebook.com/${slug}`, id ? `id:${id}` : slug);
    }
    if (head === 'pages' && second && third && /^\d{1,20}$/.test(third)) {
        return profile('facebook', `https://www.facebook.com/pages/${second}/${third}`, `id:${third}`);
    }
    if (head === 'people' && second && third && /^\d{1,20}$/.test(third)) {
        return profile('facebook', `https://www.facebook.com/people/${second}/${third}`, `id:${third}`);
    }
    if ((head === 'p' || head === 'pg') && second && FACEBOOK_NAME.test(second)) {
        // `/pg/Acme/about` is the old page layout of `/Acme`; `/p/Acme-1000…` the new one.
        return head === 'pg'
            ? profile('facebook', `https://www.facebook.com/${second}`, second)
            : profile('facebook', `https://www.facebook.com/p/${second}`, `p:${second}`);
    }
    if (head === 'groups' && second && FACEBOOK_NAME.test(second)) {
        return profile('facebook', `https://www.facebook.com/groups/${second}`, `groups:${second}`);
    }
    if (!first || FACEBOOK_RESERVED.has(head) || !FACEBOOK_NAME.test(first) || /\.php$/i.test(first))
        return null;
    return profile('facebook', `https://www.facebook.com/${first}`, first);
};
const LINKEDIN_SECTIONS = new Set(['company', 'in', 'school', 'showcase']);
const LINKEDIN_SLUG = /^[\p{L}\p{N}%_.\-&]{2,150}$/u;
const linkedin = (link) => {
    if (link.domain !== 'linkedin.com' || link.host !== 'linkedin.com')
        return null;
    const [section, slug] = link.segments;
    const head = lower(section);
    // Legacy public profiles: /pub/<name>/<a>/<b>/<c>
    if (head === 'pub' && slug && LINKEDIN_SLUG.test(slug)) {
        const rest = link.segments.slice(2, 5).filter((part) => /^[A-Za-z0-9]{1,4}$/.test(part));
        const path = ['pub', slug, ...rest].join('/');
        return profile('linkedin', `https://www.linkedin.com/${path}`, path);
    }
    if (!LINKEDIN_SECTIONS.has(head) || !slug || !LINKEDIN_SLUG.test(slug))
        return null;
    return profile('linkedin', `https://www.linkedin.com/${head}/${slug}`, `${head}/${slug}`);
};
/** X/Twitter handles: 1 to 15 letters, digits and underscores. */
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const X_RESERVED = wordSet('intent share home login logout i search hashtag explore settings tos privacy notifications messages signup compose account download following followers who_to_follow widgets oauth intents help about jobs en fr de es it home_timeline search-advanced twitter x');
const x = (link) => {
    if (link.domain !== 'twitter.com' && link.domain !== 'x.com')
        return null;
    if (link.host !== link.domain)
        return null;
    let [handle] = link.segments;
    // Old hash-bang links: twitter.com/#!/acme
    if (!handle && link.hash.startsWith('!/'))
        handle = link.hash.slice(2).split('/')[0];
    // x.com/@acme and twitter.com/@acme are acme.
    if (handle?.startsWith('@'))
        handle = handle.slice(1);
    // A single post (x.com/acme/status/123) is not the profile.
    if (lower(link.segments[1]) === 'status' || lower(link.segments[1]) === 'statuses')
        return null;
    if (!handle || !X_HANDLE.test(handle) || X_RESERVED.has(handle.toLowerCase()))
        return null;
    return profile('x', `https://x.com/${handle}`, handle);
};
/** Instagram usernames: up to 30 letters, digits, dots and underscores. */
const INSTAGRAM_HANDLE = /^[A-Za-z0-9._]{1,30}$/;
const INSTAGRAM_RESERVED = wordSet('p reel reels tv explore accounts about developer legal direct stories web share sharer sharer.php challenge emails session oauth privacy terms login static invites ar instagram _u _n');
const instagram = (link) => {
    if (link.domain === 'instagr.am' && link.host === 'instagr.am') {
        const [short] = link.segments;
        if (!short || INSTAGRAM_RESERVED.has(short.toLowerCase()) || !INSTAGRAM_HANDLE.test(short))
            return null;
        return profile('instagram', `https://www.instagram.com/${short}`, short);
    }
    if (link.domain !== 'instagram.com' || link.host !== 'instagram.com')
        return null;
    const [first, second] = link.segments;
    let handle = first;
    // instagram.com/stories/acme/ is acme's story: the profile is acme.
    if (lower(handle) === 'stories' && second)
        handle = second;
    else if (!handle || INSTAGRAM_RESERVED.has(handle.toLowerCase()))
        return null;
    if (!handle || !INSTAGRAM_HANDLE.test(handle))
        return null;
    return profile('instagram', `https://www.instagram.com/${handle}`, handle);
};
const YOUTUBE_NAME = /^[\p{L}\p{N}_.\-%]{1,100}$/u;
const YOUTUBE_RESERVED = wordSet('watch embed playlist results feed shorts live redirect t about premium account signin logout gaming kids music channel user c v e attribution_link subscription_center howyoutubeworks hashtag post iframe_api s yt ads creators trends player_api get_video_info supported_browsers share upload new jobs index sw.js favicon.ico robots.txt youtubei api oembed');
const youtube = (link) => {
    if (link.domain !== 'youtube.com' || link.host !== 'youtube.com')
        return null; // youtu.be is videos
    const [first, second] = link.segments;
    const head = lower(first);
    if (first?.startsWith('@') && YOUTUBE_NAME.test(first.slice(1))) {
        return profile('youtube', `https://www.youtube.com/${first}`, first);
    }
    if ((head === 'channel' || head === 'user' || head === 'c') && second && YOUTUBE_NAME.test(second)) {
        return profile('youtube', `https://www.youtube.com/${head}/${second}`, `${head}/${second}`);
    }
    // Legacy custom URLs: youtube.com/AcmeTV
    if (first && !YOUTUBE_RESERVED.has(head) && /^[A-Za-z0-9_-]{2,100}$/.test(first)) {
        return profile('youtube', `https://www.youtube.com/${first}`, `c/${first}`);
    }
    return null;
};
const TIKTOK_HANDLE = /^@[A-Za-z0-9._]{2,24}$/;
const tiktok = (link) => {
    if (link.domain !== 'tiktok.com' || link.host !== 'tiktok.com')
        return null;
    const [handle] = link.segments;
    if (!handle || !TIKTOK_HANDLE.test(handle))
        return null;
    return profile('tiktok', `https://www.tiktok.com/${handle}`, handle);
};
const PINTEREST_USER = /^[A-Za-z0-9_]{3,30}$/;
const PINTEREST_RESERVED = wordSet('pin search ideas today explore login logout signup _ business settings categories discover about oauth resource videos topics news_hub homefeed shopping pinterest privacy terms help password source board boards');
const pinterest = (link) => {
    if (link.domainName !== 'pinterest' || link.host !== link.domain)
        return null; // pin.it: short links
    const [user] = link.segments;
    if (!user || PINTEREST_RESERVED.has(user.toLowerCase()) || !PINTEREST_USER.test(user))
        return null;
    return profile('pinterest', `https://www.pinterest.com/${user}`, user);
};
const GITHUB_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const GITHUB_RESERVED = wordSet('login join signup features pricing about topics explore marketplace sponsors settings notifications site security enterprise team customer-stories readme collections trending events apps search new organizations contact pulls issues codespaces dashboard logout password_reset orgs users git-guides github premium-support resources solutions mobile copilot discussions home');
const github = (link) => {
    if (link.domain !== 'github.com' || link.host !== 'github.com')
        return null;
    const [first, second] = link.segments;
    let owner = first;
    const head = lower(owner);
    // github.com/orgs/acme/… and github.com/sponsors/acme name the owner in the second segment.
    if ((head === 'orgs' || head === 'sponsors' || head === 'users') && second)
        owner = second;
    else if (!owner || GITHUB_RESERVED.has(head))
        return null;
    if (!owner || !GITHUB_OWNER.test(owner))
        return null;
    return profile('github', `https://github.com/${owner}`, owner);
};
const VIMEO_RESERVED = wordSet('channels groups video videos watch categories blog upgrade join log_in features ondemand search help about jobs stock enterprise create solutions for-hire live terms privacy cookie_policy showcase album manage home login signup upload settings watchlater purchases pricing event user');
const vimeo = (link) => {
    if (link.domain !== 'vimeo.com' || link.host !== 'vimeo.com')
        return null; // player.vimeo.com is videos
    const [first, second] = link.segments;
    if (lower(first) === 'channels' && second && /^[A-Za-z0-9_-]{2,64}$/.test(second) && !/^\d+$/.test(second)) {
        return profile('vimeo', `https://vimeo.com/channels/${second}`, `channels/${second}`);
    }
    // Numeric paths are videos (vimeo.com/123456789).
    if (!first || /^\d+$/.test(first) || VIMEO_RESERVED.has(first.toLowerCase()))
        return null;
    if (!/^[A-Za-z0-9_-]{2,64}$/.test(first))
        return null;
    return profile('vimeo', `https://vimeo.com/${first}`, first);
};
const threads = (link) => {
    if (link.domain !== 'threads.net' && link.domain !== 'threads.com')
        return null;
    if (link.host !== link.domain)
        return null;
    const [handle] = link.segments;
    if (!handle || !/^@[A-Za-z0-9._]{1,30}$/.test(handle))
        return null;
    return profile('threads', `https://www.threads.com/${handle}`, handle);
};
const bluesky = (link) => {
    if (link.host !== 'bsky.app')
        return null;
    const [section, handle] = link.segments;
    if (section !== 'profile' || !handle)
        return null;
    // A domain handle (acme.bsky.social, acme.com) or a DID (did:plc:…).
    if (!/^(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}$/.test(handle) && !/^did:[a-z]+:[A-Za-z0-9._:%-]{1,200}$/.test(handle)) {
        return null;
    }
    return profile('bluesky', `https://bsky.app/profile/${handle}`, handle);
};
/**
 * The largest Mastodon servers. Any server can host Mastodon, so other servers are not
 * recognisable from a link alone.
 */
const MASTODON_SERVERS = wordSet('mastodon.social mastodon.online mstdn.social fosstodon.org mas.to hachyderm.io mastodon.world infosec.exchange techhub.social mastodon.xyz piaille.fr mamot.fr framapiaf.org mastodon.green social.vivaldi.net universeodon.com mstdn.jp');
const mastodon = (link) => {
    if (!MASTODON_SERVERS.has(link.host))
        return null;
    const [handle] = link.segments;
    if (!handle || !/^@[A-Za-z0-9_]{1,30}$/.test(handle))
        return null;
    return profile('mastodon', `https://${link.host}/${handle}`, `${link.host}/${handle}`);
};
const snapchat = (link) => {
    if (link.domain !== 'snapchat.com' || link.host !== 'snapchat.com')
        return null;
    const [first, second] = link.segments;
    let user;
    if (lower(first) === 'add')
        user = second;
    else if (first?.startsWith('@'))
        user = first.slice(1);
    if (!user || !/^[A-Za-z][A-Za-z0-9._-]{2,14}$/.test(user))
        return null;
    return profile('snapchat', `https://www.snapchat.com/add/${user}`, user);
};
const TELEGRAM_RESERVED = wordSet('share joinchat addstickers iv login proxy socks setlanguage addtheme addemoji contact invoice confirmphone boost giftcode addlist bg telegram');
const telegram = (link) => {
    if (link.host !== 't.me' && link.host !== 'telegram.me' && link.host !== 'telegram.dog')
        return null;
    const [first, second] = link.segments;
    let name = first;
    // t.me/s/acme is the public web preview of channel acme.
    if (name === 's' && second)
        name = second;
    if (!name || TELEGRAM_RESERVED.has(name.toLowerCase()) || !/^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(name))
        return null;
    return profile('telegram', `https://t.me/${name}`, name);
};
const whatsapp = (link) => {
    let phone = null;
    if (link.host === 'wa.me')
        phone = link.segments[0] ?? null;
    else if (link.domain === 'whatsapp.com' && (link.host === 'api.whatsapp.com' || link.host === 'whatsapp.com')) {
        const [first, second] = link.segments;
        if (first === 'channel' && second && /^[A-Za-z0-9]{10,40}$/.test(second)) {
            return profile('whatsapp', `https://www.whatsapp.com/channel/${second}`, `channel/${second}`);
        }
        if (first === 'send' || first === undefined)
            phone = link.searchParams.get('phone');
    }
    if (phone === null)
        return null;
    const digits = phone.replace(/[\s+().-]/g, '');
    // Without a number, wa.me/?text=… is a share link.
    if (!/^\d{6,15}$/.test(digits))
        return null;
    return profile('whatsapp', `https://wa.me/${digits}`, digits);
};
const MEDIUM_RESERVED = wordSet('m me p tag tags topic topics search about membership plans creators policy jobs-at-medium new-story signin signout login followers following gift business partner-program verified-authors settings stats notifications lists');
const medium = (link) => {
    if (link.domain !== 'medium.com')
        return null;
    if (link.host !== 'medium.com') {
        // acme.medium.com is a publication or a member's own subdomain.
        const sub = link.host.slice(0, -'.medium.com'.length);
        if (!/^[a-z0-9-]{2,64}$/.test(sub) || ['help', 'policy', 'blog', 'status', 'about'].includes(sub))
            return null;
        return profile('medium', `https://${sub}.medium.com`, sub);
    }
    const [first] = link.segments;
    if (!first || MEDIUM_RESERVED.has(first.toLowerCase()))
        return null;
    if (first.startsWith('@')) {
        return /^@[A-Za-z0-9._-]{1,60}$/.test(first) ? profile('medium', `https://medium.com/${first}`, first) : null;
    }
    if (!/^[a-z0-9-]{2,64}$/i.test(first))
        return null;
    return profile('medium', `https://medium.com/${first}`, first);
};
const discord = (link) => {
    let code;
    if (link.host === 'discord.gg')
        code = link.segments[0];
    else if ((link.domain === 'discord.com' || link.domain === 'discordapp.com') && lower(link.segments[0]) === 'invite') {
        code = link.segments[1];
    }
    if (!code || !/^[A-Za-z0-9-]{2,40}$/.test(code))
        return null;
    return profile('discord', `https://discord.gg/${code}`, code);
};
const XING_SECTIONS = new Set(['companies', 'profile', 'pages']);
const xing = (link) => {
    if (link.domain !== 'xing.com' || link.host !== 'xing.com')
        return null;
    const [section, slug] = link.segments;
    const head = lower(section);
    if (!XING_SECTIONS.has(head) || !slug || !/^[A-Za-z0-9_.%-]{2,120}$/.test(slug))
        return null;
    return profile('xing', `https://www.xing.com/${head}/${slug}`, `${head}/${slug}`);
};
const FLICKR_USER = /^[A-Za-z0-9@_.-]{2,64}$/;
const flickr = (link) => {
    if (link.domain !== 'flickr.com' || link.host !== 'flickr.com')
        return null;
    const [section, user] = link.segments;
    const head = lower(section);
    if ((head !== 'photos' && head !== 'people') || !user || !FLICKR_USER.test(user) || ['tags', 'search'].includes(user.toLowerCase()))
        return null;
    return profile('flickr', `https://www.flickr.com/photos/${user}`, user);
};
/** Every recognised network, in the order links are tried. */
const NETWORK_RULES = [
    facebook,
    linkedin,
    x,
    instagram,
    youtube,
    tiktok,
    pinterest,
    github,
    vimeo,
    threads,
    bluesky,
    mastodon,
    snapchat,
    telegram,
    whatsapp,
    medium,
    discord,
    xing,
    flickr,
];
function recogniseProfile(url) {
    if (typeof url !== 'string')
        return null;
    const link = splitLink(url);
    if (link === null)
        return null;
    for (const rule of NETWORK_RULES) {
        const found = rule(link);
        if (found !== null)
            return found;
    }
    return null;
}
/**
 * The profile an absolute URL points to (canonical, as in {@link extractSocialProfiles}), or
 * null when it is not a profile on a recognised network.
 */
export function socialProfileFromUrl(url) {
    const found = recogniseProfile(url);
    return found === null ? null : { network: found.network, url: found.url };
}
/**
 * The social-network profiles among a page's or site's links: Facebook, LinkedIn (company, in/,
 * school, showcase), X/Twitter (`x`), Instagram, YouTube (channel, @handle, user, c), TikTok,
 * Pinterest, GitHub, Vimeo, Threads, Bluesky, Mastodon (large servers), Snapchat, Telegram,
 * WhatsApp (`wa.me`), Medium, Discord and Xing.
 *
 * Each URL is canonical (https, the network's main host, no query except Facebook's numeric
 * `profile.php?id=`, no trailing slash); a post, video or sub-page of a profile becomes the
 * profile. Share, intent and login links, link shims and shorteners are not profiles.
 *
 * @returns one profile per network and handle (case-insensitive), in order of first appearance
 */
export function extractSocialProfiles(links) {
    const profiles = new Map();
    for (const { url } of links) {
        const found = recogniseProfile(url);
        if (found === null)
            continue;
        const key = `${found.network}:${found.key}`;
        if (!profiles.has(key))
            profiles.set(key, { network: found.network, url: found.url });
    }
    return [...profiles.values()];
}
//# sourceMappingURL=social.js.map