/**
 * The sandbox clock: real time plus an offset that only moves forward (POST /_sandbox/clock {"advance": s}).
 * Everything time-based (session expiry, queued results, transfers, verification deadlines) reads this clock, so a
 * test can jump days ahead without waiting.
 */
export class SandboxClock {
  constructor(
    private offsetMs = 0,
    private readonly realNow: () => number = Date.now,
  ) {}

  now(): number {
    return this.realNow() + this.offsetMs;
  }

  iso(at: number = this.now()): string {
    return new Date(at).toISOString();
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('advance must be a non-negative number of seconds');
    this.offsetMs += Math.round(seconds * 1000);
  }

  get offset(): number {
    return this.offsetMs;
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** DMAPI timestamps such as result-list's: YYYYMMDDHHMMSS in UTC. */
export function dmapiTimestamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** `YYYY-MM-DD HH:MM:SS` (UTC), the form of expiration dates in query-domain-list. */
export function dmapiDateTime(at: number): string {
  return new Date(at).toISOString().replace('T', ' ').slice(0, 19);
}

/** Adds calendar months in UTC (registration periods are in months). */
export function addMonths(at: number, months: number): number {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
}
