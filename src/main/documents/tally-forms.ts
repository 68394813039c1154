import { PDFCheckBox, PDFDocument, PDFTextField, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { IsoDate, Month } from '../../shared/calendar';
import type { Settings } from '../../shared/settings';
import { TALLY_FORM_MARKER, intakeLimits, tallyFigureLabel, tallyFormFigures, type ReturnedForm, type TallyFormFigure } from '../../shared/tally-intake';
import { longDate, monthName } from './pdf/print-dates';

/**
 * §6: the monthly tally as forms a member fills in on screen and returns (a fillable PDF, an
 * XLSX workbook), and the reading of those forms back. Each member's page or sheet carries the
 * form's marker, the member's id and the month in read-only fields, and one field per figure.
 * Counts and hours only: there is no field for a name or a description of anyone supported.
 */

/** A member a form is made for: the id read back, and the name printed for the member to find their page. */
export interface FormMember {
  memberId: number;
  displayName: string;
}

export interface FormHeading {
  month: Month;
  dueOn: IsoDate;
  settings: Settings;
}

const INSTRUCTION = 'Counts and hours only. Do not write names, ID numbers or anything that could identify a person you supported.';
/** `peerdesk-12.contacts-oneOnOne`: each member's fields under one parent, which keeps a large team's form quick to make. */
const fieldName = (memberId: number, key: string) => `peerdesk-${memberId}.${key.replace('.', '-')}`;

/**
 * Helvetica writes WinAnsi only: a letter outside it loses its accents ("Nguyễn" prints
 * "Nguyen"), and any other character prints as "?" (the member's id identifies the form).
 */
const WIN_ANSI = /^[\u0020-\u007E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]$/u;
const winAnsi = (text: string) =>
  [...text]
    .map((char) => {
      if (WIN_ANSI.test(char)) return char;
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
      return [...bare].every((c) => WIN_ANSI.test(c)) && bare ? bare : '?';
    })
    .join('');

function headingLines(heading: FormHeading): string[] {
  return [`${heading.settings.programName} — Monthly tally (§6)`, heading.settings.departmentName, `Month: ${monthName(heading.month)}     Due to your supervisor and the Coordinator by ${longDate(heading.dueOn)}`];
}

function drawPage(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, heading: FormHeading, member: FormMember, addField: (key: string, x: number, y: number, width: number, value?: string) => void, addCheckBox: (x: number, y: number) => void): void {
  const left = 54;
  let y = 744;
  const text = (value: string, size: number, bold = false, x = left) => page.drawText(winAnsi(value), { x, y, size, font: bold ? fonts.bold : fonts.regular, color: rgb(0, 0, 0) });
  const [heading1, department, monthLine] = headingLines(heading);
  text(heading1 ?? '', 15, true);
  y -= 18;
  if (department) text(department, 10);
  y -= 16;
  text(monthLine ?? '', 10);
  y -= 20;
  text(`Peer supporter: ${member.displayName}`, 11, true);
  y -= 16;
  text('Form', 8, false);
  addField('form', left + 28, y - 3, 110, TALLY_FORM_MARKER);
  text('Member no.', 8, false, left + 150);
  addField('member', left + 198, y - 3, 50, String(member.memberId));
  text('Month', 8, false, left + 260);
  addField('month', left + 288, y - 3, 60, heading.month);
  y -= 22;
  text(INSTRUCTION, 8.5, true);
  y -= 22;
  addCheckBox(left, y - 2);
  text('No contacts this month', 10, false, left + 18);
  y -= 8;
  const section = (title: string, figures: readonly TallyFormFigure[]) => {
    y -= 20;
    text(title, 11, true);
    text('Number', 9, true, 420);
    for (const figure of figures) {
      y -= 17;
      text(tallyFigureLabel(figure).replace(/^[^:]+: /, ''), 10, false, left + 10);
      addField(figure, 420, y - 4, 90);
    }
  };
  section('Contacts', tallyFormFigures.filter((f) => f.startsWith('contacts.')));
  section('Hours (quarter hours, e.g. 2.25)', ['hoursOnDuty', 'hoursOffDuty']);
  section('Referrals', tallyFormFigures.filter((f) => f.startsWith('referrals.')));
  section('Concerns (optional)', tallyFormFigures.filter((f) => f.startsWith('concerns.')));
  page.drawText('Confidential: statistical information only. Fill in on screen or by hand; the grey fields identify the form.', { x: left, y: 30, size: 8, font: fonts.regular });
}

/** §6: a fillable PDF with one page per member, printable as it is for those who fill it by hand. */
export async function fillableTallyPdf(heading: FormHeading, members: FormMember[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Monthly tally ${heading.month}`);
  pdf.setSubject(TALLY_FORM_MARKER);
  pdf.setKeywords([TALLY_FORM_MARKER, heading.month]);
  pdf.setProducer('PeerDesk');
  pdf.setCreator('PeerDesk');
  const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const form = pdf.getForm();
  for (const member of members) {
    const page = pdf.addPage([612, 792]);
    drawPage(
      page,
      fonts,
      heading,
      member,
      (key, x, y, width, value) => {
        const field = form.createTextField(fieldName(member.memberId, key));
        if (value !== undefined) field.setText(value);
        field.addToPage(page, { x, y, width, height: 15, font: fonts.regular, borderWidth: 0.75, borderColor: rgb(0.4, 0.4, 0.4), backgroundColor: value === undefined ? rgb(1, 1, 1) : rgb(0.9, 0.9, 0.9) });
        if (value !== undefined) field.enableReadOnly();
        else field.setMaxLength(12);
      },
      (x, y) => form.createCheckBox(fieldName(member.memberId, 'noContacts')).addToPage(page, { x, y, width: 12, height: 12, borderWidth: 0.75, borderColor: rgb(0.2, 0.2, 0.2) }),
    );
  }
  // Every widget got its appearance when it was placed.
  return pdf.save({ updateFieldAppearances: false });
}

/** Reads the filled pages of a returned PDF form; throws when the file is not a PDF it can read. */
export async function readTallyPdf(bytes: Uint8Array): Promise<{ forms: ReturnedForm[]; tooLarge: boolean }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  if (pdf.getPageCount() > intakeLimits.formsPerFile) return { forms: [], tooLarge: true };
  const fields = pdf.getForm().getFields();
  if (fields.length > intakeLimits.formsPerFile * 40) return { forms: [], tooLarge: true };
  const byMember = new Map<string, ReturnedForm>();
  for (const field of fields) {
    const match = /^peerdesk-(\d{1,9})\.([A-Za-z-]{1,40})$/.exec(field.getName());
    if (!match) continue;
    const [, id = '', key = ''] = match;
    const form = byMember.get(id) ?? { marker: '', memberId: id, month: '', noContacts: '', altered: false, figures: {} };
    byMember.set(id, form);
    if (field instanceof PDFCheckBox && key === 'noContacts') form.noContacts = field.isChecked();
    if (!(field instanceof PDFTextField)) continue;
    const value = field.getText() ?? '';
    if (key === 'form') form.marker = value;
    else if (key === 'member') form.altered ||= value !== id;
    else if (key === 'month') form.month = value;
    else {
      const figure = tallyFormFigures.find((f) => f.replace('.', '-') === key);
      if (figure) form.figures[figure] = value;
    }
  }
  return { forms: [...byMember.values()].filter(filledIn), tooLarge: false };
}

/** A page or sheet the member wrote on: any figure, or "no contacts". The others are the rest of the team's. */
const written = (value: string | number | boolean | undefined) => value !== undefined && value !== false && String(value).trim() !== '';
function filledIn(form: ReturnedForm): boolean {
  return written(form.noContacts) || Object.values(form.figures).some(written);
}

const SHEET_ROWS = { marker: 3, member: 4, month: 5, noContacts: 11, firstFigure: 12 } as const;

/** Excel forbids []:*?/\ in a sheet's name and more than 31 characters; the id keeps the names unique. */
const sheetName = (member: FormMember) => `${member.memberId} ${member.displayName}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();

/**
 * §6: the XLSX template, one sheet per member: the marker, member id and month in column B
 * of rows 3–5, then one row per figure, its number in column B and its key in column C.
 */
export async function tallyWorkbookXlsx(heading: FormHeading, members: FormMember[]): Promise<Buffer> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  const [title, department, monthLine] = headingLines(heading);
  for (const member of members) {
    const rows: string[][] = [
      [title ?? ''],
      [department ?? ''],
      ['Form', TALLY_FORM_MARKER, 'Do not change rows 3 to 5'],
      ['Member no.', String(member.memberId)],
      ['Month', heading.month],
      ['Peer supporter', member.displayName],
      [monthLine ?? ''],
      [INSTRUCTION],
      ['Type x for "No contacts this month", or enter the numbers in column B.'],
      ['Figure', 'Number', 'Field'],
      ['No contacts this month (x)', '', 'noContacts'],
      ...tallyFormFigures.map((figure) => [tallyFigureLabel(figure), '', figure]),
    ];
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    sheet['!cols'] = [{ wch: 40 }, { wch: 24 }, { wch: 22 }];
    XLSX.utils.book_append_sheet(book, sheet, sheetName(member));
  }
  const bytes: Buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
  return bytes;
}

/** Reads the filled sheets of a returned workbook; throws when the file is not a workbook it can read. */
export async function readTallyXlsx(bytes: Uint8Array): Promise<{ forms: ReturnedForm[]; tooLarge: boolean }> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.read(bytes, { type: 'buffer', sheetRows: SHEET_ROWS.firstFigure + tallyFormFigures.length + 10, cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false });
  if (book.SheetNames.length > intakeLimits.formsPerFile) return { forms: [], tooLarge: true };
  const forms: ReturnedForm[] = [];
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet) continue;
    const cell = (address: string): string | number | boolean => {
      const value: unknown = sheet[address]?.v;
      return typeof value === 'number' || typeof value === 'boolean' ? value : typeof value === 'string' ? value : '';
    };
    const form: ReturnedForm = { marker: String(cell(`B${SHEET_ROWS.marker}`)), memberId: String(cell(`B${SHEET_ROWS.member}`)), month: String(cell(`B${SHEET_ROWS.month}`)), noContacts: '', altered: false, figures: {} };
    if (cell(`C${SHEET_ROWS.noContacts}`) === 'noContacts') form.noContacts = cell(`B${SHEET_ROWS.noContacts}`);
    tallyFormFigures.forEach((figure, index) => {
      const row = SHEET_ROWS.firstFigure + index;
      const value = cell(`B${row}`);
      if (cell(`C${row}`) !== figure) form.altered = true;
      else form.figures[figure] = typeof value === 'boolean' ? String(value) : value;
    });
    if (filledIn(form)) forms.push(form);
  }
  return { forms, tooLarge: false };
}
