import { toIsoDate, monthOf, tallyDueOn } from '../../shared/calendar';
import { renderPdf } from '../documents/pdf/render-pdf';
import { blankTallySheetPdf } from '../documents/pdf/tally-sheet-pdf';
import { tallyExpected } from '../domains/tallies/rules';
import { AppError, validationError } from '../errors';
import { readSettings } from '../domains/settings/store';
import { findMember, statusHistory } from '../domains/roster/store';
import { monthStatuses, submissionCounts } from '../domains/tallies/queries';
import { currentPolicy } from '../domains/policy/store';
import { markReviewed, monthReview, monthTotals, recordCorrection, saveTally, tallyOf } from '../domains/tallies/store';
import { displayNameOf } from '../../shared/members';
import { saveThroughDialog } from '../documents/save-through-dialog';
import type { BindingsOf } from './channel';

/** §6 monthly tallies and the Coordinator's monthly review (§3.E). */
export const tallyHandlers: BindingsOf<'tallies'> = {
  'tallies.month': ({ month }, { session, clock }) => {
    const db = session.database();
    const policy = currentPolicy(db).config;
    const rows = monthStatuses(db, month, toIsoDate(clock()), policy).filter((row) => row.status !== 'not-expected');
    return { month, dueOn: tallyDueOn(month, policy.tallyDueDay), review: monthReview(db, month), rows };
  },
  'tallies.submit': (input, { session, clock }) => {
    const db = session.database();
    // Only this member's facts: a month of 500 tallies must not re-derive the whole team 500 times.
    const member = findMember(db, input.memberId);
    if (!member) throw validationError(`No team member #${input.memberId}.`, [{ path: 'memberId', message: 'Unknown member' }]);
    const today = toIsoDate(clock());
    if (input.month > monthOf(today)) throw validationError('A tally cannot be for a month still to come.', [{ path: 'month', message: 'In the future' }]);
    const existing = tallyOf(db, input.memberId, input.month);
    if (!existing && !tallyExpected(member.joinedOn, statusHistory(db, member.id), input.month)) {
      throw validationError(`${displayNameOf(member)} was not active on the team in ${input.month}.`, [{ path: 'month', message: 'Not on the team that month' }]);
    }
    const reviewed = monthReview(db, input.month) !== null;
    if (reviewed && !input.correctionReason) {
      throw validationError(`${input.month} has been reviewed (§3.E): say why this tally is being corrected.`, [{ path: 'correctionReason', message: 'Required after review' }]);
    }
    if (input.receivedOn && input.receivedOn > today) throw validationError('A tally cannot be received in the future.', [{ path: 'receivedOn', message: 'In the future' }]);
    const { correctionReason, receivedOn, ...tally } = input;
    const at = clock();
    session.write({ action: reviewed ? 'tallies.correct' : 'tallies.submit', entity: 'tally', entityId: `${input.memberId}/${input.month}` }, (tx) => {
      saveTally(tx, tally, existing?.submittedOn ?? receivedOn ?? toIsoDate(at));
      if (reviewed && correctionReason) recordCorrection(tx, input.memberId, input.month, correctionReason, at.toISOString());
    });
    return tallyOf(db, input.memberId, input.month) as NonNullable<ReturnType<typeof tallyOf>>;
  },
  'tallies.summary': ({ month }, { session, clock }) => {
    const db = session.database();
    return { ...monthTotals(db, month), submissions: submissionCounts(monthStatuses(db, month, toIsoDate(clock()), currentPolicy(db).config)) };
  },
  'tallies.review': ({ month }, { session, clock }) => {
    const db = session.database();
    if (month > monthOf(toIsoDate(clock()))) throw validationError('A month still to come cannot be reviewed.', [{ path: 'month', message: 'In the future' }]);
    if (monthReview(db, month)) throw new AppError('conflict', `${month} was already reviewed.`);
    session.write({ action: 'tallies.review', entity: 'month', entityId: month }, (tx) => markReviewed(tx, month, session.actor, clock().toISOString()));
    return monthReview(db, month) as NonNullable<ReturnType<typeof monthReview>>;
  },
  'tallies.blankSheet': async ({ month }, { session, dialogs }) => {
    const db = session.database();
    return saveThroughDialog(dialogs, { title: 'Save a blank tally sheet', defaultName: `tally-sheet-${month}.pdf`, extensions: ['pdf'] }, () =>
      renderPdf(blankTallySheetPdf(month, tallyDueOn(month, currentPolicy(db).config.tallyDueDay), readSettings(db))),
    );
  },
};
