import type * as z from 'zod';
import type { IsoDate, Month } from '../../../shared/calendar';
import { displayNameOf } from '../../../shared/members';
import type { TallyHistoryMapping } from '../../../shared/history';
import type { ImportResult } from '../../../shared/sheet-import';
import type { Tally, tallyInputSchema } from '../../../shared/tallies';
import { AppError, validationError } from '../../errors';
import type { FieldIssue } from '../../../shared/result';
import type { SavedFile } from '../../../shared/roster';
import { tallyMonthXlsx } from '../../documents/activity-xlsx';
import { saveThroughDialog } from '../../documents/save-through-dialog';
import { readSheet, rowsToImport, type ImportMode } from '../../documents/sheet-import';
import type { Dialogs } from '../../files/dialogs';
import type { AuditEvent, ReadDb, Store, WriteDb } from '../../store/store';
import { findMember, statusHistory } from '../roster/store';
import { checkTallyRows } from './import-history';
import { storedReview, storedTally, tallyHistoryFacts, tallyMonth } from './queries';
import { checkCorrectionReason, checkReceivedOn, checkReviewable, checkTallyExpected, checkTallyMonth } from './rules';
import { insertTally, markReviewed, monthReview, recordCorrection, saveTally, tallyOf } from './store';

/**
 * The changes to §6 monthly tallies and the §3.E monthly review: each reads what it needs,
 * asks the rules, then writes with its audit line. `today` is the call's day; `at` its
 * instant, for the timestamps recorded.
 */

type TallyInput = z.output<typeof tallyInputSchema>;

/** A tally checked against the rules, with what its write needs: the audit line and the change. */
function checkedTally(db: ReadDb, today: IsoDate, input: TallyInput, at: Date): { audit: AuditEvent; write(tx: WriteDb): void } {
  // Only this member's facts: a month of 500 tallies must not re-derive the whole team 500 times.
  const member = findMember(db, input.memberId);
  if (!member) throw validationError(`No team member #${input.memberId}.`, [{ path: 'memberId', message: 'Unknown member' }]);
  checkTallyMonth(input.month, today);
  const existing = tallyOf(db, input.memberId, input.month);
  checkTallyExpected({ displayName: displayNameOf(member), joinedOn: member.joinedOn }, statusHistory(db, member.id), input.month, existing);
  const reviewed = monthReview(db, input.month) !== null;
  checkCorrectionReason(input.month, reviewed, input.correctionReason);
  checkReceivedOn(input.receivedOn, today);
  const { correctionReason, receivedOn, ...tally } = input;
  return {
    audit: { action: reviewed ? 'tallies.correct' : 'tallies.submit', entity: 'tally', entityId: `${input.memberId}/${input.month}` },
    write: (tx) => {
      saveTally(tx, tally, existing?.submittedOn ?? receivedOn ?? today);
      if (reviewed && correctionReason) recordCorrection(tx, input.memberId, input.month, correctionReason, at.toISOString());
    },
  };
}

/** §6: enters a member's tally for a month, or corrects it (§3.E: with a reason once the month was reviewed). */
export function submitTally(store: Store, today: IsoDate, input: TallyInput, at: Date): Tally {
  const { audit, write } = checkedTally(store.read(), today, input, at);
  store.write(audit, write);
  return storedTally(store.read(), input.memberId, input.month);
}

/**
 * §6, §3.E: the month's grid saved at once — every tally is checked first, and they are written
 * in one transaction, each with its audit line, or none is. A refusal names every row that
 * needs attention (`tallies.N`), so the grid can mark them all.
 */
export function submitTallies(store: Store, today: IsoDate, tallies: TallyInput[], at: Date): { saved: number } {
  const db = store.read();
  const problems: FieldIssue[] = [];
  const checked = tallies.flatMap((input, index) => {
    try {
      return [checkedTally(db, today, input, at)];
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push({ path: `tallies.${index}`, message: error.message });
      return [];
    }
  });
  if (problems.length) throw validationError(`${problems.length} of ${tallies.length} tallies need attention; nothing was saved.`, problems);
  store.write(
    checked.map((c) => c.audit),
    (tx) => checked.forEach((c) => c.write(tx)),
  );
  return { saved: checked.length };
}

/** §3.E: the Coordinator's review of a month; its tallies are corrected with a reason from then on. */
export function reviewMonth(store: Store, today: IsoDate, month: Month, at: Date): { reviewedBy: string; reviewedAt: string } {
  const db = store.read();
  checkReviewable(month, today, monthReview(db, month) !== null);
  store.write({ action: 'tallies.review', entity: 'month', entityId: month }, (tx) => markReviewed(tx, month, store.actor, at.toISOString()));
  return storedReview(db, month);
}

/** A month's tallies as XLSX where main's dialog says (§6); a saved export is audited by its month. */
export async function exportTallyMonth(store: Store, today: IsoDate, dialogs: Dialogs, month: Month): Promise<SavedFile> {
  const saved = await saveThroughDialog(dialogs, { title: "Export the month's tallies", defaultName: `tallies-${month}.xlsx`, extensions: ['xlsx'] }, () => tallyMonthXlsx(tallyMonth(store, today, month)));
  if (saved.saved) store.write({ action: 'tallies.export', entity: 'month', entityId: month }, () => undefined);
  return saved;
}

/**
 * §6: imports a program's earlier tallies, the rows the mode allows, in one transaction with
 * one audit line (the count only). A tally already entered is never replaced: the rows are
 * checked against those there, and the insert itself refuses one that came meanwhile.
 */
export async function importTallyHistory(
  store: Store,
  today: IsoDate,
  input: { fileName: string; contentBase64: string; mapping: TallyHistoryMapping; mode: ImportMode },
): Promise<ImportResult> {
  const rows = checkTallyRows(await readSheet(input.fileName, input.contentBase64), input.mapping, tallyHistoryFacts(store.read(), today));
  const { valid, skipped } = rowsToImport(rows, input.mode);
  store.write({ action: 'tallies.import', entity: 'tallies', entityId: `${valid.length} tallies` }, (tx) => {
    for (const { tally, receivedOn } of valid) insertTally(tx, tally, receivedOn);
  });
  return { imported: valid.length, skipped };
}
