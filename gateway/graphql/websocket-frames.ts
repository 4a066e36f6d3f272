/**
 * WebSocket text frames as a server sends them (RFC 6455 §5.2: final, unmasked, no extension),
 * written straight into one buffer, so that a message shared by many subscribers is copied into
 * each subscriber's frame instead of being re-encoded from a string per subscriber.
 */

const FIN_TEXT = 0x81;
const LENGTH_16_BITS = 126;
const LENGTH_64_BITS = 127;

function headerBytes(payloadBytes: number): number {
  if (payloadBytes < LENGTH_16_BITS) return 2;
  return payloadBytes <= 0xffff ? 4 : 10;
}

function writeHeader(target: Buffer, offset: number, payloadBytes: number): number {
  target[offset] = FIN_TEXT;
  if (payloadBytes < LENGTH_16_BITS) {
    target[offset + 1] = payloadBytes;
    return offset + 2;
  }
  if (payloadBytes <= 0xffff) {
    target[offset + 1] = LENGTH_16_BITS;
    target.writeUInt16BE(payloadBytes, offset + 2);
    return offset + 4;
  }
  target[offset + 1] = LENGTH_64_BITS;
  target.writeUInt32BE(Math.floor(payloadBytes / 2 ** 32), offset + 2);
  target.writeUInt32BE(payloadBytes >>> 0, offset + 6);
  return offset + 10;
}

/**
 * One text frame per body, each frame's text being `prefix`, the body, then `suffix`, all in
 * one buffer. The parts must be UTF-8 and make valid UTF-8 together (whole JSON texts do).
 */
export function textFrames(prefix: Buffer, bodies: readonly Buffer[], suffix: Buffer): Buffer {
  let total = 0;
  for (const body of bodies) {
    const payloadBytes = prefix.length + body.length + suffix.length;
    total += headerBytes(payloadBytes) + payloadBytes;
  }
  const frames = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const body of bodies) {
    offset = writeHeader(frames, offset, prefix.length + body.length + suffix.length);
    offset += prefix.copy(frames, offset);
    offset += body.copy(frames, offset);
    offset += suffix.copy(frames, offset);
  }
  return frames;
}
