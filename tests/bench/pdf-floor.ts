import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../src/main/documents/pdf/render-pdf';
import { medianMs } from './measure';

/**
 * The floor for a PDF of the monthly report: pdfmake alone rendering a two-page table of the
 * report's shape (Letter, the report's margins, font and size, a header, a "Page n of m"
 * footer, a heading and a label column with three figure columns), with none of PeerDesk's
 * data work. "Alone" is pdfmake as it ships, in a process of its own (PeerDesk's renderPdf
 * keeps parsed fonts; stock pdfmake parses them for every document); the same table through
 * renderPdf is measured too, as the floor with parsed fonts kept. Each measurement starts
 * with an unmeasured run.
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

/** The median time of rendering the floor document through PeerDesk's renderPdf, in ms. */
export async function pdfFloorWithKeptFontsMs(runs = 9): Promise<number> {
  await renderPdf(floorDocument());
  return medianMs(runs, () => renderPdf(floorDocument()));
}

/** The median time of rendering the floor document with pdfmake as it ships, in a process of its own, in ms. */
export function pdfFloorMs(): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--pdfmake-alone'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim());
}

async function pdfmakeAloneMs(runs = 9): Promise<number> {
  const pdfmake: typeof import('pdfmake') = createRequire(__filename)('pdfmake');
  const fonts = join(dirname(createRequire(__filename).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  pdfmake.setFonts({ Roboto: { normal: join(fonts, 'Roboto-Regular.ttf'), bold: join(fonts, 'Roboto-Medium.ttf'), italics: join(fonts, 'Roboto-Italic.ttf'), bolditalics: join(fonts, 'Roboto-MediumItalic.ttf') } });
  pdfmake.setUrlAccessPolicy(() => false);
  await pdfmake.createPdf(floorDocument()).getBuffer();
  return medianMs(runs, () => pdfmake.createPdf(floorDocument()).getBuffer());
}

if (process.argv.includes('--pdfmake-alone')) void pdfmakeAloneMs().then((ms) => console.log(ms.toFixed(2)));
