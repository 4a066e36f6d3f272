import { assertUrlAllowed, classifyAddress, parseHostAsIp } from './network-guard.js';
/** Top-level targets that are not a page's doing: the crawler's own tabs and Chromium's own UI. */
const ALLOWED_TARGET_TYPES = new Set(['page', 'browser', 'tab', 'browser_ui']);
/**
 * Puts `browser` under the browser-wide guard. Resolves once every later target and request
 * is covered.
 */
export async function guardBrowser(browser, options = {}) {
    const session = await browser.target().createCDPSession();
    const refusedTargets = new Map();
    let targetsRefused = 0;
    let requestsRefused = 0;
    const report = (decision) => {
        try {
            options.onDecision?.(decision);
        }
        catch {
            // An observer's failure must not change a decision.
        }
    };
    session.on('Target.attachedToTarget', (event) => {
        const { targetInfo } = event;
        const child = session.connection()?.session(event.sessionId) ?? null;
        const isPopup = targetInfo.openerId !== undefined || targetInfo.openerFrameId !== undefined;
        if (ALLOWED_TARGET_TYPES.has(targetInfo.type) && !(targetInfo.type === 'page' && isPopup)) {
            void child?.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
            return;
        }
        // Recorded before anything else runs: this target's requests are refused from now on. Kept
        // for the browser's life (recycled after a bounded number of pages): a closed service worker
        // may be started again under the same id.
        const reason = isPopup ? 'pages may not open windows' : `pages may not start a ${targetInfo.type}`;
        refusedTargets.set(targetInfo.targetId, targetInfo.type);
        targetsRefused += 1;
        report({ kind: 'target', refused: true, targetType: targetInfo.type, url: targetInfo.url, reason });
        void session.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch(() => undefined);
    });
    const isLentFrame = options.isLentFrame ?? (() => true);
    const decide = async (event) => {
        const lent = event.frameId !== undefined && isLentFrame(event.frameId);
        const reason = refusalReason(event, refusedTargets) ?? (lent ? null : await privateNetworkRefusal(event.request.url));
        const targetType = event.frameId ? refusedTargets.get(event.frameId) : undefined;
        if (reason === null) {
            report({ kind: 'request', refused: false, targetType, url: event.request.url });
            void send(session, 'Fetch.continueRequest', { requestId: event.requestId });
            return;
        }
        requestsRefused += 1;
        report({ kind: 'request', refused: true, targetType, url: event.request.url, reason });
        void send(session, 'Fetch.failRequest', { requestId: event.requestId, errorReason: 'AccessDenied' });
    };
    session.on('Fetch.requestPaused', (event) => void decide(event));
    await session.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
    return { counts: () => ({ targetsRefused, requestsRefused }) };
}
/** Why the browser-wide guard refuses a request, or null to leave it to the tab's own guard. */
function refusalReason(event, refusedTargets) {
    const refusedType = event.frameId ? refusedTargets.get(event.frameId) : undefined;
    if (refusedType !== undefined)
        return `a refused ${refusedType} may not use the network`;
    let hostname;
    try {
        hostname = new URL(event.request.url).hostname;
    }
    catch {
        return 'invalid URL';
    }
    const ip = parseHostAsIp(hostname);
    if (ip !== null && classifyAddress(ip) === 'metadata')
        return `${ip} is a cloud metadata address`;
    return null;
}
/** Budget of the DNS check of a request no job owns. */
const UNOWNED_REQUEST_DNS_TIMEOUT_MS = 5000;
/** Why the default network policy (private networks refused) refuses `url`, or null. */
async function privateNetworkRefusal(url) {
    try {
        await assertUrlAllowed(url, { allowPrivateNetworks: false }, { timeoutMs: UNOWNED_REQUEST_DNS_TIMEOUT_MS });
        return null;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return `a request of no job's tab (its document left its job): ${message}`;
    }
}
/** Sends a command whose failure (the request or browser went away) changes nothing. */
async function send(session, method, params) {
    await session.send(method, params).catch(() => undefined);
}
//# sourceMappingURL=target-guard.js.map