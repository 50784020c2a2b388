/**
 * Per-caller fixed-window rate limit on mutations: each API key (or the single local
 * caller without keys) may spend `limit` tokens per `windowMs`. In memory, per process;
 * behind a load balancer each instance counts on its own (document, or move to Redis).
 */
import { KgError } from '../../errors.ts';

export interface RateLimiter {
  /** Spend `cost` tokens for `callerId`; throws RATE_LIMITED when the window is spent. */
  take(callerId: string, cost?: number): void;
}

const MAX_TRACKED_CALLERS = 10_000;

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; used: number }>();
  return {
    take(callerId, cost = 1) {
      const t = now();
      let w = windows.get(callerId);
      if (!w || t - w.start >= windowMs) {
        if (windows.size >= MAX_TRACKED_CALLERS) for (const [id, old] of windows) if (t - old.start >= windowMs) windows.delete(id);
        w = { start: t, used: 0 };
        windows.set(callerId, w);
      }
      if (w.used + cost > limit) {
        const retryAfter = Math.ceil((w.start + windowMs - t) / 1000);
        throw new KgError('RATE_LIMITED', `Mutation rate limit of ${limit} changes per ${windowMs / 1000}s reached for this key (each report of a batch counts as one): retry in ${retryAfter}s.`, { retryAfterSeconds: retryAfter });
      }
      w.used += cost;
    },
  };
}
