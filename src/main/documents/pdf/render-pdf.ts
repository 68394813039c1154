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
    reuseParsedFonts();
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

/** A font as pdfkit embeds it in one document: the parsed (fontkit) font, with that document's glyph subset. */
interface EmbeddedFont {
  font: unknown;
  id: string;
  /** pdfkit's class of embedded fonts, which pdfkit does not export. */
  constructor: EmbeddedFontClass;
}
type EmbeddedFontClass = new (document: PdfmakeDocument, font: unknown, id: string) => EmbeddedFont;

/** What the font cache uses of pdfmake's document (a pdfkit document): pdfmake's and pdfkit's own fields. */
interface PdfmakeDocument {
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  /** pdfkit embeds, when the document ends, every font listed here. */
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
}
type ProvideFont = (this: PdfmakeDocument, familyName: string, bold: boolean, italics: boolean) => EmbeddedFont;

/**
 * pdfmake parses each font file anew for every document (fontkit decodes its glyph, metric
 * and kerning tables), which cost more than laying out a two-page report. A parsed font is
 * only read from once parsed, so the process keeps it: the first document parses each style
 * as pdfmake does; every later one wraps the same parsed font in its own pdfkit font, which
 * holds that document's subset of glyphs and its object id, as pdfkit's own `font()` would.
 * pdfmake and pdfkit offer no option for this; the hook is pdfmake's `provideFont`, the one
 * place its documents get their fonts.
 */
function reuseParsedFonts(): void {
  const prototype: { provideFont: ProvideFont } = requireHere('pdfmake/js/PDFDocument').default.prototype;
  const parseFont = prototype.provideFont;
  const parsed = new Map<string, { font: unknown; embeddedFont: EmbeddedFontClass }>();
  prototype.provideFont = function provideFont(familyName, bold, italics) {
    const type = this.getFontType(bold, italics);
    const key = `${familyName} ${type}`;
    const known = parsed.get(key);
    const styles = (this.fontCache[familyName] ??= {});
    const cached = styles[type];
    if (cached) return cached;
    if (!known) {
      const embedded = parseFont.call(this, familyName, bold, italics);
      parsed.set(key, { font: embedded.font, embeddedFont: embedded.constructor });
      return embedded;
    }
    const embedded = new known.embeddedFont(this, known.font, `F${++this._fontCount}`);
    this._fontFamilies[embedded.id] = embedded;
    styles[type] = embedded;
    return embedded;
  };
}

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return loadPdfmake().createPdf(document).getBuffer();
}
