/**
 * NetSuite's account-wide concurrency pool for RESTlets and web services: at most `limit` requests in flight; one
 * more is refused at once (HTTP 400, SSS_REQUEST_LIMIT_EXCEEDED), never queued. See netsuite-runtime.md §2.4.
 */
export class ConcurrencyGate {
  private inFlight = 0;
  private peak = 0;
  private refusedCount = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`The concurrency limit must be a positive integer, not ${limit}.`);
  }

  /** Takes a slot, or returns null when every slot is held. The returned release frees the slot once. */
  tryAcquire(): (() => void) | null {
    if (this.inFlight >= this.limit) {
      this.refusedCount += 1;
      return null;
    }
    this.inFlight += 1;
    this.peak = Math.max(this.peak, this.inFlight);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
    };
  }

  stats(): { limit: number; inFlight: number; peak: number; refused: number } {
    return { limit: this.limit, inFlight: this.inFlight, peak: this.peak, refused: this.refusedCount };
  }
}
