import { effectiveStatusLabels } from '../../shared/members';
import type { TrainingMatrix } from '../../shared/training';
import { cellText, quarterlyLetters } from './pdf/training-pdf';

/** The training matrix as an Excel workbook: one row per member, one column per course. */
export async function matrixXlsx(matrix: TrainingMatrix): Promise<Buffer> {
  const XLSX = await import('@e965/xlsx');
  const courses = matrix.courses;
  const rows = [
    ['Member', 'Staff group', 'Status', 'Deployable', ...courses.map((c) => `${c.code} — ${c.name}`), 'Last 8 quarterly'],
    ...matrix.rows.map((row) => [
      row.displayName,
      row.staffGroup,
      effectiveStatusLabels[row.effective],
      row.deployable ? 'Yes' : 'No',
      ...row.cells.map(cellText),
      row.quarterly.map((mark) => quarterlyLetters[mark]).join(' '),
    ]),
  ];
  // Every cell is a string, which SheetJS writes as text, never as a number, date or formula.
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Training matrix');
  // SheetJS types its output loosely; with type 'buffer' it is a Node Buffer.
  const bytes: Buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
  return bytes;
}
