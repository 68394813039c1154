import { type IsoDate, firstDayOf, lastDayOf, tallyDueOn, type Month } from '../../../shared/calendar';
import type { DecidedStatus } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { Tally, TallyStatus } from '../../../shared/tallies';

/** §6: a tally is expected from a member who was active on the team on any day of the month. */
export function tallyExpected(joinedOn: IsoDate, history: { status: DecidedStatus; effectiveOn: IsoDate }[], month: Month): boolean {
  const start = firstDayOf(month);
  const end = lastDayOf(month);
  if (joinedOn > end) return false;
  let atStart: DecidedStatus | null = null;
  for (const entry of history) if (entry.effectiveOn <= start) atStart = entry.status;
  return atStart === 'active' || history.some((h) => h.status === 'active' && h.effectiveOn >= start && h.effectiveOn <= end);
}

/**
 * §6: due on the policy's day of the following month. Submitted by then is on time, after it
 * late; not submitted once the day has passed is missing, before it merely not due yet.
 */
export function tallyStatus(expected: boolean, tally: Tally | null, month: Month, today: IsoDate, policy: PolicyConfig): TallyStatus {
  const dueOn = tallyDueOn(month, policy.tallyDueDay);
  if (tally) return tally.submittedOn <= dueOn ? 'on-time' : 'late';
  if (!expected) return 'not-expected';
  return today > dueOn ? 'missing' : 'due';
}
