/** The retry schedule, as pure functions (unit-tested without Strapi). */

/** Exponential backoff with full jitter between 50% and 100% of the step, capped. */
export const backoffMs = (attempt: number, baseMs: number, capMs: number, random = Math.random) => {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step * (0.5 + random() / 2));
};

export type Schedule = { retryBaseMs: number; retryMaxMs: number; retryForMs: number };

/**
 * After a failed attempt: retry after a backoff step, or, once the retry window (or the target's
 * optional attempt cap) is spent, the delivery is dead and the target is probed at the capped
 * interval, so a site that comes back after any outage gets everything without a human.
 */
export const afterFailure = (
  { attempts, retrySince, maxAttempts }: { attempts: number; retrySince: Date; maxAttempts: number | null },
  schedule: Schedule,
  now = Date.now(),
  random = Math.random
): { state: 'pending' | 'dead'; nextAttemptAt: Date } => {
  const capped = maxAttempts != null && attempts >= maxAttempts;
  const expired = now - retrySince.getTime() >= schedule.retryForMs;
  if (capped || expired) return { state: 'dead', nextAttemptAt: new Date(now + schedule.retryMaxMs) };
  return { state: 'pending', nextAttemptAt: new Date(now + backoffMs(attempts, schedule.retryBaseMs, schedule.retryMaxMs, random)) };
};
