/**
 * Network realism: `--latency MS` (and `POST /_sandbox/latency {"ms": N, "jitter": N}` at run time) delays every
 * DMAPI reply by MS ± a uniform jitter, as a server across the internet would: the reply leaves that long after the
 * request arrived, the sandbox's own processing included (http.ts). Operator endpoints are not delayed.
 */
export interface Latency {
  ms: number;
  jitter: number;
}

/** Upper bounds keep a typo from hanging every request for hours. */
export const MAX_LATENCY_MS = 60_000;

/** One request's delay: ms plus a uniform draw from [-jitter, +jitter], never below 0. */
export function latencyDelay(l: Latency, random: () => number = Math.random): number {
  if (l.ms <= 0 && l.jitter <= 0) return 0;
  return Math.max(0, l.ms + (random() * 2 - 1) * l.jitter);
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Reads `{"ms": N, "jitter": N}` (jitter optional: a fifth of ms); an error sentence for anything else. */
export function parseLatency(body: Record<string, unknown>, current: Latency): Latency | string {
  const ms = body.ms === undefined ? current.ms : Number(body.ms);
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_LATENCY_MS) return `ms must be a number of milliseconds from 0 to ${MAX_LATENCY_MS}`;
  const jitter = body.jitter === undefined ? (body.ms === undefined ? current.jitter : Math.round(ms / 5)) : Number(body.jitter);
  if (!Number.isFinite(jitter) || jitter < 0 || jitter > MAX_LATENCY_MS) return `jitter must be a number of milliseconds from 0 to ${MAX_LATENCY_MS}`;
  return { ms, jitter };
}
