/**
 * Fingerprints the installed data set lacks or misses on common markup, in the same Wappalyzer
 * format, merged into it at load (see {@link mergeFingerprintSupplement}). Each one matches
 * what a page visibly loads (a script or stylesheet URL, an embed, a form), never a guess.
 */
import type { RawDom, RawFingerprintData, RawPatterns, RawTechnology } from './fingerprint-data.js';

/** Wappalyzer category ids used below (see categories.json). */
const CAT = {
  widgets: 5,
  video: 14,
  analytics: 10,
  tagManagers: 42,
  forms: 110,
  jsLibraries: 59,
  fontScripts: 17,
  fundraising: 111,
  baas: 47,
  email: 75,
} as const;

export const FINGERPRINT_SUPPLEMENT: Readonly<Record<string, RawTechnology>> = {
  'Google Calendar': {
    cats: [CAT.widgets],
    dom: ["iframe[src*='calendar.google.com/calendar/']"],
    html: ['<iframe[^>]+src=["\'][^"\']{0,40}calendar\\.google\\.com/calendar/(?:u/\\d+/)?embed'],
    website: 'https://calendar.google.com',
  },
  'Google Forms': {
    cats: [CAT.forms],
    dom: ["iframe[src*='docs.google.com/forms/']", "a[href*='forms.gle/']"],
    html: ['<iframe[^>]+src=["\'][^"\']{0,40}docs\\.google\\.com/forms/'],
  },
  HelloAsso: {
    cats: [CAT.fundraising],
    dom: ["iframe[src*='helloasso.com/']", "a[href*='helloasso.com/associations/']"],
    scriptSrc: ['helloasso\\.com/'],
    website: 'https://www.helloasso.com',
  },
  'Facebook Page Plugin': {
    cats: [CAT.widgets],
    dom: ['div.fb-page', "iframe[src*='facebook.com/plugins/page.php']"],
    html: ['<div[^>]+class=["\'][^"\']{0,40}\\bfb-page\\b'],
    scriptSrc: ['connect\\.facebook\\.net/[a-z]{2}_[A-Z]{2}/sdk\\.js'],
    website: 'https://developers.facebook.com/docs/plugins/page-plugin',
  },
  Waypoints: {
    cats: [CAT.jsLibraries],
    scriptSrc: ['(?:jquery\\.)?waypoints?(?:\\.min)?\\.js(?:\\?ver=([\\d.]+))?\\;version:\\1', '/waypoints/([\\d.]+)/\\;version:\\1'],
    js: { Waypoint: '' },
    implies: [],
    website: 'http://imakewebthings.com/waypoints/',
  },
  'Counter-Up': {
    cats: [CAT.jsLibraries],
    scriptSrc: ['(?:jquery\\.)?counterup(?:2)?(?:\\.min)?\\.js'],
    website: 'https://github.com/bfintal/Counter-Up',
  },
  'jQuery Easing': {
    cats: [CAT.jsLibraries],
    scriptSrc: ['jquery\\.easing(?:\\.(\\d+(?:\\.\\d+)+))?(?:\\.compatibility)?(?:\\.min)?\\.js\\;version:\\1', '/jquery-easing/([\\d.]+)/\\;version:\\1'],
    implies: ['jQuery'],
    website: 'http://gsgd.co.uk/sandbox/jquery/easing/',
  },
  IcoMoon: {
    cats: [CAT.fontScripts],
    dom: ["link[href*='icomoon']"],
    html: ['<link[^>]+href=["\'][^"\']{0,200}icomoon[^"\']{0,100}\\.css'],
    website: 'https://icomoon.io',
  },
  'Google Tag': {
    cats: [CAT.tagManagers],
    scriptSrc: ['googletagmanager\\.com/gtag/js\\?id=(?:AW|G|DC|GT|UA)-'],
    website: 'https://developers.google.com/tag-platform/gtagjs',
  },
  WPForms: {
    cats: [CAT.forms],
    scriptSrc: ['/wp-content/plugins/wpforms(?:-lite)?/[^?]{0,120}\\.js(?:\\?ver=(\\d+(?:\\.\\d+)+))?\\;version:\\1'],
    dom: ["link[href*='/wp-content/plugins/wpforms']", 'form.wpforms-form', 'div.wpforms-container'],
  },
  Supabase: {
    cats: [CAT.baas],
    scriptSrc: ['@supabase/supabase-js(?:@([\\d.]+))?\\;version:\\1', '/supabase(?:\\.min)?\\.js'],
  },
  React: {
    cats: [12],
    scriptSrc: ['/react(?:-dom)?(?:\\.production|\\.development)(?:\\.min)?\\.js', '/react(?:-dom)?@(\\d+(?:\\.\\d+)+)/\\;version:\\1'],
  },
  MailChimp: {
    cats: [CAT.email],
    dom: ["form[action*='list-manage.com/subscribe']"],
  },
  YouTube: {
    cats: [CAT.video],
    dom: ["iframe[src*='youtube-nocookie.com/embed/']", "iframe[src*='youtube.com/embed/']"],
  },
};

function asList(value: RawPatterns | undefined): (string | number)[] {
  if (value === undefined) return [];
  return typeof value === 'string' || typeof value === 'number' ? [value] : [...value];
}

type DomRecord = Exclude<RawDom, string | readonly string[]>;

function domAsRecord(dom: RawDom | undefined): Record<string, DomRecord[string]> {
  if (dom === undefined) return {};
  if (typeof dom === 'string') return { [dom]: { exists: '' } };
  if (Array.isArray(dom)) return Object.fromEntries((dom as readonly string[]).map((selector) => [selector, { exists: '' }]));
  return { ...(dom as DomRecord) };
}

function mergeTechnology(base: RawTechnology | undefined, extra: RawTechnology): RawTechnology {
  if (base === undefined) return extra;
  const merged: Record<string, unknown> = { ...base };
  for (const field of ['html', 'text', 'scripts', 'scriptSrc', 'url', 'implies'] as const) {
    if (extra[field] !== undefined) merged[field] = [...asList(base[field]), ...asList(extra[field])];
  }
  if (extra.dom !== undefined) merged.dom = { ...domAsRecord(base.dom), ...domAsRecord(extra.dom) };
  for (const field of ['js', 'meta', 'headers', 'cookies'] as const) {
    if (extra[field] !== undefined) merged[field] = { ...(base[field] ?? {}), ...extra[field] };
  }
  merged.cats = base.cats ?? extra.cats;
  return merged;
}

/** The data set with {@link FINGERPRINT_SUPPLEMENT} merged in (patterns added, never removed). */
export function mergeFingerprintSupplement(data: RawFingerprintData): RawFingerprintData {
  const technologies: Record<string, RawTechnology> = { ...data.technologies };
  for (const [name, extra] of Object.entries(FINGERPRINT_SUPPLEMENT)) technologies[name] = mergeTechnology(technologies[name], extra);
  return { ...data, source: `${data.source} + prospectlab supplement`, technologies };
}
