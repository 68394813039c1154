import { effectiveStatusLabels } from '../../shared/members';
import type { TrainingMatrix } from '../../shared/training';
import { cellText, quarterlyLetters } from './pdf/training-pdf';
import { xlsxOfRows } from './xlsx';

/** The training matrix as an Excel workbook: one row per member, one column per course. */
export function matrixXlsx(matrix: TrainingMatrix): Promise<Buffer> {
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
  return xlsxOfRows('Training matrix', rows);
}
