import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Renders a pdfmake document definition to PDF bytes in Node, with the Roboto fonts that
 * ship inside pdfmake. No URL is ever fetched and no file outside the font folder is read.
 */
const requireHere = createRequire(__filename);
const fontDir = join(dirname(requireHere.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
let loaded: typeof import('pdfmake') | null = null;

/** pdfmake is loaded on first use (it is large), told where the fonts are, and cut off from URLs. */
function loadPdfmake(): typeof import('pdfmake') {
  if (!loaded) {
    // pdfmake is CommonJS: require gives its one instance, the object its types describe.
    const pdfmake: typeof import('pdfmake') = requireHere('pdfmake');
    configure(pdfmake);
    loaded = pdfmake;
  }
  return loaded;
}

function configure(pdfmake: typeof import('pdfmake')): void {
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
}

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return loadPdfmake().createPdf(document).getBuffer();
}
