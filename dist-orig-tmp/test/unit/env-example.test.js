import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { natsOptionsFromEnv } from '../../bus/nats-options.js';
import { networkPolicyFromEnv } from '../../actors/crawl/network-guard.js';
import { loadConfig, loadSecurityConfig } from '../../main/config.js';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
/** `# NAME=value` lines of .env.example: the documented defaults. */
function documentedDefaults() {
    const defaults = new Map();
    for (const match of read('.env.example').matchAll(/^# ([A-Z][A-Z0-9_]*)=(.*)$/gm)) {
        expect(defaults.has(match[1]), `${match[1]} listed twice`).to.equal(false);
        defaults.set(match[1], match[2]);
    }
    return defaults;
}
/** Variables named in the first column of README's tables under "Configuration" and "Security". */
function readmeVariables() {
    const names = new Set();
    const readme = read('README.md');
    for (const heading of ['## Configuration', '### Settings']) {
        const start = readme.indexOf(`\n${heading}\n`);
        expect(start, `README has a "${heading}" section`).to.be.greaterThan(-1);
        const section = readme.slice(start + heading.length + 2).split(/\n#{2,3} /)[0];
        for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
            for (const name of row.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g))
                names.add(name[1]);
        }
    }
    return names;
}
describe('.env.example', () => {
    it('lists every variable of the README configuration tables, and no other', () => {
        const documented = [...documentedDefaults().keys()].sort();
        expect(documented).to.deep.equal([...readmeVariables()].sort());
    });
    it('shows the real defaults: applying all of them changes nothing', () => {
        const env = Object.fromEntries([...documentedDefaults()].filter(([, value]) => value !== ''));
        expect(Object.keys(env)).to.include.members(['PORT', 'PROSPECTLAB_ACTOR_CONCURRENCY', 'PROSPECTLAB_MAX_QUERY_DEPTH']);
        expect(loadConfig(env)).to.deep.equal(loadConfig({}));
        expect(loadSecurityConfig(env)).to.deep.equal(loadSecurityConfig({}));
        expect(natsOptionsFromEnv(env)).to.equal(null);
        expect(networkPolicyFromEnv(env)).to.deep.equal(networkPolicyFromEnv({}));
    });
});
//# sourceMappingURL=env-example.test.js.map