import { expect } from 'chai';
import { GraphQLInt, GraphQLNonNull, parse, type ExecutionResult } from 'graphql';
import { subscribeSharedBatches } from '../../gateway/graphql/shared-execution.js';
import { splicedFrames, splicedPayloadOf, splicedTexts, takeSplice } from '../../gateway/graphql/socket-server.js';
import { burstSchema } from '../helpers/burst-schema.js';
import { receivedTexts } from '../helpers/websocket-receiver.js';

/**
 * The messages sent for one graphql-ws `next` of `result`, built the way graphql-ws builds it:
 * as text, and as read back by `ws` from the frames written for them (which must agree).
 */
async function sent(id: string, result: ExecutionResult): Promise<readonly string[]> {
  const payload = splicedPayloadOf(result) ?? result;
  const splice = takeSplice(JSON.stringify({ id, type: 'next', payload }));
  if (!splice) return [JSON.stringify({ id, type: 'next', payload })];
  const texts = splicedTexts(splice);
  expect(await receivedTexts(splicedFrames(splice))).to.deep.equal(texts);
  return texts;
}

describe('graphql-ws messages of shared results', () => {
  const ticks: readonly { readonly n: number }[] = Array.from({ length: 5 }, (_, i) => ({ n: i + 1 }));

  it('subscribers with different ids each get, per event, the message graphql-ws would build for it, with their own id', async () => {
    const schema = burstSchema(ticks, { n: { type: new GraphQLNonNull(GraphQLInt) } });
    const ids = ['1', 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', 'x"y\\z'];
    for (const id of ids) {
      const stream = await subscribeSharedBatches({ schema, document: parse('subscription { ticks { n } }') });
      if (!(Symbol.asyncIterator in stream)) throw new Error('no stream');
      const messages: string[] = [];
      for await (const result of stream) messages.push(...(await sent(id, result)));
      expect(messages).to.deep.equal(ticks.map((tick) => JSON.stringify({ id, type: 'next', payload: { data: { ticks: tick } } })));
    }
  });

  it('leaves a message that carries no shared payload as it is', async () => {
    const plain = JSON.stringify({ id: '1', type: 'next', payload: { data: { ticks: { n: 1 } } } });
    expect(takeSplice(plain)).to.equal(null);
    expect(await sent('2', { data: { ticks: { n: 2 } } })).to.deep.equal([JSON.stringify({ id: '2', type: 'next', payload: { data: { ticks: { n: 2 } } } })]);
  });
});
