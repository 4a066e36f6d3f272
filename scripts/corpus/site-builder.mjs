/**
 * Builds one static corpus site (test/fixtures/corpus/<id>/) and its labels.json as its pages
 * are written: every helper that writes a contact, a profile or a technology also records
 * what a correct analysis must report (own) or must not report as the company's (third party).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const T = {
  fr: { home: 'Accueil', contact: 'Contact', about: 'À propos', legal: 'Mentions légales', cookie: 'Nous utilisons des cookies pour améliorer votre expérience.', accept: 'Tout accepter', refuse: 'Refuser', rights: 'Tous droits réservés', privacy: 'Politique de confidentialité', follow: 'Suivez-nous', news: 'Actualités', team: 'Équipe' },
  de: { home: 'Startseite', contact: 'Kontakt', about: 'Über uns', legal: 'Impressum', cookie: 'Diese Website verwendet Cookies.', accept: 'Alle akzeptieren', refuse: 'Ablehnen', rights: 'Alle Rechte vorbehalten', privacy: 'Datenschutz', follow: 'Folgen Sie uns', news: 'Aktuelles', team: 'Team' },
  en: { home: 'Home', contact: 'Contact us', about: 'About', legal: 'Legal notice', cookie: 'We use cookies to improve your experience.', accept: 'Accept all', refuse: 'Reject', rights: 'All rights reserved', privacy: 'Privacy policy', follow: 'Follow us', news: 'News', team: 'Our team' },
  es: { home: 'Inicio', contact: 'Contacto', about: 'Quiénes somos', legal: 'Aviso legal', cookie: 'Utilizamos cookies propias y de terceros.', accept: 'Aceptar', refuse: 'Rechazar', rights: 'Todos los derechos reservados', privacy: 'Política de privacidad', follow: 'Síguenos', news: 'Noticias', team: 'Equipo' },
  it: { home: 'Home', contact: 'Contatti', about: 'Chi siamo', legal: 'Note legali', cookie: 'Questo sito utilizza cookie tecnici e di terze parti.', accept: 'Accetta', refuse: 'Rifiuta', rights: 'Tutti i diritti riservati', privacy: 'Privacy policy', follow: 'Seguici', news: 'News', team: 'Il team' },
};

export function words(lang) {
  return T[lang];
}

function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rot13(s) {
  return s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function cloudflareEncode(address, key = 0x5a) {
  let out = key.toString(16).padStart(2, '0');
  for (const ch of address) out += (ch.charCodeAt(0) ^ key).toString(16).padStart(2, '0');
  return out;
}

export class Site {
  constructor({ id, name, domain, lang, style, country, description }) {
    Object.assign(this, { id, name, domain, lang, style, country, description: description ?? name });
    this.pages = new Map();
    this.assets = new Map();
    this.labels = {
      name,
      language: lang,
      style,
      emails: [],
      phones: [],
      social: [],
      technologies: [],
      thirdParty: { emails: [], phones: [], social: [] },
    };
    this.head = [];
    this.bodyEnd = [];
    this.nav = [];
    this.footerLinks = [];
    this.footerExtra = '';
    this.headerExtra = '';
    this.jsonLd = null;
  }

  // ---- labels ----
  #addUnique(list, value) {
    if (!list.some((x) => JSON.stringify(x) === JSON.stringify(value))) list.push(value);
  }

  /** An e-mail address written in one of the ways sites write them. */
  email(address, style = 'mailto', { third = false, text } = {}) {
    this.#addUnique(third ? this.labels.thirdParty.emails : this.labels.emails, address.toLowerCase());
    const [local, domain] = address.split('@');
    const [host, ...rest] = domain.split('.');
    const tld = rest.join('.');
    switch (style) {
      case 'mailto':
        return `<a href="mailto:${address}">${esc(text ?? address)}</a>`;
      case 'mailto-subject':
        return `<a href="mailto:${address}?subject=Demande%20d%27information" class="btn btn-primary">${esc(text ?? 'Écrivez-nous')}</a>`;
      case 'text':
        return esc(address);
      case 'arobase':
        return `${esc(local)} [arobase] ${esc(host)} (point) ${esc(tld)}`;
      case 'at-de':
        return `${esc(local)} (ät) ${esc(host)} [punkt] ${esc(tld)}`;
      case 'at-en':
        return `${esc(local)} [at] ${esc(host)} [dot] ${esc(tld)}`;
      case 'arroba':
        return `${esc(local)} (arroba) ${esc(host)} (punto) ${esc(tld)}`;
      case 'chiocciola':
        return `${esc(local)} [chiocciola] ${esc(host)} [punto] ${esc(tld)}`;
      case 'entities':
        return [...address].map((c) => `&#${c.charCodeAt(0)};`).join('');
      case 'cloudflare':
        return `<a href="/cdn-cgi/l/email-protection#${cloudflareEncode(address)}"><span class="__cf_email__" data-cfemail="${cloudflareEncode(address)}">[email&#160;protected]</span></a>`;
      case 'css-reversed':
        return `<span class="rev" style="unicode-bidi:bidi-override;direction:rtl">${esc([...address].reverse().join(''))}</span>`;
      case 'split-inline':
        return `<span class="u">${esc(local)}</span><span class="at">@</span><!-- anti-spam --><span>${esc(host)}</span>.<span>${esc(tld)}</span>`;
      case 'comment-split':
        return `${esc(local)}<!-- no spam -->@<!-- -->${esc(domain)}`;
      case 'fromcharcode': {
        const codes = [...`mailto:${address}`].map((c) => c.charCodeAt(0)).join(',');
        const id = `m${Math.abs(hash(address))}`;
        return `<span id="${id}">[e-mail]</span><script>(function(){var h=String.fromCharCode(${codes});var a=document.createElement('a');a.href=h;a.textContent=h.slice(7);var s=document.getElementById('${id}');s.textContent='';s.appendChild(a);})();</script>`;
      }
      case 'rot13': {
        const id = `r${Math.abs(hash(address))}`;
        return `<span id="${id}" class="email-rot">${esc(rot13(address))}</span><script>(function(){var e=document.getElementById('${id}');var s=e.textContent.replace(/[a-z]/gi,function(c){return String.fromCharCode((c<='Z'?90:122)>=(c=c.charCodeAt(0)+13)?c:c-26);});e.innerHTML='<a href="mailto:'+s+'">'+s+'</a>';})();</script>`;
      }
      case 'glued':
        return `${esc(text ?? '')}<a href="mailto:${address}">${esc(address)}</a>`;
      default:
        throw new Error(`unknown email style ${style}`);
    }
  }

  /** A phone number; `number` is E.164. */
  phone(number, raw, kind = 'PHONE', { third = false, tel = false } = {}) {
    if (third) this.#addUnique(this.labels.thirdParty.phones, number);
    else this.#addUnique(this.labels.phones, { number, kind });
    return tel ? `<a href="tel:${number}">${esc(raw)}</a>` : esc(raw);
  }

  /** A social profile link; `canonical` is the profile URL a correct analysis reports. */
  social(href, canonical, { third = false, label } = {}) {
    this.#addUnique(third ? this.labels.thirdParty.social : this.labels.social, canonical);
    const network = label ?? new URL(href.startsWith('http') ? href : `https://${href}`).hostname.replace(/^www\./, '').split('.')[0];
    return `<a href="${esc(href)}" target="_blank" rel="noopener" aria-label="${esc(network)}"><i class="icon icon-${esc(network)}"></i><span class="sr-only">${esc(network)}</span></a>`;
  }

  /** A technology with the markup that shows it (added to <head> or before </body>). */
  tech(name, markup, where = 'head') {
    this.#addUnique(this.labels.technologies, name);
    if (markup) (where === 'head' ? this.head : this.bodyEnd).push(markup);
  }

  asset(path, content) {
    this.assets.set(path, content);
  }

  page(path, title, body, { nav = false, footer = false, extraHead = '' } = {}) {
    this.pages.set(path, { title, body, extraHead });
    if (nav) this.nav.push({ path, title: typeof nav === 'string' ? nav : title });
    if (footer) this.footerLinks.push({ path, title: typeof footer === 'string' ? footer : title });
  }

  // ---- layout ----
  #href(path) {
    return path === 'index.html' ? '/' : `/${path.replace(/index\.html$/, '')}`;
  }

  #header() {
    const w = words(this.lang);
    const items = [{ path: 'index.html', title: w.home }, ...this.nav]
      .map((p) => `<li class="menu-item"><a href="${this.#href(p.path)}">${esc(p.title)}</a></li>`)
      .join('\n        ');
    switch (this.style) {
      case 'wix':
        return `<div id="SITE_HEADER" class="xTz1c wixui-header" data-testid="header"><div class="comp-kx1"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(this.name)}</span></p></div>
      <nav id="comp-nav" aria-label="Site"><ul class="wixui-dropdown-menu">${items}</ul></nav>${this.headerExtra}</div>`;
      case 'squarespace':
        return `<header class="Header Header--top" data-nc-group="top"><div class="Header-inner"><a class="Header-branding" href="/">${esc(this.name)}</a>
      <nav class="Header-nav"><div class="Header-nav-inner">${items.replace(/<li class="menu-item">|<\/li>/g, '')}</div></nav>${this.headerExtra}</div></header>`;
      default:
        return `<header id="masthead" class="site-header"><div class="container"><a class="site-title navbar-brand" href="/">${esc(this.name)}</a>
      <nav id="site-navigation" class="main-navigation navbar"><ul id="menu-main" class="menu nav">
        ${items}
      </ul></nav>${this.headerExtra}</div></header>`;
    }
  }

  #footer() {
    const w = words(this.lang);
    const links = this.footerLinks.map((p) => `<a href="${this.#href(p.path)}">${esc(p.title)}</a>`).join(' · ');
    return `<footer id="colophon" class="site-footer"><div class="container">
      ${this.footerExtra}
      <div class="footer-bottom"><p>© ${2019 + (hash(this.id) % 6)}–2026 ${esc(this.name)}. ${esc(w.rights)}. ${links} · <a href="/#privacy">${esc(w.privacy)}</a></p></div>
    </div></footer>`;
  }

  #cookieBanner() {
    const w = words(this.lang);
    return `<div id="cookie-notice" class="cookie-banner" role="dialog" aria-live="polite"><p>${esc(w.cookie)} <a href="/#privacy">${esc(w.privacy)}</a></p><button class="accept">${esc(w.accept)}</button> <button class="refuse">${esc(w.refuse)}</button></div>`;
  }

  render(path, page) {
    const ld = this.jsonLd && path === 'index.html' ? `<script type="application/ld+json">${JSON.stringify(this.jsonLd)}</script>` : '';
    const squarespace = this.style === 'squarespace' ? '<!-- This is Squarespace. --><!-- ' + this.id + ' -->\n' : '';
    return `<!DOCTYPE html>
${squarespace}<html lang="${this.lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(page.title)} | ${esc(this.name)}</title>
  <meta name="description" content="${esc(this.description)}">
  ${this.head.join('\n  ')}
  ${page.extraHead}
  ${ld}
</head>
<body class="${this.style === 'wordpress' ? 'page-template-default page wp-custom-logo' : 'page'}">
${this.#cookieBanner()}
${this.#header()}
<main id="main" class="site-main">
${page.body}
</main>
${this.#footer()}
${this.bodyEnd.join('\n')}
</body>
</html>
`;
  }

  write(root) {
    const dir = join(root, this.id);
    rmSync(dir, { recursive: true, force: true });
    for (const [path, page] of this.pages) {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, page.raw ?? this.render(path, page));
    }
    for (const [path, content] of this.assets) {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    writeFileSync(join(dir, 'labels.json'), `${JSON.stringify(this.labels, null, 2)}\n`);
  }
}

export function hash(text) {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return Math.abs(h);
}
