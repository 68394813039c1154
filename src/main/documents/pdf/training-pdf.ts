import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { effectiveStatusLabels } from '../../../shared/members';
import type { Settings } from '../../../shared/settings';
import type { CourseCell, QuarterlyMark, SessionDetail, TrainingMatrix } from '../../../shared/training';

/** Cell text says the state in words, so the printout needs no colour. */
export function cellText(cell: CourseCell): string {
  switch (cell.state) {
    case 'completed':
      return `Done ${cell.completedOn}`;
    case 'expiring-soon':
      return `Expires ${cell.expiresOn}`;
    case 'expired':
      return `EXPIRED ${cell.expiresOn}`;
    case 'missing':
      return 'Missing';
    case 'not-taken':
      return 'Not taken';
    default:
      return '—';
  }
}

export const quarterlyLetters: Record<QuarterlyMark, string> = {
  attended: 'P',
  'make-up': 'M',
  excused: 'E',
  absent: 'A',
  'not-recorded': '?',
  // Plain ASCII: the shipped Roboto subset has no middle dot or arrows.
  'not-expected': '-',
};

const footer = (page: number, pages: number): Content => ({ text: `Page ${page} of ${pages}`, alignment: 'center', fontSize: 7, margin: [0, 12, 0, 0] });

/** The matrix on landscape Letter pages: course columns share the width, the header repeats on every page. */
export function matrixPdf(matrix: TrainingMatrix, settings: Settings): TDocumentDefinitions {
  const courses = matrix.courses;
  const header = ['Member', 'Status', ...courses.map((c) => c.code), 'Last 8 quarterly (oldest first)'].map((text) => ({ text, bold: true, fontSize: 7 }));
  const body = matrix.rows.map((row) => [
    { text: row.displayName, fontSize: 7 },
    { text: effectiveStatusLabels[row.effective], fontSize: 7 },
    ...row.cells.map((cell) => ({ text: cellText(cell), fontSize: 7 })),
    { text: row.quarterly.map((mark) => quarterlyLetters[mark]).join(' ') || '—', fontSize: 7 },
  ]);
  return {
    info: { title: 'Training matrix' },
    pageSize: 'LETTER',
    pageOrientation: 'landscape',
    pageMargins: [28, 40, 28, 36],
    defaultStyle: { font: 'Roboto', fontSize: 8 },
    footer,
    content: [
      { text: `${settings.programName} — Training matrix (§8)`, fontSize: 13, bold: true },
      { text: `${settings.departmentName} · ${matrix.today} · Quarterly: P present, M make-up, E excused, A absent, ? not recorded, - not expected`, fontSize: 7, margin: [0, 2, 0, 8] },
      {
        table: { headerRows: 1, widths: [95, 70, ...courses.map(() => '*'), 110], body: [header, ...body] },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}

/** A sign-in sheet to print before a session: the expected members with a signature column. */
export function signInSheetPdf(session: SessionDetail, settings: Settings): TDocumentDefinitions {
  return {
    info: { title: `Sign-in sheet ${session.courseCode} ${session.heldOn}` },
    pageSize: 'LETTER',
    pageMargins: [48, 48, 48, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer,
    content: [
      { text: `${settings.programName} — Sign-in sheet`, fontSize: 15, bold: true },
      { text: `${session.courseName}`, fontSize: 12, margin: [0, 4, 0, 0] },
      { text: `Date: ${session.heldOn}    Location: ${session.location || '—'}    Instructor: ${session.instructor || '—'}    Hours: ${session.hours}`, margin: [0, 4, 0, 12] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 130, 170],
          heights: (row: number) => (row === 0 ? 16 : 28),
          body: [
            ['Name', 'Staff group', 'Signature'].map((text) => ({ text, bold: true })),
            ...session.roster.map((r) => [r.displayName, r.staffGroup, '']),
            ...Array.from({ length: 3 }, () => ['', '', '']),
          ],
        },
      },
      { text: 'Attendance is for training records only (§8); please sign on arrival.', fontSize: 8, margin: [0, 10, 0, 0] },
    ],
  };
}
