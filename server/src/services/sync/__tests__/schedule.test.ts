import { afterFailure, backoffMs } from '../schedule';

const DEFAULTS = { retryBaseMs: 1000, retryMaxMs: 300_000, retryForMs: 24 * 60 * 60 * 1000 };

describe('the retry schedule', () => {
  it('backs off exponentially with jitter between half and all of the step, capped', () => {
    expect(backoffMs(1, 1000, 300_000, () => 0)).toBe(500);
    expect(backoffMs(1, 1000, 300_000, () => 1)).toBe(1000);
    expect(backoffMs(4, 1000, 300_000, () => 1)).toBe(8000);
    expect(backoffMs(30, 1000, 300_000, () => 1)).toBe(300_000);
    expect(backoffMs(30, 1000, 300_000, () => 0)).toBe(150_000);
  });

  it('keeps retrying for the whole window (24 hours by default), however many attempts that takes', () => {
    const since = new Date(0);
    const at23h = afterFailure({ attempts: 400, retrySince: since, maxAttempts: null }, DEFAULTS, 23 * 60 * 60 * 1000, () => 1);
    expect(at23h).toEqual({ state: 'pending', nextAttemptAt: new Date(23 * 60 * 60 * 1000 + 300_000) });
  });

  it('is dead once the window is spent (or a target caps attempts), and then probes at the capped interval', () => {
    const since = new Date(0);
    const day = 24 * 60 * 60 * 1000;
    expect(afterFailure({ attempts: 400, retrySince: since, maxAttempts: null }, DEFAULTS, day)).toEqual({ state: 'dead', nextAttemptAt: new Date(day + 300_000) });
    expect(afterFailure({ attempts: 3, retrySince: since, maxAttempts: 3 }, DEFAULTS, 1000).state).toBe('dead');
    expect(afterFailure({ attempts: 2, retrySince: since, maxAttempts: 3 }, DEFAULTS, 1000).state).toBe('pending');
  });
});
