import type { IsoDate, Month } from '../../../shared/calendar';
import { displayNameOf } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { TallyStatus } from '../../../shared/tallies';
import type { Db } from '../../store/open-database';
import { tallyExpected, tallyStatus } from './rules';
import { allStatusHistories, listMembers } from '../roster/store';
import { talliesOfMonth } from './store';

/**
 * Who is expected to tally a month, and how each stands. Reads members and their decided
 * statuses only: tallies do not depend on training, so the team's full standing is not needed.
 */
export function monthStatuses(db: Db, month: Month, today: IsoDate, policy: PolicyConfig) {
  const tallies = talliesOfMonth(db, month);
  const histories = allStatusHistories(db);
  return listMembers(db).map((member) => {
    const tally = tallies.get(member.id) ?? null;
    const expected = tallyExpected(member.joinedOn, histories.get(member.id) ?? [], month);
    return { memberId: member.id, displayName: displayNameOf(member), staffGroup: member.staffGroup, status: tallyStatus(expected, tally, month, today, policy), tally };
  });
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
