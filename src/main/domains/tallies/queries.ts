import { type IsoDate, lastDayOf, type Month, monthsFrom, tallyDueOn } from '../../../shared/calendar';
import { displayNameOf } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { TallyHistoryMapping, TallyHistoryPreview } from '../../../shared/history';
import type { Tally, TallyMonth, TallyRow, TallySummary } from '../../../shared/tallies';
import { readSheet, sheetPreview } from '../../documents/sheet-import';
import { AppError } from '../../errors';
import type { ReadDb, Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import { allStatusHistories, listMembers, membersByIds, statusHistoriesOf } from '../roster/store';
import { submissionCounts, tallyExpected, tallyStatus } from './rules';
import { checkTallyRows, suggestTallyMapping, type TallyHistoryFacts } from './import-history';
import { lateTallies, monthReview, monthTotals, onTimeCounts, reviewsBetween, talliedMonths, talliesOfMonth, tallyOf, untalliedMembers } from './store';

/**
 * Who is expected to tally a month, and how each stands. Reads members and their decided
 * statuses only: tallies do not depend on training, so the team's full standing is not needed.
 */
function monthStatuses(db: ReadDb, month: Month, today: IsoDate, policy: PolicyConfig): TallyRow[] {
  const tallies = talliesOfMonth(db, month);
  const histories = allStatusHistories(db);
  return listMembers(db).map((member) => {
    const tally = tallies.get(member.id) ?? null;
    const expected = tallyExpected(member.joinedOn, histories.get(member.id) ?? [], month);
    return { memberId: member.id, displayName: displayNameOf(member), staffGroup: member.staffGroup, status: tallyStatus(expected, tally, month, today, policy), tally };
  });
}

/** §6: how a month's tallies came in: those on time counted, every other expected one named with its status. */
export interface MonthSubmissions {
  month: Month;
  onTime: number;
  others: { memberId: number; displayName: string; status: 'late' | 'missing' | 'due' }[];
}

/**
 * §6: the submissions of each month of `from`–`to`, as the month's grid (monthStatuses) gives them, without
 * reading every member and tally: SQLite counts the tallies on time and lists the late ones
 * and the members without a tally; only those members' histories and names are read.
 */
export function submissionsBetween(db: ReadDb, from: Month, to: Month, today: IsoDate, policy: PolicyConfig): MonthSubmissions[] {
  const months = monthsFrom(from, to).map((month) => ({ month, dueOn: tallyDueOn(month, policy.tallyDueDay), lastDay: lastDayOf(month) }));
  const onTime = onTimeCounts(db, months);
  const late = lateTallies(db, months);
  const untallied = untalliedMembers(db, months);
  const histories = statusHistoriesOf(db, [...new Set(untallied.map((u) => u.memberId))]);
  const unsubmitted = untallied.filter((u) => tallyExpected(u.joinedOn, histories.get(u.memberId) ?? [], u.month));
  const names = new Map(membersByIds(db, [...new Set([...late, ...unsubmitted].map((r) => r.memberId))]).map((m) => [m.id, displayNameOf(m)]));
  const byMonth = new Map(months.map(({ month }): [Month, MonthSubmissions] => [month, { month, onTime: onTime.get(month) ?? 0, others: [] }]));
  const add = (month: Month, memberId: number, status: MonthSubmissions['others'][number]['status']) => byMonth.get(month)?.others.push({ memberId, displayName: names.get(memberId) ?? '', status });
  for (const { month, memberId } of late) add(month, memberId, 'late');
  for (const { month, memberId } of unsubmitted) add(month, memberId, tallyStatus(true, null, month, today, policy) === 'missing' ? 'missing' : 'due');
  return [...byMonth.values()];
}

/** §6: a month's expected tallies with their status, its due day and the Coordinator's review. */
export function tallyMonth(store: Store, today: IsoDate, month: Month): TallyMonth {
  const db = store.read();
  const policy = currentPolicy(db).config;
  const rows = monthStatuses(db, month, today, policy).filter((row) => row.status !== 'not-expected');
  return { month, dueOn: tallyDueOn(month, policy.tallyDueDay), review: monthReview(db, month), rows };
}

/** §6: a month's totals and how its tallies came in. */
export function tallySummary(store: Store, today: IsoDate, month: Month): TallySummary {
  const db = store.read();
  const [submitted] = submissionsBetween(db, month, month, today, currentPolicy(db).config);
  return { ...monthTotals(db, month), submissions: { ...submissionCounts(submitted?.others ?? []), onTime: submitted?.onTime ?? 0 } };
}

/** A tally read back after it was written: there is one, or the store changed under the call. */
export function storedTally(db: ReadDb, memberId: number, month: Month): Tally {
  const tally = tallyOf(db, memberId, month);
  if (!tally) throw new AppError('not_found', `No tally of member #${memberId} for ${month}.`);
  return tally;
}

/** A month's review read back after it was written. */
export function storedReview(db: ReadDb, month: Month): { reviewedBy: string; reviewedAt: string } {
  const review = monthReview(db, month);
  if (!review) throw new AppError('not_found', `${month} was not reviewed.`);
  return review;
}

/** What every row of a history import is checked against: the members, their statuses, the tallies and reviews already there. */
export function tallyHistoryFacts(db: ReadDb, today: IsoDate): TallyHistoryFacts {
  return {
    today,
    policy: currentPolicy(db).config,
    members: listMembers(db),
    histories: allStatusHistories(db),
    tallied: talliedMonths(db),
    reviewed: new Set(reviewsBetween(db, '0000-01', '9999-12').map((r) => r.month)),
  };
}

/** §6: a file of earlier tallies, read and checked row by row; `mapping` defaults to one suggested from the headers. Writes nothing. */
export async function previewTallyHistory(store: Store, today: IsoDate, input: { fileName: string; contentBase64: string; mapping?: TallyHistoryMapping | undefined }): Promise<TallyHistoryPreview> {
  const sheet = await readSheet(input.fileName, input.contentBase64);
  const chosen = input.mapping ?? suggestTallyMapping(sheet.columns);
  return sheetPreview(sheet, chosen, checkTallyRows(sheet, chosen, tallyHistoryFacts(store.read(), today)));
}
