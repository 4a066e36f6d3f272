import { expect } from 'chai';
import { detectTechnologies, technologyInputFromPage } from '../../actors/technologies/detect.js';
function detect(html) {
    return detectTechnologies([technologyInputFromPage({ url: 'https://acme.example/', html, headers: {}, text: '' })]).map((t) => ({
        name: t.name,
        evidence: t.evidence ?? [],
    }));
}
describe('technologies: supplement fingerprints and evidence', () => {
    const rows = [
        {
            name: 'a Google Calendar embed',
            html: '<iframe src="https://calendar.google.com/calendar/embed?src=x%40group.calendar.google.com"></iframe>',
            technology: 'Google Calendar',
        },
        {
            name: 'a Google Forms embed',
            html: '<iframe src="https://docs.google.com/forms/d/e/1FAIp/viewform?embedded=true"></iframe>',
            technology: 'Google Forms',
        },
        { name: 'a YouTube privacy-mode embed', html: '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>', technology: 'YouTube' },
        { name: 'the Facebook page plugin', html: '<div class="fb-page" data-href="https://www.facebook.com/acme"></div>', technology: 'Facebook Page Plugin' },
        {
            name: 'a Mailchimp embedded form',
            html: '<form action="https://acme.us21.list-manage.com/subscribe/post?u=a&id=b" method="post"></form>',
            technology: 'MailChimp',
        },
        { name: 'a HelloAsso widget', html: '<iframe src="https://www.helloasso.com/associations/x/adhesions/y/widget"></iframe>', technology: 'HelloAsso' },
        {
            name: 'WPForms lite script',
            html: '<script src="/wp-content/plugins/wpforms-lite/assets/js/frontend/wpforms.min.js?ver=1.8.5"></script>',
            technology: 'WPForms',
        },
        { name: 'supabase-js from a CDN', html: '<script src="https://cdn.jsdelivr.net/npm/@supabase/supabase-js@2"></script>', technology: 'Supabase' },
        { name: 'EmailJS', html: '<script src="https://cdn.jsdelivr.net/npm/@emailjs/browser@3/dist/email.min.js"></script>', technology: 'EmailJS' },
        { name: 'Tailwind Play CDN', html: '<script src="https://cdn.tailwindcss.com"></script>', technology: 'Tailwind CSS' },
        { name: 'Waypoints', html: '<script src="js/jquery.waypoints.min.js"></script>', technology: 'Waypoints' },
        { name: 'Counter-Up', html: '<script src="js/jquery.counterup.min.js"></script>', technology: 'Counter-Up' },
        { name: 'jQuery Easing', html: '<script src="js/jquery.easing.1.3.js"></script>', technology: 'jQuery Easing' },
        { name: 'IcoMoon', html: '<link rel="stylesheet" href="fonts/icomoon/style.css">', technology: 'IcoMoon' },
        {
            name: 'Google Tag (gtag.js for Ads)',
            html: '<script async src="https://www.googletagmanager.com/gtag/js?id=AW-123456789"></script>',
            technology: 'Google Tag',
        },
        { name: 'Jetpack', html: '<link rel="stylesheet" href="/wp-content/plugins/jetpack/css/jetpack.css?ver=13.0">', technology: 'Jetpack' },
        { name: 'FancyBox', html: '<script src="js/jquery.fancybox.min.js"></script>', technology: 'FancyBox' },
        { name: 'Lightbox', html: '<script src="js/lightbox.min.js"></script>', technology: 'Lightbox' },
    ];
    for (const row of rows) {
        it(`detects ${row.name}, with the evidence`, () => {
            const found = detect(`<html><head></head><body>${row.html}</body></html>`).find((t) => t.name === row.technology);
            expect(found, row.technology).to.exist;
            expect(found.evidence.length).to.be.greaterThan(0);
        });
    }
    const absent = [
        { name: 'a Google Calendar link (not an embed)', html: '<a href="https://calendar.google.com/calendar/r">Agenda</a>', technology: 'Google Calendar' },
        { name: 'the word waypoints in text', html: '<p>Our GPS waypoints.js guide</p>', technology: 'Waypoints' },
        { name: 'a Facebook profile link (not the page plugin)', html: '<a href="https://www.facebook.com/acme">fb</a>', technology: 'Facebook Page Plugin' },
        { name: 'a HelloAsso mention in text', html: '<p>Adhésion via HelloAsso bientôt</p>', technology: 'HelloAsso' },
    ];
    for (const row of absent) {
        it(`does not detect ${row.technology} from ${row.name}`, () => {
            expect(detect(`<html><body>${row.html}</body></html>`).map((t) => t.name)).not.to.include(row.technology);
        });
    }
});
//# sourceMappingURL=technologies-supplement.test.js.map