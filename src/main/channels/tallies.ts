import { renderPdf } from '../documents/pdf/render-pdf';
import { saveThroughDialog } from '../documents/save-through-dialog';
import { exportTallyMonth, importTallyHistory, reviewMonth, submitTallies, submitTally } from '../domains/tallies/commands';
import { blankTallySheet, previewTallyHistory, tallyMonth, tallySummary } from '../domains/tallies/queries';
import type { BindingsOf } from './channel';

/** §6 monthly tallies and the Coordinator's monthly review (§3.E). */
export const tallyBindings: BindingsOf<'tallies'> = {
  'tallies.month': ({ month }, { store, today }) => tallyMonth(store, today, month),
  'tallies.submit': (input, { store, today, clock }) => submitTally(store, today, input, clock()),
  'tallies.submitMany': ({ tallies }, { store, today, clock }) => submitTallies(store, today, tallies, clock()),
  'tallies.summary': ({ month }, { store, today }) => tallySummary(store, today, month),
  'tallies.review': ({ month }, { store, today, clock }) => reviewMonth(store, today, month, clock()),
  'tallies.export': ({ month }, { store, today, dialogs }) => exportTallyMonth(store, today, dialogs, month),
  'tallies.blankSheet': ({ month }, { store, dialogs }) =>
    saveThroughDialog(dialogs, { title: 'Save a blank tally sheet', defaultName: `tally-sheet-${month}.pdf`, extensions: ['pdf'] }, () => renderPdf(blankTallySheet(store, month))),
  'tallies.historyPreview': (input, { store, today }) => previewTallyHistory(store, today, input),
  'tallies.historyCommit': (input, { store, today }) => importTallyHistory(store, today, input),
};
