/**
 * The gateway's security settings in one place: who may call it, how much one caller may ask,
 * and what a production deployment hides. `main/config.ts` reads them from the environment;
 * {@link resolveSecuritySettings} fills in defaults and checks values given in code.
 */

/** Security options of `startGateway`. Every field is optional; see the defaults. */
export interface GatewaySecurityOptions {
  /**
   * API keys. When non-empty, every request except `/healthz`, `/readyz` and the web client's
   * static files needs one (`Authorization: Bearer <key>`, or `connectionParams` on graphql-ws),
   * and each key only sees its own jobs. Empty means open mode (local use).
   * @default []
   */
  readonly apiKeys?: readonly string[];
  /**
   * Mutations (root mutation fields, and uploads) one API key may make per minute, with bursts
   * of up to the same number. 0 turns the limit off. Applies only when API keys are set.
   * @default 60
   */
  readonly mutationsPerMinute?: number;
  /** Queued plus running jobs one API key may have at once; 0 turns the limit off. Applies only with API keys. @default 10 */
  readonly maxActiveJobsPerKey?: number;
  /**
   * Cap on the pages of one crawl: `maxPages` of a scraping, `maxPagesPerSite` of an analysis.
   * At least the default `maxPages` (50), so a request without limits is never refused.
   * @default 1000 (the schema's own maximum)
   */
  readonly maxPagesPerJob?: number;
  /** Deepest selection nesting of an operation (introspection fields excluded). @default 10 */
  readonly maxQueryDepth?: number;
  /** Largest estimated cost of an operation (see `query-cost.ts`). @default 5000 */
  readonly maxQueryComplexity?: number;
  /** Most lexical tokens in a GraphQL document; bounds parse and validation work. @default 2000 */
  readonly maxQueryTokens?: number;
  /** Most operations running at once on one graphql-ws connection. @default 20 */
  readonly maxSubscriptionsPerConnection?: number;
  /** Answer introspection queries (`__schema`, `__type`). @default true unless NODE_ENV=production */
  readonly introspection?: boolean;
  /** Serve the GraphiQL playground at `/graphiql`. @default true unless NODE_ENV=production */
  readonly playground?: boolean;
  /**
   * Origins other than the gateway's own that browsers may call it from (CORS on HTTP, the
   * Origin check on WebSocket upgrades); `*` allows any origin. Requests from other origins get
   * no CORS headers, and their WebSocket upgrades are refused.
   * @default []
   */
  readonly corsOrigins?: readonly string[];
  /** Treat as production (masks internal errors, sets the two defaults above). @default NODE_ENV === 'production' */
  readonly production?: boolean;
}

/** {@link GatewaySecurityOptions} with every default applied and checked. */
export type SecuritySettings = { readonly [K in keyof GatewaySecurityOptions]-?: NonNullable<GatewaySecurityOptions[K]> };

export const SECURITY_DEFAULTS = {
  mutationsPerMinute: 60,
  maxActiveJobsPerKey: 10,
  maxPagesPerJob: 1000,
  maxQueryDepth: 10,
  maxQueryComplexity: 5000,
  maxQueryTokens: 2000,
  maxSubscriptionsPerConnection: 20,
} as const;

/** Accepted ranges of the numeric settings (inclusive). */
export const SECURITY_RANGES = {
  mutationsPerMinute: { min: 0, max: 100_000 },
  maxActiveJobsPerKey: { min: 0, max: 10_000 },
  maxPagesPerJob: { min: 50, max: 1000 },
  maxQueryDepth: { min: 2, max: 100 },
  maxQueryComplexity: { min: 10, max: 10_000_000 },
  maxQueryTokens: { min: 100, max: 100_000 },
  maxSubscriptionsPerConnection: { min: 1, max: 10_000 },
} as const;

/** A security setting given in code is out of range; fix the call. */
export class InvalidSecuritySettingError extends RangeError {
  override readonly name = 'InvalidSecuritySettingError';
}

/** Fills in defaults and checks ranges. @throws InvalidSecuritySettingError */
export function resolveSecuritySettings(options: GatewaySecurityOptions = {}, env: NodeJS.ProcessEnv = process.env): SecuritySettings {
  const production = options.production ?? env.NODE_ENV === 'production';
  const numeric = (name: keyof typeof SECURITY_RANGES): number => {
    const value = options[name] ?? SECURITY_DEFAULTS[name];
    const { min, max } = SECURITY_RANGES[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new InvalidSecuritySettingError(`${name} must be an integer between ${min} and ${max} (got ${value})`);
    }
    return value;
  };
  const apiKeys = [...(options.apiKeys ?? [])];
  const corsOrigins = [...(options.corsOrigins ?? [])];
  return {
    apiKeys,
    mutationsPerMinute: numeric('mutationsPerMinute'),
    maxActiveJobsPerKey: numeric('maxActiveJobsPerKey'),
    maxPagesPerJob: numeric('maxPagesPerJob'),
    maxQueryDepth: numeric('maxQueryDepth'),
    maxQueryComplexity: numeric('maxQueryComplexity'),
    maxQueryTokens: numeric('maxQueryTokens'),
    maxSubscriptionsPerConnection: numeric('maxSubscriptionsPerConnection'),
    introspection: options.introspection ?? !production,
    playground: options.playground ?? !production,
    corsOrigins,
    production,
  };
}
