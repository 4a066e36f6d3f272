/**
 * The gateway's graphql-ws server writes the frames of shared results itself when the socket
 * negotiated no extension, and leaves them to `ws` when it did (per-message compression): both
 * must give a client the same messages, through real sockets.
 */
import { expect } from 'chai';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLInt, GraphQLNonNull, GraphQLString } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { serveGraphqlWs, type SocketServer } from '../../gateway/graphql/socket-server.js';
import { burstSchema } from '../helpers/burst-schema.js';

interface Tick {
  readonly n: number;
  readonly text: string;
}

/** Texts of every size class of a frame, and characters of two, three and four UTF-8 bytes. */
const TICKS: readonly Tick[] = [1, 100, 200, 70_000, 3].map((length, i) => ({ n: i + 1, text: `é€😀${'x'.repeat(length)}` }));

async function serve(perMessageDeflate: boolean, flushSliceMs?: number): Promise<{ url: string; extensions: () => string[]; close(): Promise<void> }> {
  const server: Server = createServer();
  const wss = new WebSocketServer({ server, path: '/graphql', perMessageDeflate });
  const extensions: string[] = [];
  wss.on('connection', (socket: WebSocket) => extensions.push(socket.extensions));
  const sockets: SocketServer = serveGraphqlWs(
    {
      schema: burstSchema(TICKS, { n: { type: new GraphQLNonNull(GraphQLInt) }, text: { type: new GraphQLNonNull(GraphQLString) } }),
      ...(flushSliceMs === undefined ? {} : { flushSliceMs }),
    },
    wss,
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    extensions: () => extensions,
    async close() {
      await sockets.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Every raw message the server sent for one subscription to ticks, until it completed. */
async function rawMessages(url: string): Promise<string[]> {
  const raw: string[] = [];
  class Recording extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer) => raw.push(data.toString('utf8')));
    }
  }
  const client = createClient({ url, webSocketImpl: Recording, retryAttempts: 0, lazy: true });
  try {
    await new Promise<void>((resolve, reject) => {
      client.subscribe({ query: 'subscription { ticks { n text } }' }, { next: () => undefined, error: reject, complete: resolve });
    });
  } finally {
    await client.dispose();
  }
  return raw.filter((message) => (JSON.parse(message) as { type: string }).type === 'next');
}

/** One subscriber's messages are every tick, in order, each byte for byte the message graphql-ws builds. */
function expectEveryTick(messages: readonly string[]): void {
  expect(messages).to.have.length(TICKS.length);
  messages.forEach((message, i) => {
    const { id } = JSON.parse(message) as { id: string };
    expect(message).to.equal(JSON.stringify({ id, type: 'next', payload: { data: { ticks: TICKS[i] } } }));
  });
}

describe('graphql-ws server: frames of shared results, with and without a WebSocket extension', () => {
  for (const perMessageDeflate of [false, true]) {
    it(`${perMessageDeflate ? 'per-message compression negotiated (ws writes the frames)' : 'no extension (the frames are written directly)'}: every event, in order, byte for byte the message graphql-ws builds`, async () => {
      const server = await serve(perMessageDeflate);
      try {
        const messages = await rawMessages(server.url);
        expect(server.extensions()).to.deep.equal([perMessageDeflate ? 'permessage-deflate' : '']);
        expectEveryTick(messages);
      } finally {
        await server.close();
      }
    });
  }

  it('writes spread over turns (flushSliceMs 0: one socket per turn): five clients at once each get every event, in order, byte for byte', async () => {
    const server = await serve(false, 0);
    try {
      const all = await Promise.all(Array.from({ length: 5 }, () => rawMessages(server.url)));
      for (const messages of all) expectEveryTick(messages);
    } finally {
      await server.close();
    }
  });

  it('refuses a negative flushSliceMs where the server is made', () => {
    expect(() =>
      serveGraphqlWs(
        { schema: burstSchema(TICKS, { n: { type: new GraphQLNonNull(GraphQLInt) } }), flushSliceMs: -1 },
        new WebSocketServer({ noServer: true }),
      ),
    ).to.throw(RangeError, 'flushSliceMs must be a finite number of milliseconds ≥ 0, got -1');
  });
});
