import { expect } from 'chai';
import { textFrames } from '../../gateway/graphql/websocket-frames.js';
import { receivedTexts } from '../helpers/websocket-receiver.js';

const text = (length: number, unit = 'a'): string => unit.repeat(length);

describe('WebSocket text frames (websocket-frames)', () => {
  const rows: { readonly name: string; readonly prefix: string; readonly bodies: readonly string[]; readonly suffix: string }[] = [
    { name: 'one short message', prefix: '{"id":"1","type":"next","payload":', bodies: ['{"data":{"n":1}}'], suffix: '}' },
    { name: 'several messages in one buffer', prefix: '[', bodies: ['1', '22', '333'], suffix: ']' },
    { name: 'an empty body', prefix: 'p', bodies: [''], suffix: 's' },
    { name: 'no prefix, no suffix', prefix: '', bodies: ['x'], suffix: '' },
    { name: '125 bytes: the longest 7-bit length', prefix: 'a', bodies: [text(123)], suffix: 'z' },
    { name: '126 bytes: the shortest 16-bit length', prefix: 'a', bodies: [text(124)], suffix: 'z' },
    { name: '65,535 bytes: the longest 16-bit length', prefix: 'a', bodies: [text(65_533)], suffix: 'z' },
    { name: '65,536 bytes: the shortest 64-bit length', prefix: 'a', bodies: [text(65_534)], suffix: 'z' },
    { name: 'a megabyte', prefix: '"', bodies: [text(1_048_576)], suffix: '"' },
    { name: 'lengths counted in bytes, not characters', prefix: '{"é":', bodies: [`"${text(60, 'é')}"`, `"${text(40, '😀')}"`], suffix: '}' },
    { name: 'frames of every length class in one buffer', prefix: '<', bodies: ['', text(200), text(70_000), 'ü'], suffix: '>' },
  ];
  for (const row of rows) {
    it(`${row.name}: ws reads back prefix + body + suffix per body`, async () => {
      const frames = textFrames(
        Buffer.from(row.prefix),
        row.bodies.map((body) => Buffer.from(body)),
        Buffer.from(row.suffix),
      );
      expect(await receivedTexts(frames)).to.deep.equal(row.bodies.map((body) => `${row.prefix}${body}${row.suffix}`));
    });
  }

  it('no bodies: no frames', () => {
    expect(textFrames(Buffer.from('a'), [], Buffer.from('b'))).to.have.length(0);
  });

  it('writes final, unmasked text frames with the shortest length encoding', () => {
    const frames = textFrames(Buffer.alloc(0), [Buffer.from('hi')], Buffer.alloc(0));
    expect([...frames]).to.deep.equal([0x81, 2, 0x68, 0x69]);
    const medium = textFrames(Buffer.alloc(0), [Buffer.alloc(300, 0x61)], Buffer.alloc(0));
    expect([...medium.subarray(0, 4)]).to.deep.equal([0x81, 126, 0x01, 0x2c]);
    const large = textFrames(Buffer.alloc(0), [Buffer.alloc(70_000, 0x61)], Buffer.alloc(0));
    expect([...large.subarray(0, 10)]).to.deep.equal([0x81, 127, 0, 0, 0, 0, 0, 0x01, 0x11, 0x70]);
  });
});
