import * as XLSX from '@e965/xlsx';
import { PDFDocument } from 'pdf-lib';
import { tallyFormFigures, type TallyFormFigure } from '../../src/shared/tally-intake';

/** A returned tally form as a member fills it in: figures by key, and "noContacts". */
export type Filled = Partial<Record<TallyFormFigure | 'noContacts', string | number>>;

/** A member fills their own page of the PDF in a PDF reader and saves it. */
export async function fillPdf(blank: Uint8Array, memberId: number, values: Filled): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(blank);
  const form = pdf.getForm();
  for (const [key, value] of Object.entries(values)) {
    if (key === 'noContacts') form.getCheckBox(`peerdesk-${memberId}.noContacts`).check();
    else {
      const field = form.getTextField(`peerdesk-${memberId}.${key.replace('.', '-')}`);
      // The form allows 12 characters; a lax PDF tool may not hold to that.
      field.setMaxLength(undefined);
      field.setText(String(value));
    }
  }
  return pdf.save();
}

/** A member fills their own sheet of the workbook in Excel and saves it. */
export function fillXlsx(blank: Buffer, memberId: number, values: Filled, edit: (sheet: XLSX.WorkSheet) => void = () => undefined): Buffer {
  const book = XLSX.read(blank, { type: 'buffer' });
  const name = book.SheetNames.find((n) => book.Sheets[n]?.B4?.v === String(memberId));
  const sheet = name ? book.Sheets[name] : undefined;
  if (!sheet) throw new Error(`No sheet of member ${memberId}`);
  for (const [key, value] of Object.entries(values)) {
    const row = key === 'noContacts' ? 11 : 12 + tallyFormFigures.indexOf(key as TallyFormFigure);
    XLSX.utils.sheet_add_aoa(sheet, [[value]], { origin: `B${row}` });
  }
  edit(sheet);
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' });
}

