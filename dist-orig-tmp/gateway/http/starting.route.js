import { sendJson } from './http-util.js';
export async function serveWhileStarting(req, res, state) {
    const pathname = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (req.method === 'GET' && pathname === '/healthz')
        return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && pathname === '/readyz') {
        let store = false;
        try {
            store = await state.store.ping();
        }
        catch {
            store = false;
        }
        return sendJson(res, 503, { status: 'not ready', reason: state.reason, checks: { bus: false, store, browser: false } });
    }
    res.setHeader('retry-after', '2');
    sendJson(res, 503, { error: `Not ready yet: ${state.reason}` });
}
//# sourceMappingURL=starting.route.js.map