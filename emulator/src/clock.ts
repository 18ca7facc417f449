import type { Clock } from './account-api';

/** The default start of an account's clock, so two runs of the same test see the same dates. */
export const DEFAULT_START = new Date('2026-01-05T09:00:00.000Z');

/**
 * A clock that only moves when told to. Scripts, records and logs read the account's time from here, so a test
 * can reproduce "the next day" without waiting for it.
 */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date = DEFAULT_START) {
    this.current = start.getTime();
    if (Number.isNaN(this.current)) throw new RangeError('The clock needs a valid start date.');
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new RangeError(`The clock only moves forward: advance(${seconds}).`);
    this.current += Math.round(seconds * 1000);
  }
}
