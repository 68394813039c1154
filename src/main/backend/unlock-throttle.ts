import { existsSync, readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * After FREE_ATTEMPTS wrong passphrases in a row, each further attempt must wait:
 * 30 s, then 1, 2, 4 … minutes, at most an hour. The count lives in a file so that
 * restarting the app does not reset it; a successful unlock clears it.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

const throttleSchema = z.object({ failures: z.number().int().min(0), lastFailureAt: z.string() });
export type ThrottleState = z.infer<typeof throttleSchema>;

export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

/** When the next attempt is allowed, or null when it is allowed now. */
export function nextAttemptAllowedAt(state: ThrottleState | null, now: Date): Date | null {
  if (!state) return null;
  const allowedAt = new Date(Date.parse(state.lastFailureAt) + delayAfterFailures(state.failures));
  return allowedAt > now ? allowedAt : null;
}

export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  return { failures: (state?.failures ?? 0) + 1, lastFailureAt: now.toISOString() };
}

export function readThrottle(path: string): ThrottleState | null {
  if (!existsSync(path)) return null;
  const parsed = throttleSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  // A damaged file must not become a way around the delay: treat it as many failures.
  return parsed.success ? parsed.data : { failures: FREE_ATTEMPTS, lastFailureAt: new Date().toISOString() };
}

export function writeThrottle(path: string, state: ThrottleState): void {
  writeFileAtomic(path, JSON.stringify(state));
}

export function clearThrottle(path: string): void {
  rmSync(path, { force: true });
}
