/** A gateway started in the test process over its own embedded bus and temporary store, and a real upload to it. */
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { startGateway } from '../../gateway/gateway.js';
import { tempDir } from './temp.js';
/** Starts a gateway on a free port; warnings are dropped. */
export async function startInProcessGateway(options = {}, bus = new EmbeddedBus()) {
    const data = tempDir('pl-in-process-gateway');
    const gateway = await startGateway({ port: 0, dataDir: data.path, warn: () => undefined, ...options, bus });
    return {
        gateway,
        bus,
        url: gateway.url,
        async stop() {
            await gateway.close();
            await bus.close();
            data.remove();
        },
    };
}
/** The CSRF proof `/uploads` asks of a multipart upload. */
export const UPLOAD_CSRF_HEADER = { 'apollo-require-preflight': '1' };
/** `POST /uploads` with the file in the field `file` (with the CSRF header unless `headers` say otherwise). */
export async function uploadFile(url, data, filename, headers = UPLOAD_CSRF_HEADER) {
    const form = new FormData();
    form.append('file', new Blob([data]), filename);
    const res = await fetch(`${url}/uploads`, { method: 'POST', body: form, headers });
    return { status: res.status, body: (await res.json()) };
}
//# sourceMappingURL=in-process-gateway.js.map