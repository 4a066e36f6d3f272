/** The API-key check of an actor service's metrics port: the same keys and header as the gateway. */
import type { IncomingMessage } from 'node:http';
import { ApiKeyRing } from '../gateway/security/api-keys.js';
import { authenticateRequest } from '../gateway/security/http-auth.js';

/** Options for `startMetricsServer`: a key check when keys are configured, none in open mode. */
export function metricsAuthorization(apiKeys: readonly string[]): { isAuthorized?: (req: IncomingMessage) => boolean } {
  const keyRing = new ApiKeyRing(apiKeys);
  if (!keyRing.enabled) return {};
  return { isAuthorized: (req) => authenticateRequest(req, keyRing).ok };
}
