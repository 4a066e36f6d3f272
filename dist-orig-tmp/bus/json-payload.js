/**
 * JSON payload encoding shared by both buses, so that a payload that works in embedded
 * mode works over NATS and vice versa: the same values are accepted, and subscribers get
 * the same JSON round-tripped copy (a `Date` arrives as its ISO string, `undefined`
 * properties disappear).
 */
import { InvalidPayloadError } from './bus.js';
/** Default NATS server `max_payload` (1 MiB); the embedded bus enforces it too. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;
/**
 * Serialises a payload to JSON text.
 * @param maxBytes largest accepted UTF-8 size
 * @throws InvalidPayloadError when `data` is not JSON-serialisable or too large
 */
export function encodePayload(data, maxBytes = DEFAULT_MAX_PAYLOAD_BYTES) {
    let text;
    try {
        text = JSON.stringify(data);
    }
    catch (error) {
        throw new InvalidPayloadError(`Payload is not JSON-serialisable: ${error.message}`, { cause: error });
    }
    if (text === undefined) {
        throw new InvalidPayloadError(`Payload is not JSON-serialisable: got ${typeof data}`);
    }
    const size = Buffer.byteLength(text, 'utf8');
    if (size > maxBytes) {
        throw new InvalidPayloadError(`Payload of ${size} bytes exceeds the maximum of ${maxBytes} bytes`);
    }
    return text;
}
/**
 * Parses JSON text received from the bus.
 * @throws InvalidPayloadError when the text is not JSON (a foreign publisher)
 */
export function decodePayload(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new InvalidPayloadError(`Received payload is not JSON: ${error.message}`, { cause: error });
    }
}
//# sourceMappingURL=json-payload.js.map