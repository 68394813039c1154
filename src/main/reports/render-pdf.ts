import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Renders a pdfmake document definition to PDF bytes in Node, with the Roboto fonts that
 * ship inside pdfmake. No URL is ever fetched and no file outside the font folder is read.
 */
const fontDir = join(dirname(createRequire(__filename).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: join(fontDir, 'Roboto-Regular.ttf'),
      bold: join(fontDir, 'Roboto-Medium.ttf'),
      italics: join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  configured = true;
}

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(document).getBuffer();
}
