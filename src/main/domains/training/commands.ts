import type * as z from 'zod';
import type { IsoDate } from '../../../shared/calendar';
import type { CompletionHistoryMapping } from '../../../shared/history';
import type { SavedFile } from '../../../shared/roster';
import type { ImportResult } from '../../../shared/sheet-import';
import type { RecordCorrectionReason } from '../../../shared/corrections';
import type { AttendanceEntry, completionInputSchema, Course, courseInputSchema, MemberTraining, SessionDetail, sessionInputSchema, sessionUpdateSchema } from '../../../shared/training';
import { matrixPdf } from '../../documents/pdf/training-pdf';
import { renderPdf } from '../../documents/pdf/render-pdf';
import { saveThroughDialog } from '../../documents/save-through-dialog';
import { readSheet, rowsToImport, type ImportMode } from '../../documents/sheet-import';
import { matrixXlsx } from '../../documents/training-matrix-xlsx';
import { AppError, validationError } from '../../errors';
import type { Dialogs } from '../../files/dialogs';
import type { Store } from '../../store/store';
import { correctionEvent, requireLive, voidRows } from '../../store/voided-rows';
import { findMember } from '../roster/store';
import { readSettings } from '../settings/store';
import { checkCompletionRows } from './import-history';
import { completionHistoryFacts, matrixNow, memberTraining, sessionDetail } from './queries';
import { checkAttendanceEntries, checkAttendanceTaken, checkCompletion, checkSessionCancellable, checkSessionCorrection } from './rules';
import { deleteExternalCompletion, findCourse, findCourseByCode, insertExternalCompletion, insertSession, replaceAttendance, updateSession, upsertCourse } from './store';

/** Training's changes: the catalog, sessions, attendance and outside completions. Each asks the rules first. */

type CourseInput = z.output<typeof courseInputSchema>;
type SessionInput = z.output<typeof sessionInputSchema>;
type CompletionInput = z.output<typeof completionInputSchema>;

/** Adds a course to the catalog, or changes one; course codes are unique. */
export function saveCourse(store: Store, input: CourseInput): Course {
  const db = store.read();
  const sameCode = findCourseByCode(db, input.code);
  if (sameCode && sameCode.id !== input.id) {
    throw new AppError('conflict', `Another course already has the code ${input.code}.`, { fields: [{ path: 'code', message: 'Already used' }] });
  }
  if (input.id && !findCourse(db, input.id)) throw new AppError('not_found', `No course #${input.id}.`);
  const id = store.write<number>((courseId) => ({ action: input.id ? 'training.updateCourse' : 'training.createCourse', entity: 'course', entityId: courseId }), (tx) => upsertCourse(tx, input));
  const saved = findCourse(store.read(), id);
  // Written just above, in this process's own transaction.
  if (!saved) throw new AppError('not_found', `No course #${id}.`);
  return saved;
}

export function planSession(store: Store, input: SessionInput): SessionDetail {
  if (!findCourse(store.read(), input.courseId)) throw validationError('Choose a course from the catalog.', [{ path: 'courseId', message: 'Unknown course' }]);
  const id = store.write<number>((sessionId) => ({ action: 'training.planSession', entity: 'session', entityId: sessionId }), (tx) => insertSession(tx, input));
  return sessionDetail(store, id);
}

/** A session corrected, with a reason; §4.I, §8: its course and day are fixed once attendance was taken. */
export function correctSession(store: Store, input: z.output<typeof sessionUpdateSchema>): SessionDetail {
  requireLive(store.read(), 'training_sessions', input.id, 'training session');
  const session = sessionDetail(store, input.id);
  if (!findCourse(store.read(), input.courseId)) throw validationError('Choose a course from the catalog.', [{ path: 'courseId', message: 'Unknown course' }]);
  checkSessionCorrection(session, input);
  const { id, reason, ...fields } = input;
  store.write(correctionEvent('training.updateSession', 'session', id, reason), (tx) => updateSession(tx, id, fields));
  return sessionDetail(store, id);
}

/** §4.H: a planned session that will not take place (or was entered in error) is cancelled: kept for the audit, gone from the lists and the quarterly record. */
export function cancelSession(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }): { cancelled: number } {
  requireLive(store.read(), 'training_sessions', input.id, 'training session');
  checkSessionCancellable(sessionDetail(store, input.id));
  store.write(correctionEvent('training.cancelSession', 'session', input.id, input.reason), (tx) => voidRows(tx, 'training_sessions', [input.id], { at: at.toISOString(), by: store.actor, reason: input.reason }));
  return { cancelled: input.id };
}

/** Takes (or retakes) the attendance of a session that has been held. */
export function recordAttendance(store: Store, today: IsoDate, input: { sessionId: number; entries: AttendanceEntry[] }): SessionDetail {
  const db = store.read();
  checkAttendanceTaken(sessionDetail(store, input.sessionId).heldOn, today);
  checkAttendanceEntries(input.entries, (memberId) => findMember(db, memberId) !== null);
  store.write({ action: 'training.recordAttendance', entity: 'session', entityId: input.sessionId }, (tx) => replaceAttendance(tx, input.sessionId, input.entries));
  return sessionDetail(store, input.sessionId);
}

/** Records a course completed with an outside provider. */
export function recordCompletion(store: Store, today: IsoDate, input: CompletionInput): MemberTraining {
  const db = store.read();
  if (!findMember(db, input.memberId)) throw new AppError('not_found', `No team member #${input.memberId}.`);
  checkCompletion(findCourse(db, input.courseId), input.completedOn, today);
  store.write({ action: 'training.recordCompletion', entity: 'member', entityId: input.memberId }, (tx) => insertExternalCompletion(tx, input));
  return memberTraining(store, today, input.memberId);
}

export function removeCompletion(store: Store, id: number): null {
  const removed = store.write({ action: 'training.removeCompletion', entity: 'completion', entityId: id }, (tx) => deleteExternalCompletion(tx, id));
  if (!removed) throw new AppError('not_found', `No recorded completion #${id}.`);
  return null;
}

/** The matrix as a landscape PDF or XLSX, where main's dialog says; a saved export is audited by its format. */
export async function exportMatrix(store: Store, today: IsoDate, dialogs: Dialogs, format: 'pdf' | 'xlsx'): Promise<SavedFile> {
  const saved = await saveThroughDialog(dialogs, { title: 'Export the training matrix', defaultName: `training-matrix.${format}`, extensions: [format] }, () => {
    const matrix = matrixNow(store, today);
    return format === 'pdf' ? renderPdf(matrixPdf(matrix, readSettings(store.read()))) : matrixXlsx(matrix);
  });
  if (saved.saved) store.write({ action: 'training.exportMatrix', entity: 'training', entityId: format }, () => undefined);
  return saved;
}

/** §8: imports the completed courses a program already recorded, the rows the mode allows, in one transaction with one audit line (the count only). */
export async function importCompletionHistory(
  store: Store,
  today: IsoDate,
  input: { fileName: string; contentBase64: string; mapping: CompletionHistoryMapping; mode: ImportMode },
): Promise<ImportResult> {
  const rows = checkCompletionRows(await readSheet(input.fileName, input.contentBase64), input.mapping, completionHistoryFacts(store.read(), today));
  const { valid, skipped } = rowsToImport(rows, input.mode);
  store.write({ action: 'training.import', entity: 'training', entityId: `${valid.length} completions` }, (tx) => {
    for (const completion of valid) insertExternalCompletion(tx, completion);
  });
  return { imported: valid.length, skipped };
}
