/** German corpus sites. */
import { Site } from './site-builder.mjs';
import { blog, catalogue, footerBlock, lorem, NOISE, SVG_ICON, useTech } from './pieces.mjs';

export function handwerker() {
  const s = new Site({ id: 'de-handwerker-impressum', name: 'Schreinerei Huber', domain: 'schreinerei-huber.de', lang: 'de', style: 'static' });
  useTech(s, 'Bootstrap', 'jQuery static', 'Lightbox', 'Counter-Up', 'Waypoints');
  footerBlock(s, {
    address: 'Schreinerei Huber GmbH<br>Lindwurmstraße 12<br>80337 München',
    contactHtml: `Telefon: ${s.phone('+498912345610', '+49 (0)89 123456-10', 'PHONE')}<br>Fax: ${s.phone('+498912345699', '+49 (0)89 123456-99', 'FAX')}<br>E-Mail: ${s.email('info@schreinerei-huber.de', 'at-de')}`,
    socialHtml: s.social('https://www.instagram.com/schreinerei.huber/', 'https://www.instagram.com/schreinerei.huber') + s.social('https://www.pinterest.de/schreinereihuber/', 'https://www.pinterest.com/schreinereihuber'),
  });
  s.page('index.html', 'Schreinerei in München', `<section class="hero">${SVG_ICON}<h1>Schreinerei Huber</h1>${lorem('de', 2)}<p><span class="counter">1.250</span> Projekte seit 1987</p></section>`);
  s.page('leistungen.html', 'Leistungen', `<div class="container"><h1>Leistungen</h1>${lorem('de', 2, 1)}${NOISE.de}</div>`, { nav: 'Leistungen' });
  s.page('kontakt.html', 'Kontakt', `<div class="container"><h1>Kontakt</h1><p>Werkstatt: Durchwahl ${s.phone('+498912345622', '089 123456-22', 'PHONE')}<br>Mobil Meister Huber: ${s.phone('+491711234567', '0171 1234567', 'MOBILE')}</p></div>`, { nav: 'Kontakt' });
  s.page('impressum.html', 'Impressum', `<div class="container"><h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p><p>Schreinerei Huber GmbH, Lindwurmstraße 12, 80337 München</p><p>Vertreten durch: Georg Huber</p><p>Registergericht: Amtsgericht München, Handelsregister HRB 123456<br>Umsatzsteuer-Identifikationsnummer: DE 123456789</p><h2>Zuständige Kammer</h2><p>Handwerkskammer für München und Oberbayern, Max-Joseph-Straße 4, 80333 München, Tel. ${s.phone('+498951190', '+49 89 5119-0', 'PHONE', { third: true })}, ${s.email('info@hwk-muenchen.de', 'text', { third: true })}</p><h2>Webdesign</h2><p>Pixelwerk Medien GmbH – ${s.email('hallo@pixelwerk-medien.de', 'mailto', { third: true })}</p><p>Stand: 09.07.2027</p></div>`, { footer: 'Impressum' });
  return s;
}

export function steuerberater() {
  const s = new Site({ id: 'de-steuerberater-wp', name: 'Kanzlei Becker & Partner', domain: 'becker-steuerberatung.de', lang: 'de', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Contact Form 7', 'Cookiebot');
  footerBlock(s, {
    address: 'Königsallee 60<br>40212 Düsseldorf',
    contactHtml: `Tel. ${s.phone('+49211123450', '0211 12345-0', 'PHONE', { tel: true })}<br>${s.email('kanzlei@becker-steuerberatung.de', 'css-reversed')}`,
    socialHtml: s.social('https://www.linkedin.com/company/becker-partner-steuerberatung/', 'https://www.linkedin.com/company/becker-partner-steuerberatung') + s.social('https://www.xing.com/pages/beckerpartner', 'https://www.xing.com/pages/beckerpartner'),
  });
  s.page('index.html', 'Steuerberatung in Düsseldorf', `<section><h1>Becker &amp; Partner</h1>${lorem('de', 2, 2)}</section>`);
  s.page('team/index.html', 'Team', `<div class="container"><h1>Unser Team</h1>
  <div class="member"><h3>Dr. Klaus Becker</h3><p>Steuerberater, Partner</p><p>${s.email('k.becker@becker-steuerberatung.de')} · ${s.social('https://www.linkedin.com/in/klaus-becker-stb/', 'https://www.linkedin.com/in/klaus-becker-stb', { third: true })}</p></div>
  <div class="member"><h3>Anna Schmitt</h3><p>Steuerfachangestellte</p><p>${s.email('a.schmitt@becker-steuerberatung.de')} · ${s.social('https://de.linkedin.com/in/anna-schmitt-1a2b3c', 'https://www.linkedin.com/in/anna-schmitt-1a2b3c', { third: true })}</p></div></div>`, { nav: 'Team' });
  s.page('leistungen/index.html', 'Leistungen', `<div class="container"><h1>Leistungen</h1>${lorem('de', 3)}</div>`, { nav: 'Leistungen' });
  s.page('impressum/index.html', 'Impressum', `<div class="container"><h1>Impressum</h1><p>Becker &amp; Partner mbB Steuerberatungsgesellschaft, Partnerschaftsregister PR 1234, Amtsgericht Essen. USt-IdNr.: DE287654321.</p><p>Zuständige Aufsichtsbehörde: Steuerberaterkammer Düsseldorf, Grafenberger Allee 98, 40237 Düsseldorf, Telefon ${s.phone('+49211669060', '0211 66906-0', 'PHONE', { third: true })}, ${s.email('info@stbk-duesseldorf.de', 'mailto', { third: true })}</p></div>`, { footer: 'Impressum' });
  return s;
}

export function praxis() {
  const s = new Site({ id: 'de-praxis-static', name: 'Zahnarztpraxis Dr. Wagner', domain: 'zahnarzt-wagner.de', lang: 'de', style: 'static' });
  useTech(s, 'jQuery static', 'FancyBox', 'Google Maps', 'Modernizr');
  footerBlock(s, {
    address: 'Hauptstraße 5, 69117 Heidelberg',
    contactHtml: `Tel.: ${s.phone('+496221123456', '06221 / 12 34 56', 'PHONE')}<br>Fax: ${s.phone('+496221123457', '06221 / 12 34 57', 'FAX')}`,
    socialHtml: s.social('https://www.facebook.com/zahnarztwagner', 'https://www.facebook.com/zahnarztwagner'),
  });
  s.page('index.html', 'Zahnarzt Heidelberg', `<section><h1>Praxis Dr. Wagner</h1>${lorem('de', 2)}</section>`);
  s.page('sprechzeiten.html', 'Sprechzeiten', `<div class="container"><h1>Sprechzeiten</h1><p>Mo, Di, Do 08:00–12:00 und 14:00–18:00 · Mi, Fr 08:00–13:00</p>${NOISE.de}</div>`, { nav: 'Sprechzeiten' });
  s.page('kontakt.html', 'Kontakt', `<div class="container"><h1>Termin vereinbaren</h1><p>E-Mail: ${s.email('praxis@zahnarzt-wagner.de', 'split-inline')}</p></div>`, { nav: 'Kontakt' });
  s.page('impressum.html', 'Impressum', `<div class="container"><h1>Impressum</h1><p>Zuständige Kammer: Landeszahnärztekammer Baden-Württemberg, Albstadtweg 9, 70567 Stuttgart, ${s.email('info@lzk-bw.de', 'text', { third: true })}. Kassenzahnärztliche Vereinigung BW, Tel. ${s.phone('+49711787560', '0711 7875-60', 'PHONE', { third: true })}</p><p>Berufsbezeichnung: Zahnarzt (verliehen in Deutschland)</p></div>`, { footer: 'Impressum' });
  return s;
}

export function softwareSpa() {
  const s = new Site({ id: 'de-software-spa', name: 'Nordlicht Software', domain: 'nordlicht-software.de', lang: 'de', style: 'spa' });
  s.tech('React', '<script src="/static/js/react.production.min.js"></script>', 'head');
  s.asset('static/js/react.production.min.js', '/* react 18 stub */ window.React = { version: "18.2.0" };');
  const email = 'kontakt@nordlicht-software.de';
  s.labels.emails.push(email, 'jobs@nordlicht-software.de');
  const d = {
    email,
    phone: s.phone('+4940822123400', '+49 40 822 123 400', 'PHONE'),
    gh: s.social('https://github.com/nordlicht-software', 'https://github.com/nordlicht-software'),
    masto: `<a rel="me" href="https://mastodon.social/@nordlicht">@nordlicht@mastodon.social</a>`,
  };
  s.labels.social.push('https://mastodon.social/@nordlicht');
  const app = (view) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Nordlicht Software</title><script src="/static/js/react.production.min.js"></script></head><body><div id="root"></div><script>
var D=${JSON.stringify(d)};var v=${JSON.stringify(view)};
var pages={home:'<h1>Nordlicht Software</h1><p>Individuelle Software aus Hamburg für Mittelstand und Industrie.</p>',jobs:'<h1>Karriere</h1><p>Bewerbungen bitte an <a href="mailto:jobs@nordlicht-software.de">jobs@nordlicht-software.de</a></p>',kontakt:'<h1>Kontakt</h1><p>Telefon '+D.phone+'</p><p><a href="mailto:'+D.email+'">'+D.email+'</a></p>'};
document.getElementById('root').innerHTML='<header><a href="/">Start</a> <a href="/karriere.html">Karriere</a> <a href="/kontakt.html">Kontakt</a> <a href="/impressum.html">Impressum</a></header><main>'+(pages[v]||'<h1>Impressum</h1><p>Nordlicht Software GmbH, Amtsgericht Hamburg HRB 165432, USt-IdNr. DE312345678. Geschäftsführer: Jan Petersen.</p>')+'</main><footer>'+D.gh+' '+D.masto+'</footer>';
</script></body></html>`;
  for (const [path, view] of [['index.html', 'home'], ['karriere.html', 'jobs'], ['kontakt.html', 'kontakt'], ['impressum.html', 'impressum']]) s.pages.set(path, { raw: app(view) });
  return s;
}

export function hotel() {
  const s = new Site({ id: 'de-hotel-cloudflare', name: 'Hotel Alpenblick', domain: 'hotel-alpenblick.de', lang: 'de', style: 'static' });
  useTech(s, 'jQuery static', 'Google Font API', 'Leaflet');
  footerBlock(s, {
    address: 'Alpspitzstraße 8, 82467 Garmisch-Partenkirchen',
    contactHtml: `Tel. ${s.phone('+49882112345', '+49 8821 12345', 'PHONE', { tel: true })} · Fax ${s.phone('+49882112346', '+49 8821 12346', 'FAX')}<br>${s.email('rezeption@hotel-alpenblick.de', 'cloudflare')}`,
    socialHtml: s.social('https://www.facebook.com/hotelalpenblickgap', 'https://www.facebook.com/hotelalpenblickgap') + s.social('https://www.instagram.com/hotel_alpenblick_gap', 'https://www.instagram.com/hotel_alpenblick_gap') + s.social('https://www.youtube.com/channel/UC1a2b3c4d5e6f7g8h9i0jkl', 'https://www.youtube.com/channel/UC1a2b3c4d5e6f7g8h9i0jkl'),
  });
  s.page('index.html', 'Hotel in Garmisch', `<section><h1>Hotel Alpenblick</h1>${lorem('de', 2, 3)}<p>Doppelzimmer ab 129 € pro Nacht · Anreise 15:00 · Abreise 10:00</p></section>`);
  s.page('zimmer.html', 'Zimmer', `<div class="container"><h1>Zimmer &amp; Preise</h1>${NOISE.de}</div>`, { nav: 'Zimmer' });
  s.page('anfahrt.html', 'Anfahrt', `<div class="container"><h1>Anfahrt</h1><div id="map" data-lat="47.4917" data-lng="11.0955"></div><p>Koordinaten: 47.4917, 11.0955</p></div>`, { nav: 'Anfahrt' });
  s.page('impressum.html', 'Impressum', `<div class="container"><h1>Impressum</h1><p>Hotel Alpenblick KG, HRA 98765, AG München, USt-IdNr. DE 234567890.</p><p>Buchungsanfragen: ${s.email('buchung@hotel-alpenblick.de', 'cloudflare')}</p></div>`, { footer: 'Impressum' });
  return s;
}

export function verein() {
  const s = new Site({ id: 'de-sportverein', name: 'TSV Grünwald 1921 e.V.', domain: 'tsv-gruenwald.de', lang: 'de', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Vimeo');
  footerBlock(s, {
    address: 'Sportplatzweg 1, 82031 Grünwald',
    contactHtml: `Geschäftsstelle: ${s.phone('+49896412345', '089 / 641 23 45', 'PHONE')}`,
    socialHtml: s.social('https://vimeo.com/tsvgruenwald', 'https://vimeo.com/tsvgruenwald') + s.social('https://www.flickr.com/photos/tsvgruenwald/', 'https://www.flickr.com/photos/tsvgruenwald') + s.social('https://www.threads.net/@tsv_gruenwald', 'https://www.threads.net/@tsv_gruenwald'),
  });
  s.page('index.html', 'Sportverein Grünwald', `<section><h1>TSV Grünwald</h1>${lorem('de', 2)}</section>`);
  blog(s, { dir: 'aktuelles', count: 14, perPage: 7, title: 'Spielbericht', navTitle: 'Aktuelles', article: (i) => (i === 12 ? `<p>Rückfragen zur Jugendabteilung: ${s.email('jugend@tsv-gruenwald.de')}</p>` : '') });
  s.page('abteilungen/index.html', 'Abteilungen', `<div class="container"><h1>Abteilungen</h1><ul><li><a href="/abteilungen/tennis.html">Tennis</a></li></ul></div>`, { nav: 'Abteilungen' });
  s.page('abteilungen/tennis.html', 'Tennis', `<div class="container"><h1>Tennis</h1><p>Abteilungsleiter: ${s.email('tennis@tsv-gruenwald.de', 'at-de')}</p></div>`);
  s.page('impressum.html', 'Impressum', `<div class="container"><h1>Impressum</h1><p>TSV Grünwald 1921 e.V., Vereinsregister VR 4567, Amtsgericht München. Vorstand: Peter Maier. ${s.email('vorstand@tsv-gruenwald.de')}</p></div>`, { footer: 'Impressum' });
  return s;
}

export function treuhandCh() {
  const s = new Site({ id: 'de-ch-treuhand', name: 'Treuhand Keller AG', domain: 'treuhand-keller.ch', lang: 'de', style: 'static' });
  useTech(s, 'Bootstrap', 'jQuery static');
  footerBlock(s, {
    address: 'Bahnhofstrasse 21<br>8001 Zürich',
    contactHtml: `Tel. ${s.phone('+41446681800', '+41 44 668 18 00', 'PHONE')}<br>${s.email('info@treuhand-keller.ch')}`,
    socialHtml: s.social('https://www.linkedin.com/company/treuhand-keller-ag', 'https://www.linkedin.com/company/treuhand-keller-ag'),
  });
  s.page('index.html', 'Treuhand in Zürich', `<section><h1>Treuhand Keller AG</h1>${lorem('de', 2, 1)}<p>Buchhaltung ab CHF 1'200.– pro Jahr.</p></section>`);
  s.page('team.html', 'Team', `<div class="container"><h1>Team</h1><p>Lukas Keller, Geschäftsführer – Direkt ${s.phone('+41446681801', '044 668 18 01', 'PHONE')} – ${s.email('l.keller@treuhand-keller.ch')}</p><p>Sandra Frei, Mandatsleiterin – Mobile ${s.phone('+41791234567', '079 123 45 67', 'MOBILE')}</p></div>`, { nav: 'Team' });
  s.page('impressum.html', 'Impressum', `<div class="container"><h1>Impressum</h1><p>Treuhand Keller AG, Handelsregister des Kantons Zürich, UID CHE-123.456.789 MWST. Mitglied von TREUHAND|SUISSE.</p><p>Zuständige Aufsichtsbehörde: Eidgenössische Revisionsaufsichtsbehörde RAB, Bern, Tel. ${s.phone('+41313252300', '031 325 23 00', 'PHONE', { third: true })}</p></div>`, { footer: 'Impressum' });
  return s;
}

export const DE_SITES = [handwerker, steuerberater, praxis, softwareSpa, hotel, verein, treuhandCh];
export { blog, catalogue };
