import { renderPdf } from '../documents/pdf/render-pdf';
import { signInSheetPdf } from '../documents/pdf/training-pdf';
import { saveThroughDialog } from '../documents/save-through-dialog';
import { cancelSession, correctSession, exportMatrix, importCompletionHistory, planSession, recordAttendance, recordCompletion, removeCompletion, saveCourse } from '../domains/training/commands';
import { courseCatalog, matrixNow, memberTraining, previewCompletionHistory, sessionDetail, sessionsLatestFirst, signInSheet } from '../domains/training/queries';
import type { BindingsOf } from './channel';

/** Training: the course catalog, sessions and attendance (§4.H–I), completions and the matrix (§8). */
export const trainingBindings: BindingsOf<'training'> = {
  'training.courses': (_input, { store }) => courseCatalog(store),
  'training.saveCourse': (input, { store }) => saveCourse(store, input),
  'training.sessions': (_input, { store }) => sessionsLatestFirst(store),
  'training.planSession': (input, { store }) => planSession(store, input),
  'training.updateSession': (input, { store }) => correctSession(store, input),
  'training.cancelSession': (input, { store, clock }) => cancelSession(store, clock(), input),
  'training.session': ({ id }, { store }) => sessionDetail(store, id),
  'training.recordAttendance': (input, { store, today }) => recordAttendance(store, today, input),
  'training.recordCompletion': (input, { store, today }) => recordCompletion(store, today, input),
  'training.removeCompletion': ({ id }, { store }) => removeCompletion(store, id),
  'training.matrix': (_input, { store, today }) => matrixNow(store, today),
  'training.member': ({ memberId }, { store, today }) => memberTraining(store, today, memberId),
  'training.exportMatrix': ({ format }, { store, today, dialogs }) => exportMatrix(store, today, dialogs, format),
  'training.signInSheet': async ({ id }, { store, dialogs }) => {
    const { detail, settings, fileName } = signInSheet(store, id);
    return saveThroughDialog(dialogs, { title: 'Save the sign-in sheet', defaultName: fileName, extensions: ['pdf'] }, () => renderPdf(signInSheetPdf(detail, settings)));
  },
  'training.historyPreview': (input, { store, today }) => previewCompletionHistory(store, today, input),
  'training.historyCommit': (input, { store, today }) => importCompletionHistory(store, today, input),
};
