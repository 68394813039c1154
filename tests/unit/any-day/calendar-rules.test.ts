import { describe, expect, it } from 'vitest';
import { backupName, parseBackupName } from '../../../src/main/store/backups/backup-files';
import { backupsToKeep } from '../../../src/main/store/backups/retention';
import { retentionCutoff } from '../../../src/main/domains/selection/rules';
import { tallyStatus } from '../../../src/main/domains/tallies/rules';
import { addDays, addYears, daysBetween, isoDateSchema, addMonths, daysInMonth, latestDueMonth, monthOf, tallyDueOn } from '../../../src/shared/calendar';
import { defaultPolicy } from '../../../src/shared/policy';
import type { Tally } from '../../../src/shared/tallies';
import { aMember } from '../../helpers/members';
import { morningOf, testDate } from '../../helpers/test-date';
import { finishMaintenance, newStore, PASSPHRASE, testClock, valueOf } from '../../helpers/test-backend';

/** The calendar rules around the test's day; the date matrix runs this file on every calendar edge. */
const today = testDate();
const lastMonth = addMonths(monthOf(today), -1);
const submitted = (submittedOn: string) => ({ submittedOn }) as Tally;

describe(`calendar rules on ${today}`, () => {
  it('month arithmetic: last month, next month and the days of this month are real dates', () => {
    expect(addMonths(lastMonth, 1)).toBe(monthOf(today));
    expect(isoDateSchema.safeParse(`${monthOf(today)}-${String(daysInMonth(monthOf(today))).padStart(2, '0')}`).success).toBe(true);
    expect(isoDateSchema.safeParse(addDays(today, 1)).success).toBe(true);
    expect(daysBetween(addDays(today, -366), today)).toBe(366);
  });

  it('§6: last month is the one due once its due day has passed, else the month before; a tally unsent after the due day is missing, never before', () => {
    const dueOn = tallyDueOn(lastMonth, defaultPolicy.tallyDueDay);
    const due = latestDueMonth(today, defaultPolicy.tallyDueDay);
    expect(due).toBe(today > dueOn ? lastMonth : addMonths(lastMonth, -1));
    expect(tallyStatus(true, null, due, today, defaultPolicy)).toBe('missing');
    expect(tallyStatus(true, null, lastMonth, today, defaultPolicy)).toBe(today > dueOn ? 'missing' : 'due');
    expect(tallyStatus(true, null, monthOf(today), today, defaultPolicy)).toBe('due');
    expect(tallyStatus(true, submitted(dueOn), lastMonth, today, defaultPolicy)).toBe('on-time');
    expect(tallyStatus(true, submitted(addDays(dueOn, 1)), lastMonth, today, defaultPolicy)).toBe('late');
  });

  it('§2 retention: the cutoff lies the policy months back, on a real day, never after today', () => {
    for (const months of [1, 6, 12, 24]) {
      const cutoff = retentionCutoff(today, months);
      expect(isoDateSchema.safeParse(cutoff).success).toBe(true);
      expect(monthOf(cutoff)).toBe(addMonths(monthOf(today), -months));
      expect(cutoff < today).toBe(true);
    }
  });

  it('§2.B: a commitment of three years ends on the anniversary, 29 February falling back to the 28th', () => {
    const ends = addYears(today, 3);
    expect(isoDateSchema.safeParse(ends).success).toBe(true);
    expect(ends.slice(5)).toBe(today.slice(5) === '02-29' ? '02-28' : today.slice(5));
  });

  it('backups: a year of daily backups up to today keeps the last 7 days, 4 weeks and 12 months — at most 23 files, today\'s among them', () => {
    const names = Array.from({ length: 400 }, (_, i) => backupName(morningOf(addDays(today, -i)), 'daily'));
    const keep = backupsToKeep(names.map((name) => ({ name, bytes: 0, ...(parseBackupName(name) as NonNullable<ReturnType<typeof parseBackupName>>) })));
    expect(keep.size).toBeLessThanOrEqual(23);
    expect(keep.size).toBeGreaterThanOrEqual(12);
    for (const name of names.slice(0, 7)) expect(keep.has(name)).toBe(true);
  });

  it('the app\'s today is main\'s clock; backups: the first unlock of the day leaves one daily backup (once the first screen is shown), a second unlock that day none, the next day another', async () => {
    const clock = testClock(morningOf(today).toISOString());
    const { backend, reopen } = await newStore({}, clock);
    await valueOf(backend.invoke('roster.create', aMember()));
    expect((await valueOf(backend.invoke('session.status', {}))).today).toBe(today);
    const daily = async () => (await valueOf(backend.invoke('backups.list', {}))).backups.filter((b) => b.reason === 'daily').length;
    expect(await daily()).toBe(1);
    backend.close();
    const again = reopen();
    await valueOf(again.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect((await valueOf(again.invoke('backups.list', {}))).backups.filter((b) => b.reason === 'daily')).toHaveLength(1);
    again.close();
    clock.advance(24 * 3600_000);
    const tomorrow = reopen();
    await valueOf(tomorrow.invoke('session.unlock', { passphrase: PASSPHRASE }));
    await finishMaintenance(tomorrow);
    expect((await valueOf(tomorrow.invoke('backups.list', {}))).backups.filter((b) => b.reason === 'daily')).toHaveLength(2);
    tomorrow.close();
  });
});
