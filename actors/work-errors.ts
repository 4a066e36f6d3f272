/** The work failed for a reason that may pass (browser crash, bus hiccup): hand it back for redelivery. */
export class RetryableWorkError extends Error {
  override readonly name = 'RetryableWorkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
