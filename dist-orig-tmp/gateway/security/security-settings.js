/**
 * The gateway's security settings in one place: who may call it, how much one caller may ask,
 * and what a production deployment hides. `main/config.ts` reads them from the environment;
 * {@link resolveSecuritySettings} fills in defaults and checks values given in code.
 */
export const SECURITY_DEFAULTS = {
    mutationsPerMinute: 60,
    maxActiveJobsPerKey: 10,
    maxPagesPerJob: 1000,
    maxQueryDepth: 10,
    maxQueryComplexity: 5000,
    maxQueryTokens: 2000,
    maxSubscriptionsPerConnection: 20,
};
/** Accepted ranges of the numeric settings (inclusive). */
export const SECURITY_RANGES = {
    mutationsPerMinute: { min: 0, max: 100_000 },
    maxActiveJobsPerKey: { min: 0, max: 10_000 },
    maxPagesPerJob: { min: 50, max: 1000 },
    maxQueryDepth: { min: 2, max: 100 },
    maxQueryComplexity: { min: 10, max: 10_000_000 },
    maxQueryTokens: { min: 100, max: 100_000 },
    maxSubscriptionsPerConnection: { min: 1, max: 10_000 },
};
/** A security setting given in code is out of range; fix the call. */
export class InvalidSecuritySettingError extends RangeError {
    name = 'InvalidSecuritySettingError';
}
/** Fills in defaults and checks ranges. @throws InvalidSecuritySettingError */
export function resolveSecuritySettings(options = {}, env = process.env) {
    const production = options.production ?? env.NODE_ENV === 'production';
    const numeric = (name) => {
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
//# sourceMappingURL=security-settings.js.map