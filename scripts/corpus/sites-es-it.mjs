/** Spanish and Italian corpus sites. */
import { Site } from './site-builder.mjs';
import { blog, catalogue, footerBlock, lorem, NOISE, useTech } from './pieces.mjs';

export function clinica() {
  const s = new Site({ id: 'es-clinica-wp', name: 'Clínica Dental Sonrisa', domain: 'clinicasonrisa.es', lang: 'es', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Elementor', 'Google Font API');
  footerBlock(s, {
    address: 'Calle de Alcalá 120, 28009 Madrid',
    contactHtml: `Tel. ${s.phone('+34914356789', '+34 914 356 789', 'PHONE', { tel: true })}<br>WhatsApp ${s.phone('+34612345678', '612 34 56 78', 'MOBILE')}<br>${s.email('citas@clinicasonrisa.es', 'arroba')}`,
    socialHtml: s.social('https://www.facebook.com/clinicasonrisamadrid', 'https://www.facebook.com/clinicasonrisamadrid') + s.social('https://www.instagram.com/clinicasonrisa/', 'https://www.instagram.com/clinicasonrisa') + s.social('https://wa.me/34612345678', 'https://wa.me/34612345678', { label: 'whatsapp' }),
  });
  s.page('index.html', 'Dentista en Madrid', `<section><h1>Clínica Sonrisa</h1>${lorem('es', 2)}</section>`);
  s.page('tratamientos/index.html', 'Tratamientos', `<div class="container"><h1>Tratamientos</h1>${lorem('es', 2, 1)}${NOISE.es}</div>`, { nav: 'Tratamientos' });
  s.page('contacto/index.html', 'Contacto', `<div class="container"><h1>Contacto</h1><p>Administración: ${s.email('administracion@clinicasonrisa.es')}</p></div>`, { nav: 'Contacto' });
  s.page('aviso-legal/index.html', 'Aviso legal', `<div class="container"><h1>Aviso legal</h1><p>Clínica Dental Sonrisa S.L., CIF B12345678, inscrita en el Registro Mercantil de Madrid, Tomo 12345, Folio 67, Hoja M-123456. Número de registro sanitario CS12345.</p><h2>Diseño web</h2><p>Web diseñada por Agencia Rayo Digital – ${s.email('hola@rayodigital.es', 'mailto', { third: true })} – ${s.phone('+34911234567', '911 23 45 67', 'PHONE', { third: true })}</p></div>`, { footer: 'Aviso legal' });
  return s;
}

export function restauranteWix() {
  const s = new Site({ id: 'es-restaurante-wix', name: 'Taberna El Puerto', domain: 'tabernaelpuerto.com', lang: 'es', style: 'wix' });
  useTech(s, 'Wix');
  footerBlock(s, {
    address: 'Passeig de Joan de Borbó 45, 08003 Barcelona',
    contactHtml: `<span class="wixui-rich-text__text">Reservas: ${s.phone('+34931234567', '93 123 45 67', 'PHONE')}</span><br><span class="wixui-rich-text__text">${s.email('reservas@tabernaelpuerto.com', 'text')}</span>`,
    socialHtml: s.social('https://www.instagram.com/tabernaelpuerto', 'https://www.instagram.com/tabernaelpuerto') + s.social('https://www.facebook.com/tabernaelpuertobcn', 'https://www.facebook.com/tabernaelpuertobcn') + `<a href="https://www.tripadvisor.es/Restaurant_Review-g187497-d1234567">TripAdvisor</a>`,
  });
  s.page('index.html', 'Restaurante en la Barceloneta', `<section class="wixui-section"><h1>Taberna El Puerto</h1>${lorem('es', 2, 2)}</section>`);
  s.page('carta.html', 'Carta', `<section class="wixui-section"><h2>Carta</h2><p>Paella de marisco 22,50 € · Menú del día 15,90 €</p>${NOISE.es}</section>`, { nav: 'Carta' });
  s.page('grupos.html', 'Grupos', `<section class="wixui-section"><h2>Grupos y eventos</h2><p>Escríbenos a <span>eventos</span><span>@</span><span>tabernaelpuerto.com</span></p></section>`, { nav: 'Grupos' });
  s.labels.emails.push('eventos@tabernaelpuerto.com');
  return s;
}

export function abogados() {
  const s = new Site({ id: 'es-abogados-static', name: 'Martínez Abogados', domain: 'martinezabogados.es', lang: 'es', style: 'static' });
  useTech(s, 'Bootstrap', 'jQuery static', 'IcoMoon', 'Counter-Up', 'Waypoints', 'jQuery Easing');
  footerBlock(s, {
    address: 'Avenida de la Constitución 20, 41004 Sevilla',
    contactHtml: `Tel. ${s.phone('+34954123456', '954 12 34 56', 'PHONE')} · Fax ${s.phone('+34954123457', '954 12 34 57', 'FAX')}<br>${s.email('despacho@martinezabogados.es', 'comment-split')}`,
    socialHtml: s.social('https://www.linkedin.com/company/martinez-abogados-sevilla', 'https://www.linkedin.com/company/martinez-abogados-sevilla') + s.social('https://x.com/@MartinezAbogSev', 'https://x.com/MartinezAbogSev'),
  });
  s.page('index.html', 'Abogados en Sevilla', `<section><h1>Martínez Abogados</h1>${lorem('es', 2, 3)}<p><span class="counter">25</span> años de experiencia</p></section>`);
  s.page('areas.html', 'Áreas de práctica', `<div class="container"><h1>Áreas</h1>${lorem('es', 3)}</div>`, { nav: 'Áreas' });
  s.page('contacto.html', 'Contacto', `<div class="container"><h1>Contacto</h1><p>Derecho laboral: ${s.email('laboral@martinezabogados.es')}</p></div>`, { nav: 'Contacto' });
  s.page('aviso-legal.html', 'Aviso legal', `<div class="container"><h1>Aviso legal</h1><p>Colegiado en el Ilustre Colegio de Abogados de Sevilla, n.º 5678. Ilustre Colegio de Abogados de Sevilla, C/ Chapineros 6, 41004 Sevilla – Tel. ${s.phone('+34954501212', '954 50 12 12', 'PHONE', { third: true })} – ${s.email('secretaria@icas.es', 'text', { third: true })}</p><p>NIF 28765432X</p></div>`, { footer: 'Aviso legal' });
  return s;
}

export function tiendaSpa() {
  const s = new Site({ id: 'es-tienda-spa', name: 'Cerámica Luna', domain: 'ceramicaluna.es', lang: 'es', style: 'spa' });
  s.tech('Vue.js', '<script src="/js/vue.min.js"></script>', 'head');
  s.asset('js/vue.min.js', '/* vue 2 stub */ window.Vue = function(){};');
  s.labels.emails.push('tienda@ceramicaluna.es');
  const d = {
    phone: s.phone('+34963123456', '963 12 34 56', 'PHONE'),
    pin: s.social('https://www.pinterest.es/ceramicaluna/', 'https://www.pinterest.com/ceramicaluna'),
    ig: s.social('https://www.instagram.com/ceramica.luna/', 'https://www.instagram.com/ceramica.luna'),
  };
  const app = (view) => `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Cerámica Luna</title><script src="/js/vue.min.js"></script></head><body><div id="app" v-cloak>{{ cargando }}</div><script>
var D=${JSON.stringify(d)};var v=${JSON.stringify(view)};
var u='tienda'+String.fromCharCode(64)+'ceramicaluna.es';
var m={home:'<h1>Cerámica artesanal de Valencia</h1><p>Piezas únicas hechas a mano. Envíos a toda España en 48 h.</p>',contacto:'<h1>Contacto</h1><p>Tel. '+D.phone+'</p><p><a href="mailto:'+u+'">'+u+'</a></p>'};
document.getElementById('app').innerHTML='<nav><a href="/">Inicio</a> <a href="/contacto.html">Contacto</a></nav>'+(m[v])+'<footer>'+D.pin+' '+D.ig+'</footer>';
</script></body></html>`;
  s.pages.set('index.html', { raw: app('home') });
  s.pages.set('contacto.html', { raw: app('contacto') });
  return s;
}

export function dentista() {
  const s = new Site({ id: 'it-studio-dentistico', name: 'Studio Dentistico Rossi', domain: 'studiorossi.it', lang: 'it', style: 'static' });
  useTech(s, 'Bootstrap', 'jQuery static', 'Magnific Popup', 'Google Maps');
  footerBlock(s, {
    address: 'Via Torino 15, 20123 Milano',
    contactHtml: `Tel. ${s.phone('+390289012345', '02 8901 2345', 'PHONE', { tel: true })}<br>Cell. ${s.phone('+393471234567', '347 123 4567', 'MOBILE')}<br>${s.email('segreteria@studiorossi.it', 'chiocciola')}`,
    socialHtml: s.social('https://www.facebook.com/studiodentisticorossi', 'https://www.facebook.com/studiodentisticorossi'),
  });
  s.page('index.html', 'Dentista a Milano', `<section><h1>Studio Rossi</h1>${lorem('it', 2)}</section>`);
  s.page('trattamenti.html', 'Trattamenti', `<div class="container"><h1>Trattamenti</h1>${lorem('it', 2, 1)}${NOISE.it}</div>`, { nav: 'Trattamenti' });
  s.page('contatti.html', 'Contatti', `<div class="container"><h1>Contatti</h1><p>Amministrazione: ${s.email('amministrazione@studiorossi.it')}</p></div>`, { nav: 'Contatti' });
  s.page('note-legali.html', 'Note legali', `<div class="container"><h1>Note legali</h1><p>Studio Dentistico Rossi S.r.l. – P.IVA 12345678901 – REA MI-1234567 – Capitale sociale € 10.000 i.v.</p><p>Iscritto all'Ordine dei Medici Chirurghi e Odontoiatri di Milano, Via Lanzone 31, tel. ${s.phone('+39028645471', '02 864 5471', 'PHONE', { third: true })}.</p><p>Realizzazione sito: WebStudio Lab S.r.l. – ${s.email('info@webstudiolab.it', 'mailto', { third: true })}</p></div>`, { footer: 'Note legali' });
  return s;
}

export function hotelIt() {
  const s = new Site({ id: 'it-hotel-squarespace', name: 'Hotel Bellavista Garda', domain: 'bellavistagarda.it', lang: 'it', style: 'squarespace' });
  useTech(s, 'Squarespace');
  footerBlock(s, {
    address: 'Lungolago Marconi 8, 25015 Desenzano del Garda (BS)',
    contactHtml: `Tel. ${s.phone('+390309141234', '+39 030 914 1234', 'PHONE')} · Fax ${s.phone('+390309141235', '+39 030 914 1235', 'FAX')}<br>${s.email('info@bellavistagarda.it')}`,
    socialHtml: s.social('https://www.instagram.com/hotelbellavistagarda/', 'https://www.instagram.com/hotelbellavistagarda') + s.social('https://www.facebook.com/hotelbellavistagarda/', 'https://www.facebook.com/hotelbellavistagarda'),
  });
  s.page('index.html', 'Hotel sul Lago di Garda', `<div class="sqs-block"><h1>Hotel Bellavista</h1>${lorem('it', 2, 2)}<p>Camere da 119 € a notte. CIN IT017067A1B2C3D4E5.</p></div>`);
  s.page('camere.html', 'Camere', `<div class="sqs-block"><h1>Camere</h1>${NOISE.it}</div>`, { nav: 'Camere' });
  s.page('contatti.html', 'Contatti', `<div class="sqs-block"><h1>Contatti</h1><p>Prenotazioni: ${s.email('booking@bellavistagarda.it', 'entities')}</p></div>`, { nav: 'Contatti' });
  return s;
}

export function aziendaDeep() {
  const s = new Site({ id: 'it-azienda-deep', name: 'Meccanica Bianchi', domain: 'meccanicabianchi.it', lang: 'it', style: 'wordpress' });
  useTech(s, 'WordPress', 'jQuery', 'Contact Form 7', 'Google Tag Manager');
  footerBlock(s, {
    address: 'Via dell\'Industria 22, 40138 Bologna',
    contactHtml: `${s.phone('+39051600111', '051 600111', 'PHONE')}`,
    socialHtml: s.social('https://www.linkedin.com/company/meccanica-bianchi-spa/', 'https://www.linkedin.com/company/meccanica-bianchi-spa') + s.social('https://www.youtube.com/@meccanicabianchi', 'https://www.youtube.com/@meccanicabianchi'),
  });
  s.page('index.html', 'Lavorazioni meccaniche di precisione', `<section><h1>Meccanica Bianchi</h1>${lorem('it', 2, 3)}</section>`);
  catalogue(s, { dir: 'prodotti', count: 45, title: 'Componente', navTitle: 'Prodotti' });
  s.page('azienda/index.html', 'Azienda', `<div class="container"><h1>L'azienda</h1>${lorem('it', 2)}<p><a href="/azienda/sedi/">Le nostre sedi</a></p></div>`, { nav: 'Azienda' });
  s.page('azienda/sedi/index.html', 'Sedi', `<div class="container"><h1>Sedi</h1><p><a href="/azienda/sedi/milano/">Filiale di Milano</a></p></div>`);
  s.page('azienda/sedi/milano/index.html', 'Filiale di Milano', `<div class="container"><h1>Milano</h1><p>Ufficio commerciale: ${s.email('milano@meccanicabianchi.it')} – ${s.phone('+390287654321', '02 8765 4321', 'PHONE')}</p></div>`);
  s.page('lavora-con-noi/index.html', 'Lavora con noi', `<div class="container"><h1>Lavora con noi</h1><p>Invia il CV a ${s.email('hr@meccanicabianchi.it', 'text')}</p></div>`, { footer: 'Lavora con noi' });
  s.page('privacy/index.html', 'Privacy', `<div class="container"><h1>Privacy</h1><p>Titolare del trattamento: Meccanica Bianchi S.p.A., P.IVA 01234567890. Responsabile protezione dati: ${s.email('privacy@meccanicabianchi.it')}</p><p>Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma – ${s.email('protocollo@gpdp.it', 'text', { third: true })} – tel. ${s.phone('+3906696771', '06 696771', 'PHONE', { third: true })}</p></div>`, { footer: 'Privacy' });
  return s;
}

export function consulenteSpa() {
  const s = new Site({ id: 'it-consulente-spa', name: 'Giulia Conti Consulting', domain: 'giuliaconti.it', lang: 'it', style: 'spa' });
  useTech(s, 'Google Font API');
  s.head.push('<script defer src="/js/alpine.min.js"></script>');
  s.tech('Alpine.js');
  s.asset('js/alpine.min.js', '/* alpine stub */ window.Alpine = { version: "3.13.3" };');
  s.labels.emails.push('info@giuliaconti.it');
  const li = s.social('https://www.linkedin.com/in/giuliaconti/', 'https://www.linkedin.com/in/giuliaconti');
  const phone = s.phone('+393381234567', '+39 338 123 4567', 'MOBILE');
  const body = `<div x-data="{ open: false }"><h1>Giulia Conti</h1><p>Consulente di marketing per PMI. Strategia, contenuti e formazione.</p><p>Scrivimi: <span id="em">caricamento…</span></p><p>Telefono ${phone}</p><p>${li}</p></div><script>document.getElementById('em').innerHTML='<a href="mailto:'+['info','giuliaconti.it'].join('@')+'">'+['info','giuliaconti.it'].join('@')+'</a>';</script>`;
  s.page('index.html', 'Consulenza marketing', body);
  s.page('servizi.html', 'Servizi', `<div><h1>Servizi</h1>${lorem('it', 3)}</div>`, { nav: 'Servizi' });
  return s;
}

export const ES_IT_SITES = [clinica, restauranteWix, abogados, tiendaSpa, dentista, hotelIt, aziendaDeep, consulenteSpa];
export { blog, catalogue };
