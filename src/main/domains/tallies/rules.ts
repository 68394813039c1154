import { type IsoDate, firstDayOf, lastDayOf, monthOf, tallyDueOn, type Month } from '../../../shared/calendar';
import type { DecidedStatus } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { CorrectionReason, Tally, TallyStatus } from '../../../shared/tallies';
import { AppError, validationError } from '../../errors';

/**
 * The policy's rules for §6 monthly tallies and the Coordinator's monthly review (§3.E):
 * pure functions of the records, the policy and the day. A `check…` rule throws the error
 * the Coordinator sees when an entry breaks it.
 */

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

/** §6: how many of a month's expected tallies came on time, late, not at all, or are not yet due. */
export function submissionCounts(rows: { status: TallyStatus }[]): { onTime: number; late: number; missing: number; due: number } {
  const counts = { onTime: 0, late: 0, missing: 0, due: 0 };
  for (const { status } of rows) {
    if (status === 'on-time') counts.onTime += 1;
    else if (status === 'late') counts.late += 1;
    else if (status === 'missing') counts.missing += 1;
    else if (status === 'due') counts.due += 1;
  }
  return counts;
}

/** §6: a monthly tally counts a month that has begun, never one still to come. */
export function checkTallyMonth(month: Month, today: IsoDate): void {
  if (month > monthOf(today)) throw validationError('A tally cannot be for a month still to come.', [{ path: 'month', message: 'In the future' }]);
}

/**
 * §6: a member tallies the months they were on the team (tallyExpected). A tally already
 * entered may always be corrected, even if the member's dates changed since.
 */
export function checkTallyExpected(member: { displayName: string; joinedOn: IsoDate }, history: { status: DecidedStatus; effectiveOn: IsoDate }[], month: Month, existing: Tally | null): void {
  if (!existing && !tallyExpected(member.joinedOn, history, month)) {
    throw validationError(`${member.displayName} was not active on the team in ${month}.`, [{ path: 'month', message: 'Not on the team that month' }]);
  }
}

/** §3.E: once the Coordinator reviewed a month, a change to its tallies is a correction, and says why. */
export function checkCorrectionReason(month: Month, reviewed: boolean, reason: CorrectionReason | undefined): void {
  if (reviewed && !reason) {
    throw validationError(`${month} has been reviewed (§3.E): say why this tally is being corrected.`, [{ path: 'correctionReason', message: 'Required after review' }]);
  }
}

/** §6: the day a member handed a tally in has come (it sets whether the tally was on time). */
export function checkReceivedOn(receivedOn: IsoDate | undefined, today: IsoDate): void {
  if (receivedOn && receivedOn > today) throw validationError('A tally cannot be received in the future.', [{ path: 'receivedOn', message: 'In the future' }]);
}

/** §3.E: the Coordinator reviews a month once, and only a month that has begun. */
export function checkReviewable(month: Month, today: IsoDate, alreadyReviewed: boolean): void {
  if (month > monthOf(today)) throw validationError('A month still to come cannot be reviewed.', [{ path: 'month', message: 'In the future' }]);
  if (alreadyReviewed) throw new AppError('conflict', `${month} was already reviewed.`);
}

/**
 * §6, for tallies imported from a program's earlier records: a month that has ended (the
 * current month is entered as its tallies come in), of a member on the team that month
 * (tallyExpected), not tallied already (an import never replaces a tally), and not in a month
 * the Coordinator already reviewed (§3.E: a change there is a correction, made by hand with a
 * reason). The problems of one row, in words; none when it may be imported.
 */
export function historicalTallyProblems(
  month: Month,
  today: IsoDate,
  member: { joinedOn: IsoDate; history: { status: DecidedStatus; effectiveOn: IsoDate }[] },
  facts: { alreadyTallied: boolean; reviewed: boolean },
): string[] {
  if (month >= monthOf(today)) return [`${month} has not ended: only past months are imported (§6); enter this month's tallies on the Statistics screen`];
  if (member.joinedOn > lastDayOf(month)) return [`Before the member joined the team (${member.joinedOn})`];
  if (!tallyExpected(member.joinedOn, member.history, month)) return [`The member was not active on the team in ${month}`];
  if (facts.alreadyTallied) return [`A tally for ${month} is already entered; it is not replaced (correct it on the Statistics screen)`];
  if (facts.reviewed) return [`${month} was reviewed (§3.E): a tally added now is a correction, entered by hand with its reason`];
  return [];
}

/**
 * §6: the day an imported tally counts as handed in. The old records' own day when they kept
 * it; otherwise its due day (never later than today). The earlier records counted the tally
 * in its month and do not say when the sheet came in: taking the import's day would list
 * every member as late for every month of the program's history, naming them for a lateness
 * nobody recorded, so the tally is taken as in by its due day, as the program had counted it.
 */
export function importedTallyReceivedOn(month: Month, receivedOn: IsoDate | null, today: IsoDate, policy: PolicyConfig): IsoDate {
  if (receivedOn) return receivedOn;
  const dueOn = tallyDueOn(month, policy.tallyDueDay);
  return dueOn < today ? dueOn : today;
}
