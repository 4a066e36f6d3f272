/** English corpus sites (UK, US, Canada). */
import { Site } from './site-builder.mjs';
import { blog, catalogue, footerBlock, lorem, NOISE, shareButtons, useTech } from './pieces.mjs';

export function ukAccountants() {
  const s = new Site({ id: 'en-uk-accountants', name: 'Hartley & Moss Accountants', domain: 'hartleymoss.co.uk', lang: 'en', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Yoast SEO', 'Google Tag');
  footerBlock(s, {
    address: '14 Albion Street, Leeds LS1 6HX',
    contactHtml: `T: ${s.phone('+441134960123', '+44 (0)113 496 0123', 'PHONE', { tel: true })}<br>${s.email('enquiries@hartleymoss.co.uk')}`,
    socialHtml: s.social('https://www.linkedin.com/company/hartley-moss/', 'https://www.linkedin.com/company/hartley-moss') + s.social('https://twitter.com/HartleyMossLLP', 'https://x.com/HartleyMossLLP'),
  });
  s.page('index.html', 'Chartered accountants in Leeds', `<section><h1>Hartley &amp; Moss</h1>${lorem('en', 2)}</section>`);
  s.page('services/index.html', 'Services', `<div class="container"><h1>Services</h1>${lorem('en', 3, 1)}${NOISE.en}</div>`, { nav: 'Services' });
  s.page('contact/index.html', 'Contact', `<div class="container"><h1>Contact us</h1><p>Switchboard: ${s.phone('+441134960100', '0113 496 0100 ext. 204', 'PHONE')}</p><p>Payroll team: ${s.email('payroll@hartleymoss.co.uk', 'at-en')}</p></div>`, { nav: 'Contact' });
  s.page('legal/index.html', 'Legal', `<div class="container"><h1>Legal and regulatory information</h1><p>Hartley &amp; Moss Ltd. Registered in England and Wales No. 08123456. VAT Reg No. GB 123 4567 89.</p><p>We are registered to carry on audit work in the UK by the Institute of Chartered Accountants in England and Wales (ICAEW), Chartered Accountants' Hall, Moorgate Place, London EC2R 6EA, tel ${s.phone('+442079208100', '+44 (0)20 7920 8100', 'PHONE', { third: true })}, ${s.email('contactus@icaew.com', 'text', { third: true })}.</p><p>Website by Northern Pixel Ltd — ${s.email('studio@northernpixel.co.uk', 'mailto', { third: true })}</p></div>`, { footer: 'Legal' });
  return s;
}

export function usDental() {
  const s = new Site({ id: 'en-us-dental-squarespace', name: 'Park Slope Dental Care', domain: 'parkslopedentalcare.com', lang: 'en', style: 'squarespace' });
  useTech(s, 'Squarespace', 'Typeform');
  footerBlock(s, {
    address: '241 7th Avenue, Brooklyn, NY 11215',
    contactHtml: `Call ${s.phone('+17187365000', '(718) 736-5000', 'PHONE', { tel: true })}<br>Fax ${s.phone('+17187365001', '(718) 736-5001', 'FAX')}`,
    socialHtml: s.social('https://www.facebook.com/ParkSlopeDentalCare/', 'https://www.facebook.com/ParkSlopeDentalCare') + s.social('https://www.instagram.com/parkslopedental/', 'https://www.instagram.com/parkslopedental'),
  });
  s.page('index.html', 'Family dentist in Brooklyn', `<div class="sqs-block"><h1>Park Slope Dental Care</h1>${lorem('en', 2, 2)}<p>New patient special $99 · Open Mon–Sat 8:00am–6:00pm</p></div>`);
  s.page('new-patients.html', 'New patients', `<div class="sqs-block"><h1>New patients</h1><p>Toll free: ${s.phone('+18003569377', '1-800-356-9377', 'PHONE')} · Insurance ID 0012345678</p>${NOISE.en}</div>`, { nav: 'New patients' });
  s.page('contact.html', 'Contact', `<div class="sqs-block"><h1>Contact</h1><p>Front desk: ${s.email('frontdesk@parkslopedentalcare.com', 'entities')}</p><p>Billing questions: ${s.phone('+17187365002', '718.736.5002 x12', 'PHONE')}</p></div>`, { nav: 'Contact' });
  return s;
}

export function lawFirm() {
  const s = new Site({ id: 'en-law-firm-wp', name: 'Whitaker Legal LLP', domain: 'whitakerlegal.com', lang: 'en', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Elementor', 'reCAPTCHA');
  footerBlock(s, {
    address: '1200 Market Street, Suite 400, Philadelphia, PA 19107',
    contactHtml: `${s.phone('+12155550100'.replace('5550100', '8641200'), '+1 (215) 864-1200', 'PHONE', { tel: true })}`,
    socialHtml: s.social('https://twitter.com/@WhitakerLegal', 'https://x.com/WhitakerLegal') + s.social('https://www.linkedin.com/company/whitaker-legal-llp', 'https://www.linkedin.com/company/whitaker-legal-llp'),
  });
  s.page('index.html', 'Business law firm in Philadelphia', `<section><h1>Whitaker Legal</h1>${lorem('en', 2, 1)}</section>`);
  s.page('attorneys/index.html', 'Attorneys', `<div class="container"><h1>Our attorneys</h1>
  <div class="bio"><h3>Rebecca Whitaker</h3><p>Managing Partner · ${s.email('rwhitaker@whitakerlegal.com', 'entities')} · ${s.phone('+12158641210', '215-864-1210', 'PHONE')} · ${s.social('https://www.linkedin.com/in/rebeccawhitaker/', 'https://www.linkedin.com/in/rebeccawhitaker', { third: true })}</p></div>
  <div class="bio"><h3>Daniel Ortiz</h3><p>Associate · ${s.email('dortiz@whitakerlegal.com', 'entities')} · ${s.social('https://www.linkedin.com/pub/daniel-ortiz/12/345/678', 'https://www.linkedin.com/pub/daniel-ortiz/12/345/678', { third: true })}</p></div></div>`, { nav: 'Attorneys' });
  blog(s, { dir: 'insights', count: 8, perPage: 4, title: 'Legal insight', navTitle: 'Insights' });
  s.page('disclaimer/index.html', 'Disclaimer', `<div class="container"><h1>Attorney advertising</h1><p>Complaints about attorneys may be directed to the Disciplinary Board of the Supreme Court of Pennsylvania, ${s.phone('+17172317380', '(717) 231-7380', 'PHONE', { third: true })}.</p></div>`, { footer: 'Disclaimer' });
  return s;
}

export function saasSpa() {
  const s = new Site({ id: 'en-saas-spa', name: 'Brightpath Analytics', domain: 'brightpath.io', lang: 'en', style: 'spa' });
  s.tech('React', '<script src="/static/js/react-dom.production.min.js"></script>', 'head');
  s.asset('static/js/react-dom.production.min.js', '/* react-dom stub */ window.ReactDOM = {};');
  s.labels.emails.push('hello@brightpath.io', 'security@brightpath.io');
  const d = {
    phone: s.phone('+442030123456', '+44 20 3012 3456', 'PHONE'),
    social: [
      s.social('https://www.linkedin.com/company/brightpath-analytics', 'https://www.linkedin.com/company/brightpath-analytics'),
      s.social('https://www.youtube.com/@brightpath', 'https://www.youtube.com/@brightpath'),
      s.social('https://github.com/brightpath', 'https://github.com/brightpath'),
    ].join(' '),
  };
  const app = (view) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Brightpath Analytics</title><script src="/static/js/react-dom.production.min.js"></script></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script>
var D=${JSON.stringify(d)};var v=${JSON.stringify(view)};
var m={home:'<h1>Product analytics for B2B teams</h1><p>Follow us @ twitter.com for release notes. Trusted by 400 teams.</p>',contact:'<h1>Talk to us</h1><p>Sales: '+D.phone+'</p><p><a href="mailto:hello@brightpath.io">hello@brightpath.io</a></p>',security:'<h1>Security</h1><p>Report vulnerabilities to <a href="mailto:security@brightpath.io">security@brightpath.io</a>. Example: https://user:password@app.brightpath.io is never valid.</p>'};
document.getElementById('root').innerHTML='<nav><a href="/">Home</a> <a href="/contact">Contact</a> <a href="/security">Security</a></nav><main>'+m[v]+'</main><footer>'+D.social+'</footer>';
</script></body></html>`;
  s.pages.set('index.html', { raw: app('home') });
  s.pages.set('contact/index.html', { raw: app('contact') });
  s.pages.set('security/index.html', { raw: app('security') });
  return s;
}

export function conferenceEn() {
  const s = new Site({ id: 'en-conference', name: 'GreenBuild Summit', domain: 'greenbuildsummit.org', lang: 'en', style: 'static' });
  useTech(s, 'Bootstrap', 'AOS', 'Google Font API');
  footerBlock(s, {
    address: 'GreenBuild Events Ltd, 30 Station Road, Cambridge CB1 2JH',
    contactHtml: `${s.email('team@greenbuildsummit.org')} · ${s.phone('+441223960400', '01223 960400', 'PHONE')}`,
    socialHtml: s.social('https://www.threads.net/@greenbuildsummit', 'https://www.threads.net/@greenbuildsummit') + s.social('https://www.tiktok.com/@greenbuildsummit', 'https://www.tiktok.com/@greenbuildsummit') + s.social('https://x.com/GreenBuildSum', 'https://x.com/GreenBuildSum'),
  });
  s.page('index.html', 'Sustainable construction summit', `<section data-aos="fade-up"><h1>GreenBuild Summit 2026</h1><p>Three days, 60 speakers, 2,000 delegates. 22–24 September 2026, ExCeL London.</p></section>`);
  const speakers = [
    ['Dr. Amelia Hart', 'Professor of Architecture, UCL', 'ameliahart', 'AmeliaHartArch', 'a.hart@ucl.ac.uk'],
    ['Marcus Olsen', 'CEO, Timberline', 'marcus-olsen', 'marcusolsen', null],
    ['Priya Raman', 'Head of ESG, BuildCo', 'priyaraman', 'priya_esg', 'priya.raman@buildco.com'],
  ];
  s.page('speakers.html', 'Speakers', `<section><h1>Speakers</h1>${speakers.map(([n, r, li, tw, mail]) => `<div class="card speaker"><h3>${n}</h3><p>${r}</p>${s.social(`https://uk.linkedin.com/in/${li}`, `https://www.linkedin.com/in/${li}`, { third: true })}${s.social(`https://x.com/${tw}`, `https://x.com/${tw}`, { third: true })}${mail ? ` <a href="mailto:${mail}">${mail}</a>` : ''}</div>`).join('')}</section>`, { nav: 'Speakers' });
  s.labels.thirdParty.emails.push('a.hart@ucl.ac.uk', 'priya.raman@buildco.com');
  s.page('exhibit.html', 'Exhibit', `<section><h1>Exhibit &amp; sponsor</h1><p>Contact our sales team: ${s.email('sponsorship@greenbuildsummit.org', 'mailto')} or call ${s.phone('+441223960401', '+44 1223 960401', 'PHONE')}.</p><p>Media partner: ${s.social('https://www.facebook.com/ArchitectsJournal', 'https://www.facebook.com/ArchitectsJournal', { third: true })}</p></section>`, { nav: 'Exhibit' });
  s.page('press.html', 'Press', `<section><h1>Press</h1><p>Press accreditation: ${s.email('press@greenbuildsummit.org', 'at-en')}</p></section>`, { footer: 'Press' });
  return s;
}

export function caPlumbing() {
  const s = new Site({ id: 'en-ca-plumbing', name: 'Maple Leaf Plumbing', domain: 'mapleleafplumbing.ca', lang: 'en', style: 'static' });
  useTech(s, 'jQuery static', 'Bootstrap', 'Font Awesome', 'Google Tag Manager');
  footerBlock(s, {
    address: '88 Spadina Ave, Toronto, ON M5V 3L9',
    contactHtml: `${s.phone('+14169795000', '416-979-5000', 'PHONE', { tel: true })} · 24/7 emergency ${s.phone('+16475550199'.replace('5550199', '3216789'), '647.321.6789', 'PHONE')}`,
    socialHtml: s.social('https://www.facebook.com/MapleLeafPlumbingTO', 'https://www.facebook.com/MapleLeafPlumbingTO') + s.social('https://www.youtube.com/user/MapleLeafPlumbing', 'https://www.youtube.com/user/MapleLeafPlumbing'),
  });
  s.page('index.html', 'Toronto plumbers', `<section><h1>Maple Leaf Plumbing</h1>${lorem('en', 2, 3)}<p>Licensed by the Ontario College of Trades, licence #123456789. GST/HST 123456789 RT0001.</p></section>`);
  s.page('services.html', 'Services', `<div class="container"><h1>Services</h1><p>Drain cleaning from $149 · Water heater install from $1,299</p>${NOISE.en}</div>`, { nav: 'Services' });
  s.page('contact.html', 'Contact', `<div class="container"><h1>Contact</h1><p>Dispatch: ${s.email('dispatch@mapleleafplumbing.ca', 'mailto')}<br>Office: ${s.email('office@mapleleafplumbing.ca', 'text')}</p></div>`, { nav: 'Contact' });
  return s;
}

export function charity() {
  const s = new Site({ id: 'en-charity', name: 'Riverside Food Bank', domain: 'riversidefoodbank.org.uk', lang: 'en', style: 'static' });
  useTech(s, 'MailChimp', 'Jotform', 'Google Forms', 'YouTube', 'Google Calendar');
  footerBlock(s, {
    address: 'Unit 4, Riverside Trading Estate, Bristol BS2 0QS',
    contactHtml: `${s.email('info@riversidefoodbank.org.uk', 'at-en')}<br>${s.phone('+441179300400', '0117 930 0400', 'PHONE')}`,
    socialHtml: s.social('https://www.facebook.com/RiversideFoodBankBristol', 'https://www.facebook.com/RiversideFoodBankBristol') + s.social('https://www.instagram.com/riversidefoodbank', 'https://www.instagram.com/riversidefoodbank'),
  });
  s.page('index.html', 'Food bank in Bristol', `<section><h1>Riverside Food Bank</h1>${lorem('en', 2)}<p>Registered charity no. 1123456. Company no. 06123456.</p></section>`);
  s.page('volunteer.html', 'Volunteer', `<section><h1>Volunteer</h1><p>Volunteer coordinator: ${s.email('volunteers@riversidefoodbank.org.uk')}</p></section>`, { nav: 'Volunteer' });
  s.page('donate.html', 'Donate', `<section><h1>Donate</h1><p>Gift Aid reference GB-CHC-1123456. Questions about donations? Contact the Charity Commission on ${s.phone('+443003669197', '0300 066 9197', 'PHONE', { third: true })} to verify our registration.</p></section>`, { nav: 'Donate' });
  return s;
}

export function usHundred() {
  const s = new Site({ id: 'en-us-manufacturer-100', name: 'Keystone Fasteners', domain: 'keystonefasteners.com', lang: 'en', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Jetpack', 'Google Analytics');
  footerBlock(s, {
    address: '500 Industrial Pkwy, Erie, PA 16509',
    contactHtml: `${s.phone('+18144560000', '(814) 456-0000', 'PHONE')}`,
    socialHtml: s.social('https://www.linkedin.com/company/keystone-fasteners', 'https://www.linkedin.com/company/keystone-fasteners'),
  });
  s.page('index.html', 'Industrial fasteners', `<section><h1>Keystone Fasteners</h1>${lorem('en', 2)}</section>`);
  catalogue(s, { dir: 'products', count: 60, title: 'Hex bolt series', navTitle: 'Products' });
  blog(s, { dir: 'news', count: 30, perPage: 10, title: 'Company news', navTitle: 'News', article: (i) => (i === 24 ? `<h3>Media contact</h3><p>${s.email('media@keystonefasteners.com')} · ${s.phone('+18144560050', '814-456-0050', 'PHONE')}</p>` : '') });
  s.page('careers/index.html', 'Careers', `<div class="container"><h1>Careers</h1><p>Apply at ${s.email('careers@keystonefasteners.com')}</p></div>`, { footer: 'Careers' });
  s.page('contact-us/index.html', 'Contact us', `<div class="container"><h1>Contact us</h1><p>Sales: ${s.email('sales@keystonefasteners.com')}<br>Fax: ${s.phone('+18144560001', '(814) 456-0001', 'FAX')}</p></div>`, { footer: 'Contact us' });
  return s;
}

export const EN_SITES = [ukAccountants, usDental, lawFirm, saasSpa, conferenceEn, caPlumbing, charity, usHundred];
export { shareButtons };
