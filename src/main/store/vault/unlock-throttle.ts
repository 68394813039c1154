import { errorCodeOf } from '../../errors';
import { readFileSync, rmSync } from 'node:fs';
import * as z from 'zod';
import { writeFileAtomic } from '../../files/atomic-write';
import { withFileLock } from '../../files/file-lock';

/**
 * After FREE_ATTEMPTS wrong passphrases in a row, each further attempt must wait:
 * 30 s, then 1, 2, 4 … minutes, at most an hour. The count lives in a file so that
 * restarting the app does not reset it; a successful unlock clears it.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

const throttleSchema = z.object({
  failures: z.number().int().min(0),
  lastFailureAt: z.string().refine((v) => !Number.isNaN(Date.parse(v))),
});
export type ThrottleState = z.infer<typeof throttleSchema>;

export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

/**
 * When the next attempt is allowed, or null when it is allowed now. A last failure "in the
 * future" (a clock set back, a doctored file) counts as now, so the wait is never longer
 * than the maximum delay.
 */
export function nextAttemptAllowedAt(state: ThrottleState | null, now: Date): Date | null {
  if (!state) return null;
  const lastFailureAt = Math.min(Date.parse(state.lastFailureAt), now.getTime());
  const allowedAt = new Date(lastFailureAt + delayAfterFailures(state.failures));
  return allowedAt > now ? allowedAt : null;
}

export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  return { failures: (state?.failures ?? 0) + 1, lastFailureAt: now.toISOString() };
}

/**
 * The stored state. A damaged file must become neither a way around the delay nor a
 * lockout: it counts as FREE_ATTEMPTS failures made now (one first delay, 30 s) and is
 * rewritten so that this delay runs out. A last failure in the future is rewritten as now.
 */
export function readThrottle(path: string, now: Date): ThrottleState | null {
  const text = readIfPresent(path);
  if (text === null) return null;
  const state = parseThrottle(text);
  if (state && Date.parse(state.lastFailureAt) <= now.getTime()) return state;
  const repaired = { failures: state?.failures ?? FREE_ATTEMPTS, lastFailureAt: now.toISOString() };
  writeThrottle(path, repaired);
  return repaired;
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return null; // cleared by a successful unlock
    throw error;
  }
}

function parseThrottle(text: string): ThrottleState | null {
  try {
    const parsed = throttleSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Counts one wrong attempt. The read-modify-write runs under a lock file, so attempts made
 * at the same moment by the app and the admin CLI are each counted once.
 */
export function recordFailure(path: string, now: Date): void {
  withFileLock(`${path}.lock`, () => writeThrottle(path, afterFailure(readThrottle(path, now), now)));
}

function writeThrottle(path: string, state: ThrottleState): void {
  writeFileAtomic(path, JSON.stringify(state));
}

export function clearThrottle(path: string): void {
  rmSync(path, { force: true });
}
