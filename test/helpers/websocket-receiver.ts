/** Reads WebSocket frames the way a `ws` client does, for tests of frames the gateway writes itself. */
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';

/** `ws`'s frame parser (exported by `ws`, not declared by its types). */
const { Receiver } = createRequire(import.meta.url)('ws') as { Receiver: new (options: { isServer: boolean }) => Writable };

/** The text messages `ws`'s own receiver (a client's, which refuses masked frames) reads from `bytes`, or its error. */
export function receivedTexts(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const receiver = new Receiver({ isServer: false });
    const texts: string[] = [];
    receiver.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) reject(new Error('a binary message'));
      else texts.push(data.toString('utf8'));
    });
    receiver.on('error', reject);
    receiver.write(bytes, () => resolve(texts));
  });
}
