import { displayNameOf, memberCreateSchema, type MemberFields } from '../../../shared/members';
import { importTargetFields, type ImportMapping, type ImportTargetField } from '../../../shared/roster';
import type { Settings } from '../../../shared/settings';
import { cellText, type CheckedRow, isoDate, type ParsedSheet, suggestMapping as suggestFromHeaders, yesNo } from '../../documents/sheet-import';
import { DuplicateIndex } from './rules';
import type { MemberIdentity } from './store';

/**
 * Importing the existing team from a CSV or XLSX file (read by documents/sheet-import.ts):
 * map its columns to member fields, and check every row exactly as a member typed in by hand
 * would be checked. Nothing is written here; the caller decides what to commit.
 */
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

/** Suggests which column feeds which field, by header name. */
export function suggestMapping(columns: string[]): ImportMapping {
  return suggestFromHeaders(columns, importTargetFields, synonyms);
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
export function checkRows(sheet: ParsedSheet, mapping: ImportMapping, settings: Settings, existing: MemberIdentity[]): CheckedRow<MemberFields>[] {
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
    return { rowNumber, displayName: name || `Row ${rowNumber}`, errors, value: errors.length === 0 ? fields : null };
  });
}
