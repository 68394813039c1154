import { describe, expect, it } from 'vitest';
import { afterFailure, delayAfterFailures, FREE_ATTEMPTS, nextAttemptAllowedAt } from '../../../src/main/store/vault/unlock-throttle';

describe('wrong-passphrase throttle', () => {
  it('allows five free attempts, then 30 s doubling each time up to an hour', () => {
    expect([1, 2, 3, 4].map(delayAfterFailures)).toEqual([0, 0, 0, 0]);
    expect(FREE_ATTEMPTS).toBe(5);
    expect([5, 6, 7, 8].map(delayAfterFailures)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(delayAfterFailures(100)).toBe(3_600_000);
  });

  it('computes when the next attempt is allowed from the last failure', () => {
    const t0 = new Date('2026-11-22T10:00:00Z');
    let state = null;
    for (let i = 0; i < 5; i++) state = afterFailure(state, t0);
    expect(state).toEqual({ failures: 5, lastFailureAt: t0.toISOString() });
    expect(nextAttemptAllowedAt(state, new Date(t0.getTime() + 10_000))?.toISOString()).toBe('2026-11-22T10:00:30.000Z');
    expect(nextAttemptAllowedAt(state, new Date(t0.getTime() + 30_000))).toBeNull();
    expect(nextAttemptAllowedAt(null, t0)).toBeNull();
  });
});
