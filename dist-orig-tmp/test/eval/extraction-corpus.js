/**
 * The labelled extraction corpus (test/fixtures/corpus/<site>/labels.json): what a correct
 * analysis reports as the company's own contacts, and the third parties' contacts it must not.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fixtureRoot } from './fixture-root.js';
export function corpusDir() {
    return path.join(fixtureRoot(), 'corpus');
}
/** Every site of the corpus, sorted by id. */
export function readCorpus() {
    const dir = corpusDir();
    return readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'labels.json')))
        .map((entry) => ({ id: entry.name, ...JSON.parse(readFileSync(path.join(dir, entry.name, 'labels.json'), 'utf8')) }))
        .sort((a, b) => a.id.localeCompare(b.id));
}
//# sourceMappingURL=extraction-corpus.js.map