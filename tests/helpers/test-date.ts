import type { Clock } from '../../src/main/clock';
import { isoDateSchema, type IsoDate } from '../../src/shared/calendar';

/**
 * The day a date-sensitive test runs on. No test reads the real date: by default every run
 * uses the same fixed day, and the date matrix runs again on each calendar edge in turn
 * (PEERDESK_TEST_DATE in vitest.config.mts, the testDate option in playwright.config.ts) — the 1st, the due day, 29 February, New Year…
 */
const DEFAULT_TEST_DATE: IsoDate = '2026-11-22';

export function testDate(): IsoDate {
  const chosen = process.env.PEERDESK_TEST_DATE || DEFAULT_TEST_DATE;
  const parsed = isoDateSchema.safeParse(chosen);
  if (!parsed.success) throw new Error(`PEERDESK_TEST_DATE must be a date as YYYY-MM-DD, not "${chosen}"`);
  return parsed.data;
}

/** 09:00 local time on `date`: the local calendar day is `date` in every time zone. */
export function morningOf(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 9, 0, 0);
}

/** A clock that reads 09:00 on the test's day when it is made and runs on from there. */
export function testDayClock(date: IsoDate = testDate()): Clock {
  const offsetMs = morningOf(date).getTime() - Date.now();
  return () => new Date(Date.now() + offsetMs);
}
