import { ApiKeyRing } from '../gateway/security/api-keys.js';
import { authenticateRequest } from '../gateway/security/http-auth.js';
/** Options for `startMetricsServer`: a key check when keys are configured, none in open mode. */
export function metricsAuthorization(apiKeys) {
    const keyRing = new ApiKeyRing(apiKeys);
    if (!keyRing.enabled)
        return {};
    return { isAuthorized: (req) => authenticateRequest(req, keyRing).ok };
}
//# sourceMappingURL=metrics-auth.js.map