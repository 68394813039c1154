import { basename } from 'node:path';
import { toIsoDate } from '../../../shared/dates';
import { monthOf, tallyDueOn } from '../../../shared/months';
import { writeFileAtomic } from '../../files/atomic-write';
import { renderPdf } from '../../reports/render-pdf';
import { blankTallySheetPdf } from '../../reports/tally-sheet-pdf';
import { tallyExpected, tallyStatus } from '../../rules/tally-status';
import { AppError, validationError } from '../app-error';
import { readSettings } from '../settings-store';
import { markReviewed, monthReview, recordCorrection, saveTally, tallyOf, talliesOfMonth } from '../tallies/tally-store';
import type { HandlersOf } from './handler';
import { currentTeam } from './team';

/** §6 monthly tallies and the Coordinator's monthly review (§3.E). */
export const tallyHandlers: HandlersOf<'tallies'> = {
  'tallies.month': ({ month }, { session, clock }) => {
    const db = session.database();
    const team = currentTeam(session, clock);
    const tallies = talliesOfMonth(db, month);
    const rows = team.views
      .map(({ member, history }) => {
        const tally = tallies.get(member.id) ?? null;
        const expected = tallyExpected(member.joinedOn, history, month);
        return { memberId: member.id, displayName: member.displayName, staffGroup: member.staffGroup, status: tallyStatus(expected, tally, month, team.today, team.policy), tally };
      })
      .filter((row) => row.status !== 'not-expected');
    return { month, dueOn: tallyDueOn(month, team.policy.tallyDueDay), review: monthReview(db, month), rows };
  },
  'tallies.submit': (input, { session, clock }) => {
    const db = session.database();
    const team = currentTeam(session, clock);
    const { member, history } = team.views.find((v) => v.member.id === input.memberId) ?? {};
    if (!member || !history) throw validationError(`No team member #${input.memberId}.`, [{ path: 'memberId', message: 'Unknown member' }]);
    if (input.month > monthOf(team.today)) throw validationError('A tally cannot be for a month still to come.', [{ path: 'month', message: 'In the future' }]);
    const existing = tallyOf(db, input.memberId, input.month);
    if (!existing && !tallyExpected(member.joinedOn, history, input.month)) {
      throw validationError(`${member.displayName} was not active on the team in ${input.month}.`, [{ path: 'month', message: 'Not on the team that month' }]);
    }
    const reviewed = monthReview(db, input.month) !== null;
    if (reviewed && !input.correctionReason) {
      throw validationError(`${input.month} has been reviewed (§3.E): say why this tally is being corrected.`, [{ path: 'correctionReason', message: 'Required after review' }]);
    }
    if (input.receivedOn && input.receivedOn > team.today) throw validationError('A tally cannot be received in the future.', [{ path: 'receivedOn', message: 'In the future' }]);
    const { correctionReason, receivedOn, ...tally } = input;
    const at = clock();
    session.write({ action: reviewed ? 'tallies.correct' : 'tallies.submit', entity: 'tally', entityId: `${input.memberId}/${input.month}` }, (tx) => {
      saveTally(tx, tally, existing?.submittedOn ?? receivedOn ?? toIsoDate(at));
      if (reviewed && correctionReason) recordCorrection(tx, input.memberId, input.month, correctionReason, at.toISOString());
    });
    return tallyOf(db, input.memberId, input.month) as NonNullable<ReturnType<typeof tallyOf>>;
  },
  'tallies.review': ({ month }, { session, clock }) => {
    const db = session.database();
    if (month > monthOf(toIsoDate(clock()))) throw validationError('A month still to come cannot be reviewed.', [{ path: 'month', message: 'In the future' }]);
    if (monthReview(db, month)) throw new AppError('conflict', `${month} was already reviewed.`);
    session.write({ action: 'tallies.review', entity: 'month', entityId: month }, (tx) => markReviewed(tx, month, session.actor, clock().toISOString()));
    return monthReview(db, month) as NonNullable<ReturnType<typeof monthReview>>;
  },
  'tallies.blankSheet': async ({ month }, { session, clock, dialogs }) => {
    const db = session.database();
    const path = await dialogs.chooseSaveFile({ title: 'Save a blank tally sheet', defaultName: `tally-sheet-${month}.pdf`, extensions: ['pdf'] });
    if (!path) return { saved: false, fileName: null };
    const team = currentTeam(session, clock);
    writeFileAtomic(path, await renderPdf(blankTallySheetPdf(month, tallyDueOn(month, team.policy.tallyDueDay), readSettings(db))));
    return { saved: true, fileName: basename(path) };
  },
};
