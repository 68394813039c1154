import { type IsoDate, firstDayOf, lastDayOf, monthOf, tallyDueOn, type Month } from '../../../shared/calendar';
import type { DecidedStatus } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type * as z from 'zod';
import { type CorrectionReason, type Tally, type TallyStatus, concernCategories, contactTypes, referralDestinations, tallyInputSchema } from '../../../shared/tallies';
import { TALLY_FORM_MARKER, tallyFigureLabel, tallyFormFigures, type IntakeFigures, type ReturnedForm, type TallyFormFigure } from '../../../shared/tally-intake';
import { monthSchema } from '../../../shared/calendar';
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

export type ParsedTally = z.output<typeof tallyInputSchema>;

/** A returned form read by the rules: the tally it holds when it holds one, and why not otherwise. */
export interface ReadForm {
  memberId: number | null;
  month: Month | null;
  tally: ParsedTally | null;
  figures: IntakeFigures | null;
  problems: string[];
}

const TEXT_IN_FIELD = 'Text in a figure field';
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * §6: one figure of a returned form — counts and hours only. A blank is 0; anything with a
 * letter in it is text, refused and never repeated (the problem names the field, not what was
 * written); a count is a whole number 0–999, hours 0–744 in quarter hours.
 */
function readFigure(figure: TallyFormFigure, written: string | number | undefined): { value: number } | { problem: string } {
  const label = tallyFigureLabel(figure);
  let value: number;
  if (typeof written === 'number') value = written;
  else {
    const compact = (written ?? '').replace(/\s+/g, '');
    if (compact === '') return { value: 0 };
    if (/\p{L}/u.test(compact)) return { problem: `${TEXT_IN_FIELD} (${label}): only numbers are read` };
    if (!/^[-+]?\d{1,6}([.,]\d{1,4})?$/.test(compact)) return { problem: `Not a number (${label})` };
    value = Number(compact.replace(',', '.'));
  }
  if (!Number.isFinite(value)) return { problem: `Not a number (${label})` };
  if (value < 0) return { problem: `Negative (${label})` };
  const hours = figure === 'hoursOnDuty' || figure === 'hoursOffDuty';
  if (!hours && !Number.isInteger(value)) return { problem: `Not a whole number (${label})` };
  if (hours && !Number.isInteger(value * 4)) return { problem: `Not in quarter hours (${label})` };
  if (value > (hours ? 744 : 999)) return { problem: `Out of bounds (${label}): at most ${hours ? 744 : 999}` };
  return { value };
}

/** §6: "No contacts this month" on a form: ticked, or x / yes; anything else written there is text. */
function readNoContacts(written: string | number | boolean): { value: boolean } | { problem: string } {
  if (typeof written === 'boolean') return { value: written };
  const compact = String(written).trim().toLowerCase();
  if (compact === '' || compact === 'no' || compact === '0') return { value: false };
  if (['x', 'yes', 'y', '1', 'true', '✓', '✔'].includes(compact)) return { value: true };
  return { problem: `${TEXT_IN_FIELD} ("No contacts this month"): only x is read` };
}

/**
 * §6: a returned tally form read against the month being collected, on `today`: a form of
 * PeerDesk's, of that month (never one still to come), every figure a count or hours, and
 * the tally as a whole valid (the same schema as the grid's). The member's own standing is
 * checked by the command, which reads the store.
 */
export function readReturnedForm(form: ReturnedForm, collecting: Month, today: IsoDate): ReadForm {
  const problems: string[] = [];
  if (form.marker !== TALLY_FORM_MARKER) problems.push('Not a PeerDesk tally form');
  if (form.altered) problems.push('The form was changed: its grey fields or layout are not as PeerDesk made them');
  const memberId = /^\d{1,9}$/.test(form.memberId) && Number(form.memberId) > 0 ? Number(form.memberId) : null;
  if (memberId === null) problems.push('No member on the form');
  const parsedMonth = monthSchema.safeParse(form.month);
  const month = parsedMonth.success ? parsedMonth.data : null;
  if (month === null) problems.push('No month on the form');
  else if (month > monthOf(today)) problems.push(`Wrong month: ${month} is still to come`);
  else if (month !== collecting) problems.push(`Wrong month: the form is for ${month}, not ${collecting}`);
  const values = new Map<string, number>();
  for (const figure of tallyFormFigures) {
    const read = readFigure(figure, form.figures[figure]);
    if ('problem' in read) problems.push(read.problem);
    else values.set(figure, read.value);
  }
  const noContacts = readNoContacts(form.noContacts);
  if ('problem' in noContacts) problems.push(noContacts.problem);
  if (problems.length || memberId === null || month === null || !('value' in noContacts)) return { memberId, month, tally: null, figures: null, problems };
  const of = (group: string, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, values.get(`${group}.${k}`) ?? 0]));
  const checked = tallyInputSchema.safeParse({
    memberId,
    month,
    noContacts: noContacts.value,
    contacts: of('contacts', contactTypes),
    hoursOnDuty: values.get('hoursOnDuty') ?? 0,
    hoursOffDuty: values.get('hoursOffDuty') ?? 0,
    referrals: of('referrals', referralDestinations),
    concerns: of('concerns', concernCategories),
  });
  if (!checked.success) return { memberId, month, tally: null, figures: null, problems: checked.error.issues.map((issue) => issue.message) };
  const t = checked.data;
  return { memberId, month, tally: t, figures: { noContacts: t.noContacts, contacts: sum(t.contacts), hoursOnDuty: t.hoursOnDuty, hoursOffDuty: t.hoursOffDuty, referrals: sum(t.referrals), concerns: sum(t.concerns) }, problems: [] };
}

/** §6: a member's tally of a month is handed in once; two forms of the same member and month in one folder are both held back. */
export function duplicateForms(forms: { memberId: number | null; month: Month | null }[]): Set<number> {
  const seen = new Map<string, number[]>();
  forms.forEach((form, index) => {
    if (form.memberId === null || form.month === null) return;
    const key = `${form.memberId}/${form.month}`;
    seen.set(key, [...(seen.get(key) ?? []), index]);
  });
  return new Set([...seen.values()].filter((indexes) => indexes.length > 1).flat());
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
