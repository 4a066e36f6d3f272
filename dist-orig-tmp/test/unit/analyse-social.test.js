import { expect } from 'chai';
import { CompanyIdentity } from '../../actors/analyse/company-identity.js';
import { ProfileTally } from '../../actors/analyse/own-profiles.js';
import { readPageBlocks } from '../../actors/analyse/page-sections.js';
import { extractSocialProfiles, socialProfileFromUrl } from '../../actors/analyse/social.js';
describe('extractSocialProfiles', () => {
    const recognised = [
        // Facebook
        { url: 'https://www.facebook.com/AcmeParis', network: 'facebook', canonical: 'https://www.facebook.com/AcmeParis' },
        { url: 'http://facebook.com/AcmeParis/', network: 'facebook', canonical: 'https://www.facebook.com/AcmeParis' },
        { url: 'https://m.facebook.com/acme.paris?ref=bookmarks', network: 'facebook', canonical: 'https://www.facebook.com/acme.paris' },
        { url: 'https://fr-fr.facebook.com/acme-123456789/', network: 'facebook', canonical: 'https://www.facebook.com/acme-123456789' },
        { url: 'https://www.facebook.com/AcmeParis/photos/a.123/456', network: 'facebook', canonical: 'https://www.facebook.com/AcmeParis' },
        {
            url: 'https://www.facebook.com/profile.php?id=100063123456789',
            network: 'facebook',
            canonical: 'https://www.facebook.com/profile.php?id=100063123456789',
        },
        { url: 'https://www.facebook.com/pages/Acme-Paris/123456789012', network: 'facebook', canonical: 'https://www.facebook.com/pages/Acme-Paris/123456789012' },
        { url: 'https://www.facebook.com/pg/AcmeParis/about/', network: 'facebook', canonical: 'https://www.facebook.com/AcmeParis' },
        { url: 'https://www.facebook.com/p/Acme-Paris-100063123456789/', network: 'facebook', canonical: 'https://www.facebook.com/p/Acme-Paris-100063123456789' },
        { url: 'https://www.facebook.com/groups/acmefans/', network: 'facebook', canonical: 'https://www.facebook.com/groups/acmefans' },
        { url: 'https://fb.me/acmeparis', network: 'facebook', canonical: 'https://www.facebook.com/acmeparis' },
        // LinkedIn
        { url: 'https://www.linkedin.com/company/acme-sas/', network: 'linkedin', canonical: 'https://www.linkedin.com/company/acme-sas' },
        { url: 'https://fr.linkedin.com/company/acme-sas/about/', network: 'linkedin', canonical: 'https://www.linkedin.com/company/acme-sas' },
        { url: 'https://www.linkedin.com/in/julie-bernard-4a2b1c/', network: 'linkedin', canonical: 'https://www.linkedin.com/in/julie-bernard-4a2b1c' },
        { url: 'https://www.linkedin.com/school/hec-paris/', network: 'linkedin', canonical: 'https://www.linkedin.com/school/hec-paris' },
        { url: 'https://www.linkedin.com/showcase/acme-labs', network: 'linkedin', canonical: 'https://www.linkedin.com/showcase/acme-labs' },
        { url: 'https://www.linkedin.com/company/1234567?trk=tyah', network: 'linkedin', canonical: 'https://www.linkedin.com/company/1234567' },
        // X / Twitter
        { url: 'https://twitter.com/acme_fr', network: 'x', canonical: 'https://x.com/acme_fr' },
        { url: 'https://x.com/acme_fr/', network: 'x', canonical: 'https://x.com/acme_fr' },
        { url: 'https://twitter.com/#!/acme_fr', network: 'x', canonical: 'https://x.com/acme_fr' },
        // Instagram
        { url: 'https://www.instagram.com/acme.paris/', network: 'instagram', canonical: 'https://www.instagram.com/acme.paris' },
        { url: 'https://instagram.com/acme_paris?igshid=abc123', network: 'instagram', canonical: 'https://www.instagram.com/acme_paris' },
        { url: 'https://www.instagram.com/stories/acme.paris/', network: 'instagram', canonical: 'https://www.instagram.com/acme.paris' },
        // YouTube
        {
            url: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
            network: 'youtube',
            canonical: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
        },
        { url: 'https://www.youtube.com/@AcmeTV', network: 'youtube', canonical: 'https://www.youtube.com/@AcmeTV' },
        { url: 'https://m.youtube.com/@AcmeTV/videos', network: 'youtube', canonical: 'https://www.youtube.com/@AcmeTV' },
        { url: 'https://www.youtube.com/user/acmetv', network: 'youtube', canonical: 'https://www.youtube.com/user/acmetv' },
        { url: 'https://www.youtube.com/c/AcmeTV/featured', network: 'youtube', canonical: 'https://www.youtube.com/c/AcmeTV' },
        { url: 'https://www.youtube.com/AcmeTV', network: 'youtube', canonical: 'https://www.youtube.com/AcmeTV' },
        // TikTok, Pinterest, GitHub
        { url: 'https://www.tiktok.com/@acme.paris', network: 'tiktok', canonical: 'https://www.tiktok.com/@acme.paris' },
        { url: 'https://www.tiktok.com/@acme.paris/video/7234567890123456789', network: 'tiktok', canonical: 'https://www.tiktok.com/@acme.paris' },
        { url: 'https://www.pinterest.com/acmeparis/', network: 'pinterest', canonical: 'https://www.pinterest.com/acmeparis' },
        { url: 'https://fr.pinterest.com/acmeparis/boards/', network: 'pinterest', canonical: 'https://www.pinterest.com/acmeparis' },
        { url: 'https://www.pinterest.fr/acmeparis/', network: 'pinterest', canonical: 'https://www.pinterest.com/acmeparis' },
        { url: 'https://www.pinterest.co.uk/acmeparis/kitchens/', network: 'pinterest', canonical: 'https://www.pinterest.com/acmeparis' },
        { url: 'https://github.com/acme-labs', network: 'github', canonical: 'https://github.com/acme-labs' },
        { url: 'https://github.com/acme-labs/widget/issues', network: 'github', canonical: 'https://github.com/acme-labs' },
        { url: 'https://github.com/orgs/acme-labs/people', network: 'github', canonical: 'https://github.com/acme-labs' },
        // More networks
        { url: 'https://vimeo.com/acmestudio', network: 'vimeo', canonical: 'https://vimeo.com/acmestudio' },
        { url: 'https://vimeo.com/channels/acmechannel', network: 'vimeo', canonical: 'https://vimeo.com/channels/acmechannel' },
        { url: 'https://www.threads.net/@acme.paris', network: 'threads', canonical: 'https://www.threads.com/@acme.paris' },
        { url: 'https://bsky.app/profile/acme.bsky.social', network: 'bluesky', canonical: 'https://bsky.app/profile/acme.bsky.social' },
        { url: 'https://bsky.app/profile/did:plc:abc123xyz', network: 'bluesky', canonical: 'https://bsky.app/profile/did:plc:abc123xyz' },
        { url: 'https://mastodon.social/@acme', network: 'mastodon', canonical: 'https://mastodon.social/@acme' },
        { url: 'https://www.snapchat.com/add/acmeparis', network: 'snapchat', canonical: 'https://www.snapchat.com/add/acmeparis' },
        { url: 'https://t.me/acmeparis', network: 'telegram', canonical: 'https://t.me/acmeparis' },
        { url: 'https://t.me/s/acmeparis', network: 'telegram', canonical: 'https://t.me/acmeparis' },
        { url: 'https://wa.me/33612345678', network: 'whatsapp', canonical: 'https://wa.me/33612345678' },
        { url: 'https://api.whatsapp.com/send?phone=+33612345678&text=Bonjour', network: 'whatsapp', canonical: 'https://wa.me/33612345678' },
        { url: 'https://medium.com/@acme', network: 'medium', canonical: 'https://medium.com/@acme' },
        { url: 'https://medium.com/@acme/our-story-1a2b3c', network: 'medium', canonical: 'https://medium.com/@acme' },
        { url: 'https://acme.medium.com/', network: 'medium', canonical: 'https://acme.medium.com' },
        { url: 'https://discord.gg/acme42', network: 'discord', canonical: 'https://discord.gg/acme42' },
        { url: 'https://discord.com/invite/acme42', network: 'discord', canonical: 'https://discord.gg/acme42' },
        { url: 'https://www.xing.com/pages/acme-gmbh', network: 'xing', canonical: 'https://www.xing.com/pages/acme-gmbh' },
        // Issue 10: more ways sites write profile links.
        { url: 'https://instagr.am/acme_paris', network: 'instagram', canonical: 'https://www.instagram.com/acme_paris' },
        { url: 'https://x.com/@AcmeParis', network: 'x', canonical: 'https://x.com/AcmeParis' },
        { url: 'https://twitter.com/@AcmeParis', network: 'x', canonical: 'https://x.com/AcmeParis' },
        {
            url: 'https://www.facebook.com/pages/category/Plumbing-Service/Plomberie-Durand-104523456789012/',
            network: 'facebook',
            canonical: 'https://www.facebook.com/Plomberie-Durand-104523456789012',
        },
        { url: 'https://www.linkedin.com/pub/daniel-ortiz/12/345/678', network: 'linkedin', canonical: 'https://www.linkedin.com/pub/daniel-ortiz/12/345/678' },
        { url: 'https://www.flickr.com/photos/acmeparis/', network: 'flickr', canonical: 'https://www.flickr.com/photos/acmeparis' },
        { url: 'https://www.flickr.com/people/acmeparis/', network: 'flickr', canonical: 'https://www.flickr.com/photos/acmeparis' },
        { url: 'https://www.threads.net/@acme', network: 'threads', canonical: 'https://www.threads.com/@acme' },
        { url: 'https://bsky.app/profile/acme.bsky.social', network: 'bluesky', canonical: 'https://bsky.app/profile/acme.bsky.social' },
        { url: 'https://mastodon.social/@acme', network: 'mastodon', canonical: 'https://mastodon.social/@acme' },
    ];
    for (const { url, network, canonical } of recognised) {
        it(`recognises ${url}`, () => {
            expect(extractSocialProfiles([{ url }])).to.deep.equal([{ network, url: canonical }]);
            expect(socialProfileFromUrl(url)).to.deep.equal({ network, url: canonical });
        });
    }
    const rejected = [
        { name: 'Facebook sharer', url: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Facme.example' },
        // Issue 10: the false positive next to each true one above.
        { name: 'Facebook "me" (the visitor\'s own profile)', url: 'https://www.facebook.com/me' },
        { name: 'Instagram app deep link _u', url: 'https://www.instagram.com/_u/acme_paris' },
        { name: 'a single tweet', url: 'https://mobile.twitter.com/acme_fr/status/1234567890' },
        { name: 'a single X post', url: 'https://x.com/AcmeParis/status/1700000000000000000' },
        { name: 'Flickr tag search', url: 'https://www.flickr.com/photos/tags/paris' },
        { name: 'Instagram short host post', url: 'https://instagr.am/p/CxYz123/' },
        { name: 'Facebook sharer.php', url: 'https://www.facebook.com/sharer.php?u=https://acme.example' },
        { name: 'Facebook dialog', url: 'https://www.facebook.com/dialog/share?app_id=1&href=x' },
        { name: 'Facebook link shim', url: 'https://l.facebook.com/l.php?u=https%3A%2F%2Facme.example' },
        { name: 'Facebook home', url: 'https://www.facebook.com/' },
        { name: 'Facebook login', url: 'https://www.facebook.com/login/' },
        { name: 'Facebook plugins', url: 'https://www.facebook.com/plugins/page.php?href=acme' },
        { name: 'Facebook developers', url: 'https://developers.facebook.com/docs' },
        { name: 'Facebook policies', url: 'https://www.facebook.com/policies/cookies/' },
        { name: 'Twitter intent', url: 'https://twitter.com/intent/tweet?text=hello&url=https://acme.example' },
        { name: 'Twitter share', url: 'https://twitter.com/share?url=https://acme.example' },
        { name: 'X home', url: 'https://x.com/home' },
        { name: 'X search', url: 'https://twitter.com/search?q=acme' },
        { name: 'X hashtag', url: 'https://twitter.com/hashtag/acme' },
        { name: 'Twitter handle too long', url: 'https://twitter.com/this_handle_is_way_too_long' },
        { name: 'LinkedIn shareArticle', url: 'https://www.linkedin.com/shareArticle?mini=true&url=https://acme.example' },
        { name: 'LinkedIn share-offsite', url: 'https://www.linkedin.com/sharing/share-offsite/?url=https://acme.example' },
        { name: 'LinkedIn feed', url: 'https://www.linkedin.com/feed/' },
        { name: 'LinkedIn login', url: 'https://www.linkedin.com/login' },
        { name: 'LinkedIn bare company', url: 'https://www.linkedin.com/company/' },
        { name: 'LinkedIn short link', url: 'https://lnkd.in/abc123' },
        { name: 'Instagram post', url: 'https://www.instagram.com/p/CxYz123/' },
        { name: 'Instagram reel', url: 'https://www.instagram.com/reel/CxYz123/' },
        { name: 'Instagram explore', url: 'https://www.instagram.com/explore/tags/acme/' },
        { name: 'Instagram home', url: 'https://www.instagram.com/' },
        { name: 'YouTube video', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
        { name: 'YouTube embed', url: 'https://www.youtube.com/embed/dQw4w9WgXcQ' },
        { name: 'YouTube short link', url: 'https://youtu.be/dQw4w9WgXcQ' },
        { name: 'YouTube playlist', url: 'https://www.youtube.com/playlist?list=PL123' },
        { name: 'YouTube shorts', url: 'https://www.youtube.com/shorts/abc123' },
        { name: 'YouTube nocookie embed', url: 'https://www.youtube-nocookie.com/embed/abc' },
        { name: 'TikTok without @', url: 'https://www.tiktok.com/discover/acme' },
        { name: 'Pinterest pin', url: 'https://www.pinterest.com/pin/123456789/' },
        { name: 'Pinterest pin create button', url: 'https://www.pinterest.com/pin/create/button/?url=https://acme.example' },
        { name: 'Pinterest short link', url: 'https://pin.it/abc123' },
        { name: 'GitHub home', url: 'https://github.com/' },
        { name: 'GitHub login', url: 'https://github.com/login' },
        { name: 'GitHub features', url: 'https://github.com/features/actions' },
        { name: 'Vimeo video', url: 'https://vimeo.com/123456789' },
        { name: 'Vimeo player', url: 'https://player.vimeo.com/video/123456789' },
        { name: 'Telegram share', url: 'https://t.me/share/url?url=https://acme.example' },
        { name: 'WhatsApp share without number', url: 'https://wa.me/?text=Look%20at%20this' },
        { name: 'WhatsApp api share without phone', url: 'https://api.whatsapp.com/send?text=hello' },
        { name: 'Medium home', url: 'https://medium.com/' },
        { name: 'Medium tag', url: 'https://medium.com/tag/design' },
        { name: 'Bluesky compose intent', url: 'https://bsky.app/intent/compose?text=hi' },
        { name: 'Discord app', url: 'https://discord.com/channels/123/456' },
        { name: 'Google redirect wrapper', url: 'https://www.google.com/url?q=https://www.facebook.com/acme' },
        { name: 'Outlook safelinks wrapper', url: 'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Ftwitter.com%2Facme' },
        { name: 't.co short link', url: 'https://t.co/abc123' },
        { name: 'look-alike domain', url: 'https://facebook.com.evil.example/acme' },
        { name: 'look-alike name', url: 'https://notfacebook.com/acme' },
        { name: 'mailto', url: 'mailto:contact@acme.example' },
        { name: 'javascript', url: 'javascript:void(0)' },
        { name: 'relative path', url: '/facebook' },
        { name: 'empty string', url: '' },
        { name: 'garbage', url: 'http://[::1' },
        { name: 'own site', url: 'https://acme.example/social' },
        { name: 'huge URL', url: `https://www.facebook.com/${'a'.repeat(5000)}` },
    ];
    for (const { name, url } of rejected) {
        it(`rejects ${name}`, () => {
            expect(extractSocialProfiles([{ url }])).to.deep.equal([]);
        });
    }
    it('keeps one profile per network and handle, case-insensitively, in order of first appearance', () => {
        const profiles = extractSocialProfiles([
            { url: 'https://www.instagram.com/acme.paris/' },
            { url: 'https://www.facebook.com/AcmeParis' },
            { url: 'https://m.facebook.com/acmeparis/' },
            { url: 'https://twitter.com/Acme_FR' },
            { url: 'https://x.com/acme_fr' },
            { url: 'https://www.facebook.com/sharer.php?u=x' },
            { url: 'https://www.facebook.com/AcmeLyon' },
        ]);
        expect(profiles).to.deep.equal([
            { network: 'instagram', url: 'https://www.instagram.com/acme.paris' },
            { network: 'facebook', url: 'https://www.facebook.com/AcmeParis' },
            { network: 'x', url: 'https://x.com/Acme_FR' },
            { network: 'facebook', url: 'https://www.facebook.com/AcmeLyon' },
        ]);
    });
    it('returns nothing for no links', () => {
        expect(extractSocialProfiles([])).to.deep.equal([]);
    });
    it('skips entries whose url is not a string', () => {
        const links = [{ url: null }, { url: 42 }, { url: 'https://github.com/acme' }];
        expect(extractSocialProfiles(links)).to.deep.equal([{ network: 'github', url: 'https://github.com/acme' }]);
    });
    it('handles many links', () => {
        const links = Array.from({ length: 20_000 }, (_, index) => ({ url: `https://acme.example/page/${index}` }));
        links.push({ url: 'https://www.linkedin.com/company/acme' });
        expect(extractSocialProfiles(links)).to.deep.equal([{ network: 'linkedin', url: 'https://www.linkedin.com/company/acme' }]);
    });
});
describe('own social profiles and third parties', () => {
    const page = (i) => `https://acme.example/p${i}`;
    const footer = `<footer><a href="https://www.facebook.com/acmeparis">fb</a></footer>`;
    const rows = [
        {
            name: "a footer profile is the company's, a speaker's profile in the page body is not",
            pages: [`${footer}<main><h2>Speakers</h2><p><a href="https://www.linkedin.com/in/jane-doe">Jane</a></p></main>`],
            own: ['https://www.facebook.com/acmeparis'],
            third: ['https://www.linkedin.com/in/jane-doe'],
        },
        {
            name: 'a handle that spells the company is its own even in the body',
            pages: ['<main><p><a href="https://x.com/AcmeParis">x</a> <a href="https://x.com/johnsmith">John</a></p></main>'],
            own: ['https://x.com/AcmeParis'],
            third: ['https://x.com/johnsmith'],
        },
        {
            name: 'a profile declared in JSON-LD sameAs is its own',
            pages: ['<main><p><a href="https://www.instagram.com/studio_lumiere">ig</a></p></main>'],
            sameAs: ['https://www.instagram.com/studio_lumiere/'],
            own: ['https://www.instagram.com/studio_lumiere'],
            third: [],
        },
        {
            name: 'the web agency credited in the footer is a third party',
            pages: [`<footer><p>Site réalisé par l'agence Pixel : <a href="https://www.facebook.com/pixelagence">fb</a></p></footer>`],
            own: [],
            third: ['https://www.facebook.com/pixelagence'],
        },
        {
            name: 'a profile under "Suivez-nous" in the page body is its own, a partner\'s next section is not',
            pages: [
                '<main><h2>Suivez-nous</h2><p><a href="https://www.instagram.com/painsdujour">ig</a></p><h2>Nos partenaires</h2><p><a href="https://www.facebook.com/moulinbio">fb</a></p></main>',
            ],
            own: ['https://www.instagram.com/painsdujour'],
            third: ['https://www.facebook.com/moulinbio'],
        },
        {
            name: 'a profile linked from most pages is site-wide',
            pages: [1, 2, 3].map(() => '<main><p><a href="https://www.youtube.com/@lumiere">yt</a></p></main>'),
            own: ['https://www.youtube.com/@lumiere'],
            third: [],
        },
    ];
    for (const row of rows) {
        it(row.name, () => {
            const tally = new ProfileTally();
            row.pages.forEach((html, i) => tally.addPage(page(i), readPageBlocks(html), [], 100, 'Acme Paris'));
            const split = tally.split(new CompanyIdentity(['Acme Paris'], 'acme.example'), row.sameAs ?? []);
            expect(split.socialProfiles.map((p) => p.url)).to.deep.equal(row.own);
            expect(split.thirdPartyProfiles.map((p) => p.url)).to.deep.equal(row.third);
        });
    }
});
//# sourceMappingURL=analyse-social.test.js.map