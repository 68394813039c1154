import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../../src/main/documents/pdf/render-pdf';
import { tempDir } from '../../helpers/temp-dir';

/** A document with a line in each of the styles given, with characters outside ASCII; and its lines. */
function styled(label: string, styles: { bold?: boolean; italics?: boolean }[]): { document: TDocumentDefinitions; lines: string[] } {
  const lines = styles.map((_, i) => `${label} line ${i + 1} — café ≥ 3`);
  return { document: { defaultStyle: { font: 'Roboto' }, content: styles.map((style, i) => ({ text: lines[i] ?? '', ...style })) }, lines };
}

/** The fonts a PDF embeds, by name without the subset prefix (pdffonts). */
function embeddedFonts(file: string): string[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '').sort();
}

describe('PDFs rendered one after another in a process, the fonts parsed once', () => {
  it('each document embeds its own subset of the styles it uses, and its text reads back (pdftotext, qpdf --check)', async () => {
    const dir = tempDir();
    const documents: [string, ReturnType<typeof styled>, string[]][] = [
      ['first', styled('First', [{}, { bold: true }]), ['Roboto-Medium', 'Roboto-Regular']],
      ['second', styled('Second', [{ italics: true }, { bold: true, italics: true }, {}]), ['Roboto-Italic', 'Roboto-MediumItalic', 'Roboto-Regular']],
      ['third', styled('Third', [{ bold: true }]), ['Roboto-Medium']],
    ];
    for (const [name, { document, lines }, fonts] of documents) {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, await renderPdf(document));
      execFileSync('qpdf', ['--check', file]);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      for (const line of lines) expect(text).toContain(line);
      expect(embeddedFonts(file)).toEqual(fonts);
    }
  });
});
