/**
 * The labelled extraction corpus (test/fixtures/corpus/<site>/labels.json): what a correct
 * analysis reports as the company's own contacts, and the third parties' contacts it must not.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fixtureRoot } from './fixture-root.js';

export interface SiteLabels {
  readonly id: string;
  readonly name: string;
  readonly language: string;
  readonly emails: readonly string[];
  readonly phones: readonly { readonly number: string; readonly kind: 'PHONE' | 'FAX' | 'MOBILE' }[];
  readonly social: readonly string[];
  readonly technologies: readonly string[];
  readonly thirdParty: { readonly emails: readonly string[]; readonly phones: readonly string[]; readonly social: readonly string[] };
}

export function corpusDir(): string {
  return path.join(fixtureRoot(), 'corpus');
}

/** Every site of the corpus, sorted by id. */
export function readCorpus(): SiteLabels[] {
  const dir = corpusDir();
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'labels.json')))
    .map((entry) => ({ id: entry.name, ...(JSON.parse(readFileSync(path.join(dir, entry.name, 'labels.json'), 'utf8')) as Omit<SiteLabels, 'id'>) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
