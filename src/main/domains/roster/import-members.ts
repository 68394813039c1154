import type * as z from 'zod';
import type { WorkBook } from '@e965/xlsx';
import { toIsoDate } from '../../../shared/calendar';
import { displayNameOf, memberCreateSchema, type MemberFields } from '../../../shared/members';
import { importTargetFields, type importCommitInputSchema, type ImportMapping, type ImportPreview, type ImportRowPreview, type ImportTargetField } from '../../../shared/roster';
import type { Settings } from '../../../shared/settings';
import { validationError } from '../../errors';
import { DuplicateIndex } from './rules';
import type { MemberIdentity } from './store';

/**
 * Importing the existing team from a CSV or XLSX file: read the first sheet, map its
 * columns to member fields, and check every row exactly as a member typed in by hand
 * would be checked. Nothing is written here; the caller decides what to commit.
 */
export interface ParsedSheet {
  columns: string[];
  rows: Record<string, unknown>[];
}

export async function readSheet(fileName: string, contentBase64: string): Promise<ParsedSheet> {
  // Loaded on first use: the spreadsheet library is large and most sessions never import.
  const XLSX = await import('@e965/xlsx');
  const bytes = Buffer.from(contentBase64, 'base64');
  // An .xlsx file is a ZIP archive; anything else would be misread as text.
  if (/\.xlsx$/i.test(fileName) && bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') {
    throw validationError(`${fileName} is not an Excel workbook.`, [{ path: 'contentBase64', message: 'Not an .xlsx file' }]);
  }
  let workbook: WorkBook;
  try {
    workbook = /\.csv$/i.test(fileName)
      ? // A byte-order mark (as PeerDesk's own exports carry) is not part of the first header.
        XLSX.read(bytes.toString('utf8').replace(/^\uFEFF/, ''), { type: 'string', raw: true, dense: true })
      : XLSX.read(bytes, { type: 'buffer', cellDates: true, dense: true });
  } catch {
    throw validationError(`${fileName} could not be read as a spreadsheet.`, [{ path: 'contentBase64', message: 'Unreadable file' }]);
  }
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) throw validationError(`${fileName} has no sheet.`, [{ path: 'contentBase64', message: 'Empty file' }]);
  const header = (XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: false })[0] ?? []).map((c) => String(c ?? '').trim());
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: '', raw: true, blankrows: false });
  return { columns: header.filter(Boolean), rows };
}

const synonyms: Record<ImportTargetField, string[]> = {
  firstName: ['first name', 'first', 'given name', 'forename'],
  lastName: ['last name', 'last', 'surname', 'family name'],
  preferredName: ['preferred name', 'preferred', 'nickname', 'goes by'],
  sworn: ['sworn', 'sworn non sworn', 'sworn status', 'classification'],
  staffGroup: ['staff group', 'group', 'division', 'unit group'],
  jobTitle: ['job title', 'title', 'position', 'classification title'],
  workLocation: ['work location', 'location', 'unit', 'office'],
  workPhone: ['work phone', 'office phone', 'desk phone', 'phone'],
  mobilePhone: ['mobile phone', 'mobile', 'cell', 'cell phone'],
  email: ['email', 'e mail', 'intranet email', 'email address'],
  languages: ['languages', 'language', 'languages spoken'],
  specialties: ['specialties', 'specialty', 'support specialties'],
  hireDate: ['hire date', 'hired', 'date hired'],
  probationCompletedOn: ['probation completed', 'probation completion date', 'probation completed on', 'off probation'],
  fullTime: ['full time', 'fulltime', 'ft'],
  joinedOn: ['joined', 'joined team', 'date joined', 'joined on', 'team start date', 'start date'],
  afterHoursAvailable: ['after hours', 'after hours availability', 'after hours available', 'on call'],
  listingConsent: ['listing consent', 'consent', 'list on intranet', 'intranet consent', 'publish'],
};

const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Suggests which column feeds which field, by header name. */
export function suggestMapping(columns: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  for (const field of importTargetFields) {
    const column = columns.find((c) => !used.has(c) && (normalize(c) === normalize(field.replace(/([A-Z])/g, ' $1')) || synonyms[field].includes(normalize(c))));
    if (column) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

function cellText(value: unknown): string {
  if (value instanceof Date) return toIsoDate(value);
  return String(value ?? '').trim();
}

function yesNo(value: unknown): boolean | undefined | 'invalid' {
  const v = normalize(cellText(value));
  if (v === '') return undefined;
  if (['yes', 'y', 'true', '1', 'x', 'sworn', 'full time', 'ft'].includes(v)) return true;
  if (['no', 'n', 'false', '0', 'non sworn', 'nonsworn', 'part time', 'pt'].includes(v)) return false;
  return 'invalid';
}

/** Accepts 2026-11-22, 11/22/2026 (US order) and dates Excel stored as dates. */
function isoDate(value: unknown): string | null | 'invalid' {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid' : toIsoDate(value);
  const v = cellText(value);
  if (v === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (us) return `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}`;
  return 'invalid';
}

const list = (value: unknown) =>
  cellText(value)
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

const isTargetField = (field: string): field is ImportTargetField => importTargetFields.some((f) => f === field);

const booleanFields = new Set<ImportTargetField>(['sworn', 'fullTime', 'afterHoursAvailable', 'listingConsent']);
const dateFields = new Set<ImportTargetField>(['hireDate', 'probationCompletedOn', 'joinedOn']);
const listFields = new Set<ImportTargetField>(['languages', 'specialties']);

export interface CheckedRow extends ImportRowPreview {
  fields: MemberFields | null;
}

/** Reads one cell into the form the member schema expects, or says why it cannot. */
function convertCell(field: ImportTargetField, raw: unknown): { value?: unknown; error?: string } {
  if (booleanFields.has(field)) {
    const value = yesNo(raw);
    return value === 'invalid' ? { error: `"${cellText(raw)}" is not yes or no` } : { value };
  }
  if (dateFields.has(field)) {
    const value = isoDate(raw);
    return value === 'invalid' ? { error: `"${cellText(raw)}" is not a date (use YYYY-MM-DD)` } : { value: value ?? undefined };
  }
  return { value: listFields.has(field) ? list(raw) : cellText(raw) };
}

/** Converts and checks every row like a member typed in by hand; duplicates of the roster or of an earlier row are errors. */
export function checkRows(sheet: ParsedSheet, mapping: ImportMapping, settings: Settings, existing: MemberIdentity[]): CheckedRow[] {
  const onRoster = new DuplicateIndex(existing);
  const accepted = new DuplicateIndex<MemberFields & { id: number }>([]);
  return sheet.rows.map((row, index) => {
    const rowNumber = index + 2;
    const errors: { field: string; message: string }[] = [];
    const candidate: Record<string, unknown> = { existingMember: true };
    for (const field of importTargetFields) {
      const column = mapping[field];
      if (!column) continue;
      const { value, error } = convertCell(field, row[column]);
      if (error) errors.push({ field, message: error });
      else if (value !== undefined) candidate[field] = value;
    }
    const parsed = memberCreateSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const unmapped = isTargetField(field) && !mapping[field];
        // A cell left empty or a column not mapped reads plainly, not as a schema's type error.
        const message = unmapped ? 'Needed, and no column is mapped to it' : candidate[field] === undefined || candidate[field] === '' ? 'Needed, and this cell is empty' : issue.message;
        if (!errors.some((e) => e.field === field)) errors.push({ field, message });
      }
    }
    const staffGroup = String(candidate.staffGroup ?? '');
    if (staffGroup && !settings.staffGroups.includes(staffGroup)) errors.push({ field: 'staffGroup', message: `"${staffGroup}" is not a staff group in Settings` });
    const specialtiesColumn = mapping.specialties;
    const specialties = specialtiesColumn ? list(row[specialtiesColumn]) : [];
    const unknown = specialties.filter((s) => !settings.supportSpecialties.includes(s));
    if (unknown.length) errors.push({ field: 'specialties', message: `Not in the list of specialties: ${unknown.join(', ')}` });

    const fields = parsed.success && errors.length === 0 ? parsed.data : null;
    if (fields) {
      const member = onRoster.find(fields, null);
      const earlierRow = accepted.find(fields, null);
      if (member) errors.push({ field: 'lastName', message: `Same name and phone as ${displayNameOf(member)}, already on the roster` });
      else if (earlierRow) errors.push({ field: 'lastName', message: `Same name and phone as row ${-earlierRow.id}` });
      else accepted.add({ ...fields, id: -rowNumber });
    }
    const name = `${cellText(candidate.firstName)} ${cellText(candidate.lastName)}`.trim();
    return { rowNumber, displayName: name || `Row ${rowNumber}`, errors, fields: errors.length === 0 ? fields : null };
  });
}

export function importPreview(sheet: ParsedSheet, mapping: ImportMapping, rows: CheckedRow[]): ImportPreview {
  const invalidCount = rows.filter((r) => r.errors.length > 0).length;
  return {
    columns: sheet.columns,
    mapping,
    rows: rows.map(({ rowNumber, displayName, errors }) => ({ rowNumber, displayName, errors })),
    validCount: rows.length - invalidCount,
    invalidCount,
  };
}

/** What to do with the rows that have errors (the import's `mode`). */
export type ImportMode = z.output<typeof importCommitInputSchema>['mode'];

/**
 * The rows to import: in 'all-or-nothing' mode only when every row is valid; in 'valid-rows'
 * mode the valid ones, skipping the rest. Nothing to import is an error either way.
 */
export function rowsToImport(rows: CheckedRow[], mode: ImportMode): { valid: MemberFields[]; skipped: number } {
  const invalid = rows.filter((r) => r.errors.length > 0);
  if (mode === 'all-or-nothing' && invalid.length > 0) {
    throw validationError(`${invalid.length} of ${rows.length} rows have errors, so nothing was imported.`, [
      { path: 'rows', message: invalid.map((r) => `row ${r.rowNumber}`).join(', ') },
    ]);
  }
  const valid = rows.flatMap((r) => (r.fields ? [r.fields] : []));
  if (valid.length === 0) throw validationError('No row can be imported.', [{ path: 'rows', message: 'Every row has errors' }]);
  return { valid, skipped: invalid.length };
}
