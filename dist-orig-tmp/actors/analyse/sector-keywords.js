/** Sector keywords and sector-specific technologies. */
import SECTOR_KEYWORD_TABLE from './data/sector-keywords.json' with { type: 'json' };
/**
 * Keywords (English and French) that point to a business sector. Written folded (lower case, no
 * accents, words separated by single spaces, apostrophes and hyphens as spaces); a trailing `*`
 * matches any word starting with the stem (`plombier*` matches `plombiers`, `plomberie`…).
 * Words that are common on any site (`menu`, `service`, `contact`, `legal`) are avoided. The
 * table is data/sector-keywords.json.
 */
export const SECTOR_KEYWORDS = SECTOR_KEYWORD_TABLE;
/** Technologies (as named by the fingerprint data set) that only sites of one sector use. */
export const SECTOR_TECHNOLOGIES = {
    woocommerce: 'Retail & e-commerce',
    shopify: 'Retail & e-commerce',
    prestashop: 'Retail & e-commerce',
    magento: 'Retail & e-commerce',
    opencart: 'Retail & e-commerce',
    bigcommerce: 'Retail & e-commerce',
    shopware: 'Retail & e-commerce',
    ecwid: 'Retail & e-commerce',
    'salesforce commerce cloud': 'Retail & e-commerce',
    'oxid eshop': 'Retail & e-commerce',
    wizishop: 'Retail & e-commerce',
    zenchef: 'Restaurant & food',
    opentable: 'Restaurant & food',
    thefork: 'Restaurant & food',
    resy: 'Restaurant & food',
    sevenrooms: 'Restaurant & food',
    doctolib: 'Health & medical',
    cloudbeds: 'Hotel & tourism',
    siteminder: 'Hotel & tourism',
    'd edge': 'Hotel & tourism',
    mews: 'Hotel & tourism',
    moodle: 'Education & training',
};
//# sourceMappingURL=sector-keywords.js.map