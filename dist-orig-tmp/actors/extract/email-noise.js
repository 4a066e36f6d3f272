/**
 * Lists that tell real contact addresses from things that only look like addresses: sample
 * addresses in forms and documentation, asset file names and telemetry identifiers.
 *
 * The lists are deliberately conservative: a real company address must never be dropped, so a
 * word is only listed when, on a business website, it is practically always a placeholder.
 */
import { wordSet } from '../word-set.js';
/**
 * Registrable-domain labels (the part before the public suffix) used only in sample addresses,
 * in the languages the product meets most: `name@example.com`, `vous@exemple.fr`,
 * `max@beispiel.de`, `info@domain.com`, `john@dominio.es`, `mario@esempio.it`.
 * `test` is not listed: test.de is a real consumer organisation with real mailboxes.
 */
export const PLACEHOLDER_DOMAIN_LABELS = new Set([
    'example',
    'examples',
    'exemple',
    'exemples',
    'ejemplo',
    'esempio',
    'beispiel',
    'voorbeeld',
    'exempel',
    'eksempel',
    'przyklad',
    'exemplo',
    'domain',
    'domaine',
    'dominio',
    'domein',
    'mustermann',
    'musterfirma',
    'musterdomain',
    'beispielfirma',
    'sample',
    'placeholder',
    'lorem',
    'loremipsum',
    'ipsum',
]);
/**
 * Domain labels made of a possessive and a generic noun: `yourdomain`, `your-company`,
 * `votre-site`, `monentreprise`, `ihrefirma`, `tuempresa`, `mysite`... Nouns that real brands use
 * with a possessive (shop, store, boutique) are left out.
 */
export const POSSESSIVE_PLACEHOLDER_DOMAIN = /^(?:your|my|votre|mon|ma|ihre?|deine?|tu|su|mi|tuo|vostro|uw|jouw)[-_]?(?:own[-_]?)?(?:domain|domaine|dominio|site|website|siteweb|sitio|sito|company|entreprise|societe|firma|empresa|azienda|bedrijf|email|e-?mail|mail|name|nom|url)s?$/;
/**
 * Local parts that are, on a business site, always sample input: form placeholders such as
 * `you@…`, `name@…`, `prenom.nom@…`, `max.mustermann@…` and test accounts. Generic but real
 * role addresses (`info`, `contact`, `mail`, `office`, `hello`) are never listed.
 */
export const PLACEHOLDER_LOCAL_PARTS = new Set([
    'you',
    'your',
    'yourname',
    'your.name',
    'your-name',
    'your_name',
    'youremail',
    'your.email',
    'your-email',
    'your_email',
    'yourmail',
    'youraddress',
    'yourself',
    'name',
    'firstname',
    'first.name',
    'first_name',
    'first-name',
    'lastname',
    'last.name',
    'surname',
    'firstname.lastname',
    'first.last',
    'firstlast',
    'name.surname',
    'fullname',
    'prenom',
    'prenom.nom',
    'prenomnom',
    'prenom_nom',
    'prenom-nom',
    'nom',
    'nom.prenom',
    'vous',
    'votre.nom',
    'votrenom',
    'votre-nom',
    'votre_nom',
    'votre.email',
    'votreemail',
    'votre-email',
    'votremail',
    'votre.adresse',
    'votreadresse',
    'toi',
    'ton.nom',
    'tonnom',
    'vorname',
    'vorname.nachname',
    'nachname',
    'max.mustermann',
    'maxmustermann',
    'mustermann',
    'erika.mustermann',
    'ihre.email',
    'ihrname',
    'ihr.name',
    'nombre',
    'nombre.apellido',
    'tu.nombre',
    'tunombre',
    'tuemail',
    'tu.email',
    'nome',
    'nome.cognome',
    'tuonome',
    'tuo.nome',
    'naam',
    'jouw.naam',
    'uw.naam',
    'john.doe',
    'johndoe',
    'john_doe',
    'jane.doe',
    'janedoe',
    'jane_doe',
    'jdoe',
    'user',
    'username',
    'user.name',
    'someone',
    'somebody',
    'anyone',
    'nobody.here',
    'test',
    'testing',
    'tester',
    'test.test',
    'example',
    'exemple',
    'sample',
    'email.address',
    'emailaddress',
    'adresse.email',
    'adresse.mail',
    'ton.email',
]);
/**
 * Local parts that are placeholders only on the generic domains below (`email@email.com`,
 * `me@mail.com`); on a company's own domain they can be real mailboxes.
 */
export const GENERIC_PLACEHOLDER_LOCAL_PARTS = new Set([
    'email',
    'e-mail',
    'mail',
    'me',
    'abc',
    'foo',
    'bar',
    'foobar',
    'address',
    'adresse',
    'contact',
    'info',
    'hello',
    'name.lastname',
]);
/** Registrable domains that double as sample domains in forms. */
export const GENERIC_PLACEHOLDER_DOMAINS = new Set(['email.com', 'mail.com', 'gmail.com', 'company.com', 'site.com', 'website.com']);
/**
 * Registrable domains of telemetry services whose DSNs look like `<32 hex>@o123.ingest.sentry.io`
 * and that script libraries leave in rendered pages.
 */
export const TELEMETRY_DOMAINS = new Set(['sentry.io', 'sentry-cdn.com', 'wixpress.com', 'sentry.wixpress.com']);
/**
 * File extensions that are also delegated top-level domains (`.zip`, `.mov`) or that commonly
 * follow `@2x`-style asset names; an address ending in one of them is a file name.
 */
export const ASSET_EXTENSIONS = wordSet('png jpg jpeg gif svg webp avif bmp ico tif tiff heic css scss less js mjs cjs jsx ts tsx map json woff woff2 ttf otf eot mp4 webm mp3 wav ogg mov avi zip gz pdf html htm php');
//# sourceMappingURL=email-noise.js.map