/**
 * Writes the labelled extraction corpus to test/fixtures/corpus/<site>/ (static sites plus a
 * labels.json each). Run `node scripts/generate-corpus.mjs` after changing scripts/corpus/*;
 * the generated files are committed so tests never need to run this.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { FR_SITES } from './corpus/sites-fr.mjs';
import { DE_SITES } from './corpus/sites-de.mjs';
import { EN_SITES } from './corpus/sites-en.mjs';
import { ES_IT_SITES } from './corpus/sites-es-it.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'corpus');
mkdirSync(root, { recursive: true });
let count = 0;
for (const make of [...FR_SITES, ...DE_SITES, ...EN_SITES, ...ES_IT_SITES]) {
  const site = make();
  for (const phone of [...site.labels.phones.map((p) => p.number), ...site.labels.thirdParty.phones]) {
    const parsed = parsePhoneNumberFromString(phone);
    if (!parsed?.isValid()) throw new Error(`${site.id}: label ${phone} is not a valid number`);
  }
  site.write(root);
  count += 1;
}
console.log(`wrote ${count} sites to ${root}`);
