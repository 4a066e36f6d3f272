/** French corpus sites. */
import { Site } from './site-builder.mjs';
import { TECH } from './tech-snippets.mjs';
import { blog, catalogue, footerBlock, INLINE_STYLE, lorem, NOISE, shareButtons, SVG_ICON, useTech } from './pieces.mjs';

const FR_HOST = (s) => `<h2>Hébergement</h2><p>Ce site est hébergé par OVH SAS, 2 rue Kellermann, 59100 Roubaix, France. Tél. : ${s.phone('+33972101007', '09 72 10 10 07', 'PHONE', { third: true })}.</p>`;

export function boulangerie() {
  const s = new Site({ id: 'fr-boulangerie-wp', name: 'Boulangerie Lemoine', domain: 'boulangerie-lemoine.fr', lang: 'fr', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Elementor', 'Contact Form 7', 'Google Font API', 'Google Maps');
  footerBlock(s, {
    address: '14 rue de la République<br>31000 Toulouse',
    contactHtml: `Tél. ${s.phone('+33534322225', '(+33) 05 34 32 22 25', 'PHONE')}<br>${s.email('bonjour@boulangerie-lemoine.fr')}`,
    socialHtml: s.social('https://www.facebook.com/boulangerie.lemoine/', 'https://www.facebook.com/boulangerie.lemoine') + s.social('https://instagr.am/boulangerie_lemoine', 'https://www.instagram.com/boulangerie_lemoine'),
  });
  s.page('index.html', 'Pain artisanal à Toulouse', `<section class="elementor-section hero">${SVG_ICON}<h1>Boulangerie Lemoine</h1>${lorem('fr', 2)}<p>Suivez-nous @ facebook.com/boulangerie.lemoine et sur Instagram !</p></section>${INLINE_STYLE}`);
  s.page('nos-pains/index.html', 'Nos pains', `<div class="container"><h1>Nos pains</h1>${lorem('fr', 3, 1)}${NOISE.fr}</div>`, { nav: 'Nos pains' });
  s.page('contact/index.html', 'Contact', `<div class="container"><h1>Contact</h1><p>Commandes spéciales : ${s.email('commandes@boulangerie-lemoine.fr')} ou au ${s.phone('+33534322226', '05 34 32 22 26', 'PHONE', { tel: true })}</p><div class="wpcf7"><form class="wpcf7-form"><input type="email" placeholder="votre@email.fr"></form></div></div>`, { nav: 'Contact' });
  s.page('mentions-legales/index.html', 'Mentions légales', `<div class="container"><h1>Mentions légales</h1><h2>Éditeur</h2><p>SARL Boulangerie Lemoine au capital de 8 000 €, RCS Toulouse 812 345 678, SIRET 812 345 678 00019, TVA FR45812345678.</p>
<h2>Conception et réalisation</h2><p>Site réalisé par l'agence Pixel Sud – 3 allée Jean Jaurès, 31000 Toulouse – ${s.email('contact@pixelsud-agence.fr', 'text', { third: true })} – Tél. ${s.phone('+33561000000', '05 61 00 00 00', 'PHONE', { third: true })} – ${s.social('https://www.facebook.com/pixelsudagence', 'https://www.facebook.com/pixelsudagence', { third: true })}</p>${FR_HOST(s)}</div>`, { footer: 'Mentions légales' });
  return s;
}

export function avocats() {
  const s = new Site({ id: 'fr-avocats-static', name: 'Cabinet Roussel Avocats', domain: 'roussel-avocats.fr', lang: 'fr', style: 'static' });
  useTech(s, 'Bootstrap', 'jQuery static', 'Font Awesome', 'IcoMoon', 'jQuery Easing', 'Waypoints');
  footerBlock(s, {
    address: 'BP 123 CS 30012 01 42 68 53 00<br>8 boulevard Haussmann, 75009 Paris Cedex 09',
    contactHtml: `${s.email('cabinet@roussel-avocats.fr', 'arobase')}`,
    socialHtml: s.social('https://www.linkedin.com/company/cabinet-roussel-avocats/', 'https://www.linkedin.com/company/cabinet-roussel-avocats'),
  });
  s.labels.phones.push({ number: '+33142685300', kind: 'PHONE' });
  s.page('index.html', 'Avocats en droit des affaires', `<section class="hero"><h1>Cabinet Roussel</h1>${lorem('fr', 2, 2)}</section>`);
  s.page('cabinet.html', 'Le cabinet', `<div class="container"><h1>Le cabinet</h1>${lorem('fr', 3)}</div>`, { nav: 'Le cabinet' });
  s.page('honoraires.html', 'Honoraires', `<div class="container"><h1>Honoraires</h1><p>Consultation : 150 € HT. Forfait création de société : 1 200 € HT.</p>${NOISE.fr}</div>`, { nav: 'Honoraires' });
  s.page('contact.html', 'Contact', `<div class="container"><h1>Nous contacter</h1><p>Standard : ${s.phone('+33142685300', '01 42 68 53 00', 'PHONE', { tel: true })}<br>Télécopie : ${s.phone('+33142685301', '01 42 68 53 01', 'FAX')}<br>Écrivez-nous : ${s.email('cabinet@roussel-avocats.fr', 'arobase')}</p></div>`, { nav: 'Contact' });
  s.page('deontologie.html', 'Déontologie', `<div class="container"><h1>Déontologie et médiation</h1><p>Les avocats du cabinet sont inscrits au Barreau de Paris.</p><h2>Autorité de contrôle</h2><p>Ordre des avocats de Paris, 11 place Dauphine, 75001 Paris – Tél. ${s.phone('+33144325000', '01 44 32 50 00', 'PHONE', { third: true })}.</p><h2>Médiateur de la consommation</h2><p>En cas de litige, vous pouvez saisir le Médiateur national de la consommation des avocats : ${s.email('mediateur@mediateur-consommation-avocat.fr', 'mailto', { third: true })}.</p></div>`, { footer: 'Déontologie' });
  s.page('mentions-legales.html', 'Mentions légales', `<div class="container"><h1>Mentions légales</h1><p>SELARL Roussel Avocats, capital 10 000 €, RCS Paris B 732 829 320, SIRET 732 829 320 00074, TVA intracommunautaire FR12732829320.</p><p>Directeur de la publication : Me Anne Roussel.</p>${FR_HOST(s)}</div>`, { footer: 'Mentions légales' });
  return s;
}

export function plombier() {
  const s = new Site({ id: 'fr-plombier-wix', name: 'Plomberie Durand', domain: 'plomberie-durand.fr', lang: 'fr', style: 'wix' });
  useTech(s, 'Wix');
  s.headerExtra = `<p class="wixui-rich-text__text"><span>Urgences 7j/7 : </span><span>${s.phone('+33612345678', '06 12 34 56 78', 'MOBILE')}</span></p>`;
  footerBlock(s, {
    address: '5 impasse des Lilas, 69100 Villeurbanne',
    contactHtml: `<span class="wixui-rich-text__text">${s.phone('+33478123456', '04 78 12 34 56', 'PHONE')}</span>`,
    socialHtml: s.social('https://www.facebook.com/pages/category/Plumbing-Service/Plomberie-Durand-104523456789012/', 'https://www.facebook.com/Plomberie-Durand-104523456789012'),
  });
  s.page('index.html', 'Plombier chauffagiste Villeurbanne', `<section class="wixui-section"><h1 class="font_0">Plomberie Durand</h1>${lorem('fr', 2, 3)}</section>`);
  s.page('services.html', 'Services', `<section class="wixui-section"><h2>Dépannage, chauffe-eau, salle de bain</h2>${lorem('fr', 2, 1)}${NOISE.fr}</section>`, { nav: 'Services' });
  s.page('contact.html', 'Contact', `<section class="wixui-section"><h2>Contact</h2><p class="font_8">Appelez ou écrivez : ${s.email('plomberie.durand69@gmail.com', 'glued', { text: '06 12 34 56 78' })}</p><p class="font_8">Devis gratuit sous 48 h.</p></section>`, { nav: 'Contact' });
  s.page('mentions.html', 'Mentions légales', `<section><h2>Mentions légales</h2><p>EI Marc Durand – SIRET 851 234 567 00012 – APE 4322A. Site créé avec Wix.com. Hébergeur : Wix.com Ltd., 40 Namal Tel Aviv St., Tel Aviv, Israël.</p></section>`, { footer: 'Mentions légales' });
  return s;
}

export function assurance() {
  const s = new Site({ id: 'fr-courtier-assurance', name: 'Alpes Courtage', domain: 'alpes-courtage.fr', lang: 'fr', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'WPForms', 'Jetpack', 'Yoast SEO');
  footerBlock(s, {
    address: '22 avenue Alsace-Lorraine, 38000 Grenoble',
    contactHtml: `${s.phone('+33476000102', '04 76 00 01 02', 'PHONE', { tel: true })}`,
    socialHtml: s.social('https://www.linkedin.com/company/alpes-courtage', 'https://www.linkedin.com/company/alpes-courtage') + s.social('https://twitter.com/@AlpesCourtage', 'https://x.com/AlpesCourtage'),
  });
  s.page('index.html', 'Courtier en assurances à Grenoble', `<section><h1>Alpes Courtage</h1>${lorem('fr', 2, 1)}<p><a href="/agences/">Nos agences</a></p></section>`);
  s.page('agences/index.html', 'Nos agences', `<div class="container"><h1>Nos agences</h1><ul><li><a href="/agences/grenoble/">Grenoble</a></li><li><a href="/agences/chambery/">Chambéry</a></li></ul></div>`, { nav: 'Agences' });
  s.page('agences/grenoble/index.html', 'Agence de Grenoble', `<div class="container"><h1>Grenoble</h1><p><a href="/agences/grenoble/equipe/">L'équipe de Grenoble</a></p>${lorem('fr', 1)}</div>`);
  s.page('agences/grenoble/equipe/index.html', 'Équipe Grenoble', `<div class="container"><h1>Votre conseiller</h1><p>Julien Morel, chargé de clientèle – ${s.email('julien.morel@alpes-courtage.fr')} – ${s.phone('+33781234567', '07 81 23 45 67', 'MOBILE')}</p></div>`);
  s.page('agences/chambery/index.html', 'Agence de Chambéry', `<div class="container"><h1>Chambéry</h1><p>Accueil : ${s.email('chambery@alpes-courtage.fr', 'cloudflare')} – Tél. ${s.phone('+33479000203', '04 79 00 02 03', 'PHONE')}</p></div>`);
  s.page('reclamations/index.html', 'Réclamations', `<div class="container"><h1>Réclamations et médiation</h1><p>Service réclamations : ${s.email('reclamations@alpes-courtage.fr')}.</p><p>Si la réponse ne vous satisfait pas, vous pouvez saisir La Médiation de l'Assurance, TSA 50110, 75441 Paris Cedex 09 – ${s.email('le.mediateur@mediation-assurance.org', 'mailto', { third: true })}.</p></div>`, { footer: 'Réclamations' });
  s.page('mentions-legales/index.html', 'Mentions légales', `<div class="container"><h1>Mentions légales</h1><p>Alpes Courtage SARL, immatriculée à l'ORIAS sous le n° 12 345 678 (www.orias.fr). Société soumise au contrôle de l'Autorité de Contrôle Prudentiel et de Résolution (ACPR), 4 place de Budapest, CS 92459, 75436 Paris Cedex 09 – Tél. ${s.phone('+33149954000', '01 49 95 40 00', 'PHONE', { third: true })}.</p>${FR_HOST(s)}</div>`, { footer: 'Mentions légales' });
  return s;
}

export function immoSpa() {
  const s = new Site({ id: 'fr-immo-spa', name: 'Rhône Immobilier', domain: 'rhone-immobilier.fr', lang: 'fr', style: 'spa' });
  s.tech('Vue.js', '<script src="/assets/vue.global.prod.js"></script>', 'head');
  s.asset('assets/vue.global.prod.js', '/* vue 3 stub */ window.Vue = { version: "3.4.15", createApp: function(c){ return { mount: function(sel){ c.render(document.querySelector(sel)); } }; } };');
  const email = 'agence@rhone-immobilier.fr';
  const phoneHtml = s.phone('+33478123499', '+33 (0)4 78 12 34 99', 'PHONE');
  const mobile = s.phone('+33698765432', '06 98 76 54 32', 'MOBILE');
  const social = s.social('https://x.com/@RhoneImmo', 'https://x.com/RhoneImmo');
  s.labels.emails.push(email);
  const data = JSON.stringify({ email, phone: phoneHtml, mobile, social });
  const app = (view) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Rhône Immobilier</title><meta name="viewport" content="width=device-width,initial-scale=1"><script src="/assets/vue.global.prod.js"></script></head><body><div id="app"></div><script>
var D=${data};
Vue.createApp({render:function(el){var v='${view}';var nav='<nav><a href="/">Accueil</a> <a href="/annonces.html">Annonces</a> <a href="/agence.html">Agence</a> <a href="/contact.html">Contact</a></nav>';
var body=v==='contact'?'<h1>Contactez l\\'agence</h1><p>Téléphone : '+D.phone+'<br>Portable : '+D.mobile+'<br><a href="mailto:'+D.email+'">'+D.email+'</a></p>':(v==='home'?'<h1>Rhône Immobilier</h1><p>Achat, vente, location et gestion à Lyon depuis 1998. Estimation gratuite de votre bien.</p>':'<h1>'+v+'</h1><p>Nos annonces de la semaine à Lyon et environs. Appartements et maisons.</p>');
el.innerHTML=nav+'<main>'+body+'</main><footer><p>Suivez-nous '+D.social+'</p><p>© 2026 Rhône Immobilier – carte T CPI 6901 2018 000 012 345</p></footer>';}}).mount('#app');
</script></body></html>`;
  for (const [path, view] of [['index.html', 'home'], ['annonces.html', 'Annonces'], ['agence.html', 'Agence'], ['contact.html', 'contact']]) s.pages.set(path, { raw: app(view) });
  return s;
}

export function association() {
  const s = new Site({ id: 'fr-association', name: 'Les Amis du Quartier', domain: 'amisduquartier.org', lang: 'fr', style: 'static' });
  useTech(s, 'HelloAsso', 'Google Calendar', 'Google Forms', 'MailChimp', 'Facebook Page Plugin', 'YouTube');
  footerBlock(s, {
    address: 'Maison des associations, 3 rue Victor Hugo, 44000 Nantes',
    contactHtml: `${s.email('bureau@amisduquartier.org', 'fromcharcode')}`,
    socialHtml: s.social('https://www.facebook.com/amisduquartier44', 'https://www.facebook.com/amisduquartier44') + s.social('https://www.youtube.com/@amisduquartier', 'https://www.youtube.com/@amisduquartier'),
  });
  s.page('index.html', 'Association de quartier', `<section><h1>Les Amis du Quartier</h1>${lorem('fr', 2)}<p>Retrouvez-nous @ facebook.com/amisduquartier44 !</p></section>`);
  s.page('adherer.html', 'Adhérer', `<section><h1>Adhérer</h1><p>L'adhésion se fait en ligne.</p></section>`, { nav: 'Adhérer' });
  s.page('agenda.html', 'Agenda', `<section><h1>Agenda</h1><p>Prochaine assemblée générale le 14/06/2026 à 18h30.</p></section>`, { nav: 'Agenda' });
  s.page('contact.html', 'Contact', `<section><h1>Contact</h1><p>Présidente : Martine Leroy – ${s.phone('+33240123456', '02 40 12 34 56', 'PHONE')}</p><p>Trésorier : ${s.email('tresorier@amisduquartier.org', 'entities')}</p></section>`, { nav: 'Contact' });
  return s;
}

export function restaurant() {
  const s = new Site({ id: 'fr-restaurant-squarespace', name: 'Le Comptoir Basque', domain: 'lecomptoirbasque.fr', lang: 'fr', style: 'squarespace' });
  useTech(s, 'Squarespace');
  footerBlock(s, {
    address: '9 quai de la Nive, 64100 Bayonne',
    contactHtml: `Réservations : ${s.phone('+33559250000', '05 59 25 00 00', 'PHONE', { tel: true })}<br>${s.email('reservation@lecomptoirbasque.fr')}`,
    socialHtml: s.social('https://www.instagram.com/lecomptoirbasque/', 'https://www.instagram.com/lecomptoirbasque') + s.social('https://www.tiktok.com/@lecomptoirbasque', 'https://www.tiktok.com/@lecomptoirbasque'),
  });
  s.page('index.html', 'Restaurant basque à Bayonne', `<div class="sqs-block html-block"><h1>Le Comptoir Basque</h1>${lorem('fr', 2, 2)}<p>Suivez-nous @ instagram.com/lecomptoirbasque</p></div>`);
  s.page('carte.html', 'La carte', `<div class="sqs-block"><h2>Menu du jour 19,90 €</h2><p>Axoa de veau 18,50 € · Gâteau basque 7,00 € · Menu groupe (à partir de 12 personnes) 35 €</p>${NOISE.fr}</div>`, { nav: 'La carte' });
  s.page('privatisation.html', 'Privatisation', `<div class="sqs-block"><h2>Privatiser le restaurant</h2><p>Contactez Maïté : ${s.email('evenements@lecomptoirbasque.fr', 'split-inline')}</p></div>`, { nav: 'Privatisation' });
  return s;
}

export function comptable100() {
  const s = new Site({ id: 'fr-expert-comptable-100', name: 'Fidurex Conseil', domain: 'fidurex-conseil.fr', lang: 'fr', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Google Tag Manager');
  footerBlock(s, {
    address: '40 cours Victor Hugo, 33000 Bordeaux',
    contactHtml: `${s.phone('+33556001122', '05 56 00 11 22', 'PHONE')}`,
    socialHtml: s.social('https://www.linkedin.com/company/fidurex-conseil/', 'https://www.linkedin.com/company/fidurex-conseil'),
  });
  s.page('index.html', 'Expert-comptable à Bordeaux', `<section><h1>Fidurex Conseil</h1>${lorem('fr', 2)}</section>`);
  catalogue(s, { dir: 'missions', count: 40, title: 'Mission', navTitle: 'Nos missions' });
  blog(s, {
    dir: 'actualites', count: 50, perPage: 10, title: 'Actualité fiscale', navTitle: 'Actualités',
    article: (i) => {
      if (i === 37) return `<h2>Contact presse</h2><p>Claire Vasseur – ${s.email('presse@fidurex-conseil.fr')} – ${s.phone('+33556001130', '05 56 00 11 30', 'PHONE')}</p>`;
      // Embeds that only one article loads: technologies with visible evidence deep in the site.
      if (i === 20) {
        s.tech('YouTube');
        return TECH.YouTube[0];
      }
      if (i === 44) {
        s.tech('Typeform');
        return TECH.Typeform[0];
      }
      return '';
    },
  });
  s.page('carrieres/index.html', 'Carrières', `<div class="container"><h1>Rejoignez-nous</h1><p>Envoyez votre candidature à ${s.email('recrutement@fidurex-conseil.fr', 'text')}.</p></div>`, { footer: 'Carrières' });
  s.page('mentions-legales/index.html', 'Mentions légales', `<div class="container"><h1>Mentions légales</h1><p>Fidurex Conseil SAS, société d'expertise comptable inscrite au Tableau de l'Ordre de la région Nouvelle-Aquitaine. SIRET 823 456 789 00015.</p><p>Contact : ${s.email('contact@fidurex-conseil.fr')}</p><p>Conseil régional de l'Ordre des experts-comptables, 44 rue de la Boétie, 33000 Bordeaux, ${s.email('accueil@oec-nouvelle-aquitaine.fr', 'text', { third: true })}</p>${FR_HOST(s)}</div>`, { footer: 'Mentions légales' });
  return s;
}

export function conference() {
  const s = new Site({ id: 'fr-conference-tech', name: 'DevSummit Lyon', domain: 'devsummit-lyon.fr', lang: 'fr', style: 'static' });
  useTech(s, 'Tailwind CSS', 'Swiper');
  footerBlock(s, {
    address: 'DevSummit SAS, 10 quai Perrache, 69002 Lyon',
    contactHtml: `${s.email('hello@devsummit-lyon.fr')}`,
    socialHtml: s.social('https://www.linkedin.com/company/devsummit-lyon', 'https://www.linkedin.com/company/devsummit-lyon') + s.social('https://x.com/devsummitlyon', 'https://x.com/devsummitlyon') + s.social('https://bsky.app/profile/devsummitlyon.bsky.social', 'https://bsky.app/profile/devsummitlyon.bsky.social'),
  });
  s.page('index.html', 'Conférence développeurs', `<section class="bg-slate-900 text-white p-8"><h1 class="text-4xl">DevSummit Lyon 2026</h1><p>Deux jours de conférences, 40 intervenants, 900 participants. 14–15 octobre 2026.</p></section>`);
  const speakers = [
    ['Sarah Nguyen', 'CTO, Kaleido', 'sarah-nguyen-kaleido', 'sarahcodes', 'sarah@kaleido.io'],
    ['Thomas Girard', 'Staff Engineer, Mirakl', 'thomasgirard', 'tgirard_dev', null],
    ['Ines Belkacem', 'Fondatrice, DataNova', 'ines-belkacem', 'inesb', 'ines@datanova.fr'],
    ['Paul Weber', 'Developer Advocate', 'paulweber', 'paulweberdev', null],
  ];
  const cards = speakers.map(([name, role, li, tw, mail]) => `<div class="swiper-slide speaker-card"><h3>${name}</h3><p>${role}</p><p>${s.social(`https://www.linkedin.com/in/${li}/`, `https://www.linkedin.com/in/${li}`, { third: true })} ${s.social(`https://twitter.com/${tw}`, `https://x.com/${tw}`, { third: true })}</p>${mail ? `<p>${s.email(mail, 'mailto', { third: true })}</p>` : ''}</div>`).join('\n');
  s.page('intervenants.html', 'Intervenants', `<section><h1>Nos intervenants</h1><div class="swiper"><div class="swiper-wrapper">${cards}</div></div></section>`, { nav: 'Intervenants' });
  s.page('sponsors.html', 'Sponsors', `<section><h1>Devenir sponsor</h1><p>Écrivez à ${s.email('sponsors@devsummit-lyon.fr')} ou appelez le ${s.phone('+33472000123', '04 72 00 01 23', 'PHONE')}.</p><p>Merci à nos partenaires : ${s.social('https://www.facebook.com/OVHcloud', 'https://www.facebook.com/OVHcloud', { third: true })}</p></section>`, { nav: 'Sponsors' });
  s.page('billetterie.html', 'Billetterie', `<section><h1>Billets</h1><p>Early bird 149 € HT · Standard 249 € HT</p></section>`, { nav: 'Billetterie' });
  return s;
}

export function startup() {
  const s = new Site({ id: 'fr-startup-saas', name: 'Klaro', domain: 'klaro-app.fr', lang: 'fr', style: 'static' });
  useTech(s, 'Tailwind CSS', 'Supabase', 'EmailJS', 'Google Analytics');
  footerBlock(s, {
    address: 'Klaro SAS – Station F, 5 parvis Alan Turing, 75013 Paris',
    contactHtml: `${s.email('support@klaro-app.fr', 'rot13')}`,
    socialHtml: s.social('https://github.com/klaro-app', 'https://github.com/klaro-app') + s.social('https://www.linkedin.com/company/klaro-app/', 'https://www.linkedin.com/company/klaro-app') + s.social('https://medium.com/@klaro-app', 'https://medium.com/@klaro-app'),
  });
  s.page('index.html', 'Facturation simple pour indépendants', `<section class="max-w-5xl mx-auto"><h1 class="text-5xl font-bold">Klaro</h1><p>La facturation qui se fait toute seule. Essai gratuit 14 jours, sans carte bancaire.</p><p>Déjà 12 000 indépendants. Note 4,8/5.</p></section>`);
  s.page('tarifs.html', 'Tarifs', `<section><h1>Tarifs</h1><p>Solo 9 €/mois · Équipe 29 €/mois · Entreprise sur devis</p></section>`, { nav: 'Tarifs' });
  s.page('docs/api.html', 'API', `<section><h1>API</h1><pre>curl https://admin:s3cr3t@api.klaro-app.fr/v1/invoices\ngit clone ssh://git@github.com/klaro-app/sdk.git</pre><p>Authentification par clé : en-tête Authorization.</p></section>`, { nav: 'API' });
  s.page('contact.html', 'Contact', `<section><h1>Parlons-en</h1><p>Commercial : ${s.email('sales@klaro-app.fr', 'comment-split')} · ${s.phone('+33186951234', '01 86 95 12 34', 'PHONE')}</p></section>`, { nav: 'Contact' });
  return s;
}

export function formation() {
  const s = new Site({ id: 'fr-organisme-formation', name: 'Forma Pro Sud', domain: 'formaprosud.fr', lang: 'fr', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Calendly', 'Magnific Popup');
  footerBlock(s, {
    address: '12 rue Paradis, 13001 Marseille',
    contactHtml: `${s.phone('+33491000000', '04 91 00 00 00', 'PHONE')} · ${s.email('contact@formaprosud.fr', 'mailto-subject', { text: 'Nous écrire' })}`,
    socialHtml: s.social('https://www.facebook.com/formaprosud', 'https://www.facebook.com/formaprosud') + s.social('https://www.linkedin.com/company/forma-pro-sud', 'https://www.linkedin.com/company/forma-pro-sud'),
  });
  s.page('index.html', 'Organisme de formation certifié Qualiopi', `<section><h1>Forma Pro Sud</h1>${lorem('fr', 2, 3)}</section>`);
  s.page('formations.html', 'Formations', `<div class="container"><h1>Nos formations</h1><p>Bureautique, management, langues. Tarif : 1 450 € HT les 3 jours.</p>${NOISE.fr}</div>`, { nav: 'Formations' });
  s.page('qualite.html', 'Qualité et agréments', `<div class="container"><h1>Qualité</h1><p>Déclaration d'activité enregistrée sous le numéro 93 13 12345 13 auprès du préfet de région PACA. Certification Qualiopi n° 2024-0567.</p><p>Référente handicap : ${s.email('handicap@formaprosud.fr')}</p><p>DREETS PACA, 23-25 rue Borde, 13008 Marseille – ${s.phone('+33486674000', '04 86 67 40 00', 'PHONE', { third: true })}</p></div>`, { footer: 'Qualité' });
  s.page('recrutement.html', 'Recrutement', `<div class="container"><h1>Nous recrutons des formateurs</h1><p>CV à ${s.email('rh@formaprosud.fr', 'at-en')}</p></div>`, { footer: 'Recrutement' });
  return s;
}

export function architecteBe() {
  const s = new Site({ id: 'fr-be-architecte', name: 'Atelier Dumont Architectes', domain: 'atelier-dumont.be', lang: 'fr', style: 'squarespace' });
  useTech(s, 'Squarespace');
  footerBlock(s, {
    address: 'Rue Haute 120, 1000 Bruxelles',
    contactHtml: `${s.phone('+3225111234', '+32 (0)2 511 12 34', 'PHONE', { tel: true })}<br>${s.email('bureau@atelier-dumont.be')}`,
    socialHtml: s.social('https://www.instagram.com/atelierdumont.archi/', 'https://www.instagram.com/atelierdumont.archi'),
  });
  s.page('index.html', "Bureau d'architecture à Bruxelles", `<div class="sqs-block"><h1>Atelier Dumont</h1>${lorem('fr', 2, 2)}</div>`);
  s.page('projets.html', 'Projets', `<div class="sqs-block"><h1>Projets</h1>${lorem('fr', 3)}</div>`, { nav: 'Projets' });
  s.page('contact.html', 'Contact', `<div class="sqs-block"><h1>Contact</h1><p>Sophie Dumont, architecte associée – GSM ${s.phone('+32475123456', '0475 12 34 56', 'MOBILE')} – ${s.email('sophie@atelier-dumont.be', 'at-en')}</p><p>Bureau : ${s.phone('+3225111235', '02 511 12 35', 'PHONE')}</p></div>`, { nav: 'Contact' });
  s.page('mentions.html', 'Mentions légales', `<div class="sqs-block"><h1>Mentions légales</h1><p>Atelier Dumont SRL – BCE 0123.456.789 – TVA BE 0123.456.789. Architectes inscrits à l'Ordre des Architectes, Conseil francophone et germanophone, rue de Livourne 160, 1000 Bruxelles, tél. ${s.phone('+3226434200', '02 643 42 00', 'PHONE', { third: true })}.</p></div>`, { footer: 'Mentions légales' });
  return s;
}

export const FR_SITES = [architecteBe, boulangerie, avocats, plombier, assurance, immoSpa, association, restaurant, comptable100, conference, startup, formation];
