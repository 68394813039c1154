import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../src/main/documents/pdf/render-pdf';
import { medianMs } from './measure';

/**
 * The floor for a PDF of the monthly report: pdfmake alone rendering a two-page table of the
 * report's shape (Letter, the report's margins, font and size, a header, a "Page n of m"
 * footer, a heading and a label column with three figure columns), with none of PeerDesk's
 * data work. It renders through the app's renderPdf, so it uses the app's pdfmake setup:
 * fonts parsed once per process and reused, as the report's own PDF does. Each measurement
 * starts with an unmeasured run, so the fonts are already parsed when the timed runs start,
 * as they are in the app after its first PDF.
 */
const ROWS = 90; // about 45 rows of this table fit a Letter page: two pages in all

/** A figure of the table: numbers of varied widths, as the report's are. */
const figure = (row: number, column: number) => ({ text: ((row * 37 + column * 11) % 9973).toLocaleString('en-US'), alignment: 'right' as const });

function floorDocument(): TDocumentDefinitions {
  return {
    pageSize: 'LETTER',
    pageMargins: [48, 60, 48, 52],
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    header: { text: 'Department · Program', fontSize: 8, margin: [48, 28, 48, 0] },
    footer: (page, pages) => ({ text: `Page ${page} of ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 18, 0, 0] }),
    content: [
      { text: 'Monthly statistical summary', fontSize: 16, bold: true },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['*', 88, 88, 88],
          body: [
            [{ text: 'Measure', bold: true }, { text: 'This month', bold: true, alignment: 'right' }, { text: 'Same month last year', bold: true, alignment: 'right' }, { text: 'Year to date', bold: true, alignment: 'right' }],
            ...Array.from({ length: ROWS }, (_, row) => [`Measure ${row + 1}`, figure(row, 1), figure(row, 2), figure(row, 3)]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}

/** The median time of rendering the floor document, in ms, over several runs after one unmeasured. */
export async function pdfFloorMs(runs = 9): Promise<number> {
  await renderPdf(floorDocument());
  return medianMs(runs, () => renderPdf(floorDocument()));
}
