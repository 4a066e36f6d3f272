/**
 * Library, CMS and server versions that mark a site as old: unsupported major versions and
 * technologies that are dead whatever their version.
 */
/** Extra points when a version is two or more major versions behind the supported one. */
const FAR_BEHIND_POINTS = 5;
const RULES = [
    { display: 'jQuery', names: ['jquery'], supportedFrom: '3', points: 15 },
    { display: 'jQuery UI', names: ['jqueryui'], supportedFrom: '1.12', points: 8 },
    { display: 'jQuery Mobile', names: ['jquerymobile'], supportedFrom: null, points: 10, why: 'deprecated' },
    { display: 'Bootstrap', names: ['bootstrap'], supportedFrom: '4', points: 12 },
    { display: 'AngularJS', names: ['angularjs'], supportedFrom: null, points: 15, why: 'end of life' },
    { display: 'WordPress', names: ['wordpress'], supportedFrom: '6', points: 15 },
    { display: 'PHP', names: ['php'], supportedFrom: '8', points: 12 },
    { display: 'Drupal', names: ['drupal'], supportedFrom: '9', points: 15 },
    { display: 'Joomla', names: ['joomla'], supportedFrom: '4', points: 15 },
    { display: 'Magento', names: ['magento'], supportedFrom: '2', points: 20 },
    { display: 'PrestaShop', names: ['prestashop'], supportedFrom: '1.7', points: 12 },
    { display: 'TYPO3', names: ['typo3', 'typo3cms'], supportedFrom: '10', points: 10 },
    { display: 'Modernizr', names: ['modernizr'], supportedFrom: '3', points: 5 },
    { display: 'Font Awesome', names: ['fontawesome'], supportedFrom: '5', points: 5 },
    { display: 'Apache', names: ['apache', 'apachehttpserver'], supportedFrom: '2.4', points: 8 },
    { display: 'IIS', names: ['iis', 'microsoftiis'], supportedFrom: '8.5', points: 8 },
    { display: 'MooTools', names: ['mootools'], supportedFrom: null, points: 15, why: 'unmaintained' },
    { display: 'Prototype', names: ['prototype', 'prototypejs'], supportedFrom: null, points: 15, why: 'unmaintained' },
    { display: 'script.aculo.us', names: ['scriptaculous'], supportedFrom: null, points: 15, why: 'unmaintained' },
    { display: 'YUI', names: ['yui', 'yahoouserinterfaceyui'], supportedFrom: null, points: 15, why: 'unmaintained' },
    { display: 'SWFObject', names: ['swfobject'], supportedFrom: null, points: 10, why: 'Flash loader' },
    {
        display: 'Flash',
        names: ['flash', 'adobeflash'],
        supportedFrom: null,
        points: 20,
        why: 'unsupported by browsers',
        markupLabel: 'Flash',
    },
    {
        display: 'Silverlight',
        names: ['silverlight', 'microsoftsilverlight'],
        supportedFrom: null,
        points: 15,
        why: 'unsupported by browsers',
        markupLabel: 'Silverlight',
    },
];
const RULES_BY_NAME = new Map(RULES.flatMap((rule) => rule.names.map((name) => [name, rule])));
function technologyKey(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
/**
 * Numeric parts of a version (`v1.8.3-beta` → [1, 8, 3]), or null when it has none.
 */
export function parseVersion(version) {
    if (typeof version !== 'string')
        return null;
    const match = /^\s*v?(\d{1,6}(?:\.\d{1,6}){0,3})/i.exec(version);
    return match === null ? null : match[1].split('.').map(Number);
}
/** Compares two versions part by part, numerically (1.10 > 1.9); missing parts count as 0. */
export function compareVersions(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const difference = (a[index] ?? 0) - (b[index] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
/**
 * Whether, and how strongly, one detected technology dates a site: an unsupported version of a
 * library, CMS or server (only when its version is known), or a technology that is dead at any
 * version (AngularJS, MooTools, Flash…).
 */
export function obsoleteFinding(technology) {
    if (typeof technology.name !== 'string')
        return null;
    const rule = RULES_BY_NAME.get(technologyKey(technology.name));
    if (rule === undefined)
        return null;
    const version = parseVersion(technology.version);
    const label = version === null ? rule.display : `${rule.display} ${technology.version.trim()}`;
    if (rule.supportedFrom === null) {
        return { points: rule.points, reason: `${label} is obsolete (${rule.why ?? 'unmaintained'})`, markupLabel: rule.markupLabel ?? null };
    }
    if (version === null)
        return null;
    const supported = parseVersion(rule.supportedFrom);
    if (compareVersions(version, supported) >= 0)
        return null;
    const farBehind = version[0] <= supported[0] - 2;
    return {
        points: rule.points + (farBehind ? FAR_BEHIND_POINTS : 0),
        reason: `${label} is obsolete (older than ${rule.supportedFrom})`,
        markupLabel: rule.markupLabel ?? null,
    };
}
//# sourceMappingURL=obsolete-technologies.js.map