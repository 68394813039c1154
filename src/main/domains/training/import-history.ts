import type { IsoDate } from '../../../shared/calendar';
import { completionHistoryFields, type CompletionHistoryField, type CompletionHistoryMapping } from '../../../shared/history';
import { displayNameOf } from '../../../shared/members';
import { completionInputSchema, type Completion, type Course } from '../../../shared/training';
import { type CheckedRow, cellText, isoDate, normalize, type ParsedSheet, suggestMapping, yesNo } from '../../documents/sheet-import';
import { AppError } from '../../errors';
import { MemberByName, nameInRow } from '../roster/name-match';
import type { MemberIdentity } from '../roster/store';
import { checkCompletion } from './rules';

/**
 * Importing the training a program already recorded (§8) from a CSV or XLSX file: one row a
 * member, a course of the catalog (by name or code) and the day it was completed, with the
 * provider and whether a certificate is on file when the file says. Each row is checked as a
 * completion recorded by hand (completionInputSchema, checkCompletion); the same member,
 * course and day recorded already, or twice in the file, is a problem. Nothing is written here.
 */

/** What a checked row stores: an outside completion. */
export interface ImportedCompletion {
  memberId: number;
  courseId: number;
  completedOn: IsoDate;
  provider: string;
  certificateOnFile: boolean;
}

const synonyms: Partial<Record<CompletionHistoryField, string[]>> = {
  member: ['member', 'name', 'member name', 'team member', 'peer', 'full name'],
  firstName: ['first name', 'first', 'given name'],
  lastName: ['last name', 'last', 'surname', 'family name'],
  phone: ['phone', 'work phone', 'mobile', 'cell', 'mobile phone'],
  course: ['course', 'course name', 'training', 'class', 'course code'],
  completedOn: ['completed', 'completed on', 'date completed', 'completion date', 'date'],
  provider: ['provider', 'trainer', 'instructor', 'given by'],
  certificateOnFile: ['certificate', 'certificate on file', 'cert on file', 'certificate received'],
};

export const suggestCompletionMapping = (columns: string[]): CompletionHistoryMapping => suggestMapping(columns, completionHistoryFields, synonyms);

/** The facts a row is checked against, read once for the whole file. */
export interface CompletionHistoryFacts {
  today: IsoDate;
  members: MemberIdentity[];
  courses: Course[];
  /** Every completion a member already has (outside ones, and those of PeerDesk sessions). */
  completionsOf(memberId: number): Completion[];
}

const problemOf = (error: unknown) => (error instanceof AppError ? error.message : String(error));

export function checkCompletionRows(sheet: ParsedSheet, mapping: CompletionHistoryMapping, facts: CompletionHistoryFacts): CheckedRow<ImportedCompletion>[] {
  const byName = new MemberByName(facts.members);
  const courseByWords = new Map<string, Course>();
  for (const course of facts.courses) for (const words of [normalize(course.name), normalize(course.code)]) if (words) courseByWords.set(words, course);
  const inFile = new Map<string, number>();
  const cell = (row: Record<string, unknown>, field: CompletionHistoryField) => (mapping[field] ? row[mapping[field]] : undefined);
  return sheet.rows.map((row, index) => {
    const rowNumber = index + 2;
    const errors: { field: string; message: string }[] = [];
    const names = { member: cell(row, 'member'), firstName: cell(row, 'firstName'), lastName: cell(row, 'lastName'), phone: cell(row, 'phone') };
    const found = byName.find(names);
    if ('problem' in found) errors.push({ field: 'member', message: found.problem });
    const member = 'member' in found ? found.member : null;

    const courseText = cellText(cell(row, 'course'));
    const course = courseByWords.get(normalize(courseText)) ?? null;
    if (!mapping.course) errors.push({ field: 'course', message: 'Needed, and no column is mapped to it' });
    else if (!courseText) errors.push({ field: 'course', message: 'Needed, and this cell is empty' });
    else if (!course) errors.push({ field: 'course', message: `"${courseText}" is not a course of the catalog (add it on the Training screen first)` });

    const completedOn = isoDate(cell(row, 'completedOn'));
    if (!mapping.completedOn) errors.push({ field: 'completedOn', message: 'Needed, and no column is mapped to it' });
    else if (completedOn === null) errors.push({ field: 'completedOn', message: 'Needed, and this cell is empty' });
    else if (completedOn === 'invalid') errors.push({ field: 'completedOn', message: `"${cellText(cell(row, 'completedOn'))}" is not a date (use YYYY-MM-DD)` });

    const certificate = yesNo(cell(row, 'certificateOnFile'));
    if (certificate === 'invalid') errors.push({ field: 'certificateOnFile', message: `"${cellText(cell(row, 'certificateOnFile'))}" is not yes or no` });

    let value: ImportedCompletion | null = null;
    if (member && course && completedOn && completedOn !== 'invalid') {
      try {
        checkCompletion(course, completedOn, facts.today);
      } catch (error) {
        errors.push({ field: course.kind === 'recurring' ? 'course' : 'completedOn', message: problemOf(error) });
      }
      const parsed = completionInputSchema.safeParse({ memberId: member.id, courseId: course.id, completedOn, provider: cellText(cell(row, 'provider')), certificateOnFile: certificate === true });
      if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ field: String(issue.path[0] ?? 'course'), message: issue.message });
      const key = `${member.id}/${course.id}/${completedOn}`;
      const earlier = inFile.get(key);
      if (facts.completionsOf(member.id).some((c) => c.courseId === course.id && c.completedOn === completedOn)) {
        errors.push({ field: 'completedOn', message: `${course.code} completed on ${completedOn} is already recorded` });
      } else if (earlier) errors.push({ field: 'completedOn', message: `The same member, course and day as row ${earlier}` });
      else inFile.set(key, rowNumber);
      if (parsed.success && errors.length === 0) value = parsed.data;
    }
    const who = member ? displayNameOf(member) : nameInRow(names);
    return { rowNumber, displayName: `${who || `Row ${rowNumber}`}${course ? ` — ${course.code}` : ''}`, errors, value };
  });
}
