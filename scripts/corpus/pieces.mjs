/** Reusable page pieces of the corpus sites: real-world markup patterns, in five languages. */
import { TECH } from './tech-snippets.mjs';
import { words } from './site-builder.mjs';

export function useTech(site, ...keys) {
  for (const key of keys) {
    const [markup, where] = TECH[key];
    site.tech(key.replace(/ static$/, ''), markup, where);
  }
}

/** Noise that must never become a phone, an e-mail or a profile. */
export const NOISE = {
  fr: `<p class="small">Publié le 12/03/2024 · mis à jour le 09.07.2025 · Réf. 0142685300123 · Prix : 1 299,00 € TTC · Offre valable jusqu'au 31.12.2026.</p>`,
  de: `<p class="small">Stand: 09.07.2027 · Preise ab 1.299,00 € · Artikelnummer 4006381333931 · Öffnungszeiten Mo–Fr 08:00–17:00 · PLZ 80331</p>`,
  en: `<p class="small">Posted 2024-03-12 · Updated 07/09/2025 · Order #100245 · From $1,299.00 · ISBN 978-0-306-40615-7 · Opening hours 9:00–17:30</p>`,
  es: `<p class="small">Publicado el 12/03/2024 · Precio: 1.299,00 € · Ref. 28013 Madrid · Horario 09:00-14:00 y 16:00-20:00</p>`,
  it: `<p class="small">Pubblicato il 12/03/2024 · Prezzo 1.299,00 € · CAP 20121 · Orari 9:00–13:00 / 14:30–18:30</p>`,
};

/** An inline SVG icon with path data full of digit runs. */
export const SVG_ICON = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 1.12.37 2.33.57 3.57.57.55 0 1 .45 1 1V20c0 .55-.45 1-1 1-9.39 0-17-7.61-17-17 0-.55.45-1 1-1h3.5c.55 0 1 .45 1 1 0 1.25.2 2.45.57 3.57.11.35.03.74-.25 1.02l-2.2 2.2z"/><path d="M0 0h24v24H0 0 0123456789 0612345678"/></svg>`;

export const INLINE_STYLE = `<style>.hero{background:linear-gradient(90deg,#0142685300 0%,#fff 100%);margin:0 0 01.42rem}.x{z-index:0612345678}</style>`;

/** Share buttons: never profiles. */
export function shareButtons(url) {
  const u = encodeURIComponent(url);
  return `<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=${u}">Partager</a> <a href="https://twitter.com/intent/tweet?url=${u}&via=twitter">Tweet</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=${u}">LinkedIn</a> <a href="https://pinterest.com/pin/create/button/?url=${u}">Pin</a> <a href="https://www.facebook.com/me">Mon profil</a> <a href="https://www.instagram.com/_u/instagram">Instagram app</a> <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Vidéo</a> <a href="https://www.instagram.com/p/C1a2b3c4d5e/">Post</a> <a href="https://twitter.com/twitter/status/1700000000000000000">Tweet</a></div>`;
}

export function footerBlock(site, { address, contactHtml, socialHtml, extra = '' }) {
  const w = words(site.lang);
  site.footerExtra = `<div class="row footer-widgets">
        <div class="col widget widget_text"><h4 class="widget-title">${site.name}</h4><address>${address}</address></div>
        <div class="col widget"><h4 class="widget-title">${w.contact}</h4><p>${contactHtml}</p></div>
        <div class="col widget social-widget"><h4 class="widget-title">${w.follow}</h4><div class="social-icons">${socialHtml}</div></div>
        ${extra}
      </div>`;
}

/** Filler paragraphs in the site's language. */
export function lorem(lang, n = 2, seed = 0) {
  const text = {
    fr: ['Depuis plus de vingt ans, nous accompagnons nos clients avec exigence et passion.', 'Notre équipe met son savoir-faire au service de vos projets, du premier conseil à la réalisation.', 'Nous intervenons dans toute la région et travaillons avec des partenaires locaux de confiance.', 'La satisfaction de nos clients est notre meilleure publicité.'],
    de: ['Seit über zwanzig Jahren stehen wir unseren Kunden mit Erfahrung und Leidenschaft zur Seite.', 'Unser Team begleitet Ihr Projekt von der ersten Beratung bis zur Fertigstellung.', 'Wir sind in der ganzen Region für Sie im Einsatz.', 'Qualität und Zuverlässigkeit sind unser Anspruch.'],
    en: ['For more than twenty years we have helped our clients with care and expertise.', 'Our team takes your project from the first conversation to delivery.', 'We work across the region with trusted local partners.', 'Happy clients are our best advertisement.'],
    es: ['Desde hace más de veinte años acompañamos a nuestros clientes con rigor y pasión.', 'Nuestro equipo pone su experiencia al servicio de su proyecto.', 'Trabajamos en toda la región con socios locales de confianza.', 'La satisfacción de nuestros clientes es nuestra mejor publicidad.'],
    it: ['Da oltre vent’anni accompagniamo i nostri clienti con passione e competenza.', 'Il nostro team segue il vostro progetto dalla prima consulenza alla consegna.', 'Operiamo in tutta la regione con partner locali di fiducia.', 'La soddisfazione dei clienti è la nostra migliore pubblicità.'],
  }[lang];
  const out = [];
  for (let i = 0; i < n; i += 1) out.push(`<p>${text[(i + seed) % text.length]} ${text[(i + seed + 1) % text.length]}</p>`);
  return out.join('\n');
}

/** A blog / news section: listing pages and articles, `count` articles, `perPage` per listing page. */
export function blog(site, { dir = 'blog', count = 12, perPage = 6, title = 'Blog', article = () => '', navTitle } = {}) {
  const pages = Math.ceil(count / perPage);
  for (let p = 1; p <= pages; p += 1) {
    const items = [];
    for (let i = (p - 1) * perPage + 1; i <= Math.min(count, p * perPage); i += 1) {
      items.push(`<article class="post"><h2><a href="/${dir}/article-${i}.html">${title} ${i}</a></h2><p>${lorem(site.lang, 1, i).replace(/<\/?p>/g, '')}</p></article>`);
    }
    const pager = [p > 1 ? `<a href="/${dir}/${p === 2 ? '' : `page-${p - 1}.html`}">«</a>` : '', p < pages ? `<a class="next" href="/${dir}/page-${p + 1}.html">»</a>` : ''].join(' ');
    site.page(p === 1 ? `${dir}/index.html` : `${dir}/page-${p}.html`, `${title}${p > 1 ? ` – ${p}` : ''}`, `<div class="container"><h1>${title}</h1>${items.join('\n')}<nav class="pagination">${pager}</nav></div>`, p === 1 ? { nav: navTitle ?? title } : {});
  }
  for (let i = 1; i <= count; i += 1) {
    site.page(`${dir}/article-${i}.html`, `${title} ${i}`, `<article class="container"><h1>${title} ${i}</h1>${lorem(site.lang, 3, i)}${article(i)}${shareButtons(`https://${site.domain}/${dir}/article-${i}.html`)}</article>`);
  }
}

/** Product / service pages linked from a catalogue page. */
export function catalogue(site, { dir = 'produits', count = 20, title = 'Produit', navTitle = 'Produits' } = {}) {
  const items = [];
  for (let i = 1; i <= count; i += 1) {
    items.push(`<li><a href="/${dir}/${i}.html">${title} ${i}</a></li>`);
    site.page(`${dir}/${i}.html`, `${title} ${i}`, `<div class="container"><h1>${title} ${i}</h1>${lorem(site.lang, 2, i)}${NOISE[site.lang]}</div>`);
  }
  site.page(`${dir}/index.html`, navTitle, `<div class="container"><h1>${navTitle}</h1><ul class="grid">${items.join('')}</ul></div>`, { nav: navTitle });
}
