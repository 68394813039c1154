import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { type IsoDate, type Month, tallyDueOn } from '../../../shared/calendar';
import { displayNameOf } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { Tally, TallyMonth, TallyRow, TallySummary } from '../../../shared/tallies';
import { blankTallySheetPdf } from '../../documents/pdf/tally-sheet-pdf';
import { AppError } from '../../errors';
import type { ReadDb, Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import { allStatusHistories, listMembers } from '../roster/store';
import { readSettings } from '../settings/store';
import { submissionCounts, tallyExpected, tallyStatus } from './rules';
import { monthReview, monthTotals, talliesOfMonth, tallyOf } from './store';

/**
 * Who is expected to tally a month, and how each stands. Reads members and their decided
 * statuses only: tallies do not depend on training, so the team's full standing is not needed.
 */
export function monthStatuses(db: ReadDb, month: Month, today: IsoDate, policy: PolicyConfig): TallyRow[] {
  const tallies = talliesOfMonth(db, month);
  const histories = allStatusHistories(db);
  return listMembers(db).map((member) => {
    const tally = tallies.get(member.id) ?? null;
    const expected = tallyExpected(member.joinedOn, histories.get(member.id) ?? [], month);
    return { memberId: member.id, displayName: displayNameOf(member), staffGroup: member.staffGroup, status: tallyStatus(expected, tally, month, today, policy), tally };
  });
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
  return { ...monthTotals(db, month), submissions: submissionCounts(monthStatuses(db, month, today, currentPolicy(db).config)) };
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

/** §6: the blank tally sheet of a month, to hand out: counts only, with the day it is due. */
export function blankTallySheet(store: Store, month: Month): TDocumentDefinitions {
  const db = store.read();
  return blankTallySheetPdf(month, tallyDueOn(month, currentPolicy(db).config.tallyDueDay), readSettings(db));
}
