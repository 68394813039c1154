import { toIsoDate } from '../../shared/calendar';
import { matrixPdf, signInSheetPdf } from '../documents/pdf/training-pdf';
import { renderPdf } from '../documents/pdf/render-pdf';
import { matrixXlsx } from '../documents/training-matrix-xlsx';
import { AppError, validationError } from '../errors';
import { findMember } from '../domains/roster/store';
import { readSettings } from '../domains/settings/store';
import { memberTraining, sessionDetail, trainingMatrix } from '../domains/training/queries';
import { deleteExternalCompletion, findCourse, findCourseByCode, insertExternalCompletion, insertSession, listCourses, listSessions, replaceAttendance, saveCourse } from '../domains/training/store';
import { saveThroughDialog } from '../documents/save-through-dialog';
import type { BindingsOf } from './channel';
import { currentTeam } from '../domains/roster/team';

/** Training: the course catalog, sessions and attendance (§4.H–I), completions and the matrix (§8). */
export const trainingHandlers: BindingsOf<'training'> = {
  'training.courses': (_input, { session }) => listCourses(session.database()),
  'training.saveCourse': (input, { session }) => {
    const db = session.database();
    const sameCode = findCourseByCode(db, input.code);
    if (sameCode && sameCode.id !== input.id) {
      throw new AppError('conflict', `Another course already has the code ${input.code}.`, { fields: [{ path: 'code', message: 'Already used' }] });
    }
    if (input.id && !findCourse(db, input.id)) throw new AppError('not_found', `No course #${input.id}.`);
    const id = session.write<number>((courseId) => ({ action: input.id ? 'training.updateCourse' : 'training.createCourse', entity: 'course', entityId: courseId }), (tx) => saveCourse(tx, input));
    return findCourse(db, id) as NonNullable<ReturnType<typeof findCourse>>;
  },
  'training.sessions': (_input, { session }) => listSessions(session.database()).reverse(),
  'training.planSession': (input, { session }) => {
    const db = session.database();
    if (!findCourse(db, input.courseId)) throw validationError('Choose a course from the catalog.', [{ path: 'courseId', message: 'Unknown course' }]);
    const id = session.write<number>((sessionId) => ({ action: 'training.planSession', entity: 'session', entityId: sessionId }), (tx) => insertSession(tx, input));
    return sessionDetail(db, id);
  },
  'training.session': ({ id }, { session }) => sessionDetail(session.database(), id),
  'training.recordAttendance': ({ sessionId, entries }, { session, clock }) => {
    const db = session.database();
    const detail = sessionDetail(db, sessionId);
    if (detail.heldOn > toIsoDate(clock())) {
      throw validationError('Attendance can be taken once the session has been held.', [{ path: 'sessionId', message: `Held on ${detail.heldOn}` }]);
    }
    const unknown = entries.filter((e) => !findMember(db, e.memberId)).map((e) => e.memberId);
    if (unknown.length) throw validationError(`Unknown member(s): ${unknown.join(', ')}.`, [{ path: 'entries', message: 'Unknown member' }]);
    if (new Set(entries.map((e) => e.memberId)).size !== entries.length) throw validationError('A member appears twice.', [{ path: 'entries', message: 'Duplicate member' }]);
    session.write({ action: 'training.recordAttendance', entity: 'session', entityId: sessionId }, (tx) => replaceAttendance(tx, sessionId, entries));
    return sessionDetail(db, sessionId);
  },
  'training.recordCompletion': (input, { session, clock }) => {
    const db = session.database();
    const member = findMember(db, input.memberId);
    if (!member) throw new AppError('not_found', `No team member #${input.memberId}.`);
    const course = findCourse(db, input.courseId);
    if (!course) throw validationError('Choose a course from the catalog.', [{ path: 'courseId', message: 'Unknown course' }]);
    if (course.kind === 'recurring') throw validationError('Quarterly sessions are recorded as attendance, not as completions.', [{ path: 'courseId', message: 'Recurring course' }]);
    if (input.completedOn > toIsoDate(clock())) throw validationError('A completion cannot be in the future.', [{ path: 'completedOn', message: 'In the future' }]);
    session.write({ action: 'training.recordCompletion', entity: 'member', entityId: input.memberId }, (tx) => insertExternalCompletion(tx, input));
    return memberTraining(db, currentTeam(session, clock), input.memberId);
  },
  'training.removeCompletion': ({ id }, { session }) => {
    const removed = session.write({ action: 'training.removeCompletion', entity: 'completion', entityId: id }, (tx) => deleteExternalCompletion(tx, id));
    if (!removed) throw new AppError('not_found', `No recorded completion #${id}.`);
    return null;
  },
  'training.matrix': (_input, { session, clock }) => trainingMatrix(currentTeam(session, clock)),
  'training.member': ({ memberId }, { session, clock }) => memberTraining(session.database(), currentTeam(session, clock), memberId),
  'training.exportMatrix': async ({ format }, { session, clock, dialogs }) => {
    const db = session.database();
    const saved = await saveThroughDialog(dialogs, { title: 'Export the training matrix', defaultName: `training-matrix.${format}`, extensions: [format] }, () => {
      const matrix = trainingMatrix(currentTeam(session, clock));
      return format === 'pdf' ? renderPdf(matrixPdf(matrix, readSettings(db))) : matrixXlsx(matrix);
    });
    if (saved.saved) session.write({ action: 'training.exportMatrix', entity: 'training', entityId: format }, () => undefined);
    return saved;
  },
  'training.signInSheet': async ({ id }, { session, dialogs }) => {
    const db = session.database();
    const detail = sessionDetail(db, id);
    return saveThroughDialog(dialogs, { title: 'Save the sign-in sheet', defaultName: `sign-in-${detail.courseCode}-${detail.heldOn}.pdf`, extensions: ['pdf'] }, () => renderPdf(signInSheetPdf(detail, readSettings(db))));
  },
};
