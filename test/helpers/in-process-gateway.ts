/** A gateway started in the test process over its own embedded bus and temporary store, and a real upload to it. */
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { startGateway, type Gateway, type GatewayOptions } from '../../gateway/gateway.js';
import { tempDir } from './temp.js';

export interface InProcessGateway {
  readonly gateway: Gateway;
  readonly bus: EmbeddedBus;
  readonly url: string;
  /** Closes the gateway and the bus and removes the store. */
  stop(): Promise<void>;
}

/** Starts a gateway on a free port; warnings are dropped. */
export async function startInProcessGateway(
  options: Partial<Omit<GatewayOptions, 'bus'>> = {},
  bus: EmbeddedBus = new EmbeddedBus(),
): Promise<InProcessGateway> {
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
export const UPLOAD_CSRF_HEADER: Readonly<Record<string, string>> = { 'apollo-require-preflight': '1' };

export interface UploadAnswer {
  readonly status: number;
  readonly body: { code?: string; error?: string; rows?: number; uploadId?: string; warnings?: string[] } & Record<string, any>;
}

/** `POST /uploads` with the file in the field `file` (with the CSRF header unless `headers` say otherwise). */
export async function uploadFile(
  url: string,
  data: Buffer | string,
  filename: string,
  headers: Record<string, string> = UPLOAD_CSRF_HEADER,
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([data]), filename);
  const res = await fetch(`${url}/uploads`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}
