import { exportTallyMonth, importTallyHistory, reviewMonth, submitTallies, submitTally } from '../domains/tallies/commands';
import { commitIntake, previewIntake, saveFillableForm, saveWorkbookTemplate } from '../domains/tallies/intake';
import { previewTallyHistory, tallyMonth, tallySummary } from '../domains/tallies/queries';
import type { BindingsOf } from './channel';

/** §6 monthly tallies and the Coordinator's monthly review (§3.E). */
export const tallyBindings: BindingsOf<'tallies'> = {
  'tallies.month': ({ month }, { store, today }) => tallyMonth(store, today, month),
  'tallies.submit': (input, { store, today, clock }) => submitTally(store, today, input, clock()),
  'tallies.submitMany': ({ tallies }, { store, today, clock }) => submitTallies(store, today, tallies, clock()),
  'tallies.summary': ({ month }, { store, today }) => tallySummary(store, today, month),
  'tallies.review': ({ month }, { store, today, clock }) => reviewMonth(store, today, month, clock()),
  'tallies.export': ({ month }, { store, today, dialogs }) => exportTallyMonth(store, today, dialogs, month),
  'tallies.blankSheet': ({ month }, { store, today, dialogs }) => saveFillableForm(store, today, dialogs, month),
  'tallies.blankWorkbook': ({ month }, { store, today, dialogs }) => saveWorkbookTemplate(store, today, dialogs, month),
  'tallies.intakePreview': ({ month }, { store, today, dialogs }) => previewIntake(store, today, dialogs, month),
  'tallies.intakeCommit': ({ month, intakeId }, { store, today }) => commitIntake(store, today, month, intakeId),
  'tallies.historyPreview': (input, { store, today }) => previewTallyHistory(store, today, input),
  'tallies.historyCommit': (input, { store, today }) => importTallyHistory(store, today, input),
};
