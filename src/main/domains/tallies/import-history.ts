import type { IsoDate, Month } from '../../../shared/calendar';
import { displayNameOf, type StatusHistoryEntry } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import { tallyFigureFields, tallyHistoryFields, type TallyHistoryField, type TallyHistoryMapping } from '../../../shared/history';
import { tallyInputSchema, type Tally } from '../../../shared/tallies';
import { type CheckedRow, figureCell, isoDate, monthCell, type ParsedSheet, suggestMapping } from '../../documents/sheet-import';
import { MemberByName, nameInRow } from '../roster/name-match';
import type { StoredMember } from '../roster/store';
import { checkReceivedOn, historicalTallyProblems, importedTallyReceivedOn } from './rules';

/**
 * Importing a program's earlier tallies (§6) from a CSV or XLSX file: one row a member and a
 * month with its figures. Each row is checked as a tally typed in by hand (tallyInputSchema)
 * and against the history rules (historicalTallyProblems); a figure cell holding text is
 * refused, never read. Nothing is written here.
 */

/** What a checked row stores: the tally and the day it counts as handed in. */
export interface ImportedTally {
  tally: Omit<Tally, 'submittedOn' | 'corrections'>;
  receivedOn: IsoDate;
}

const synonyms: Partial<Record<TallyHistoryField, string[]>> = {
  member: ['member', 'name', 'member name', 'team member', 'peer', 'peer supporter', 'full name'],
  firstName: ['first name', 'first', 'given name'],
  lastName: ['last name', 'last', 'surname', 'family name'],
  phone: ['phone', 'work phone', 'mobile', 'cell', 'mobile phone'],
  month: ['month', 'period', 'tally month', 'month of'],
  receivedOn: ['received', 'received on', 'submitted', 'submitted on', 'date received', 'date submitted'],
  'contacts.oneOnOne': ['one on one', '1 on 1', 'individual', 'individual contacts'],
  'contacts.group': ['group', 'group contacts'],
  'contacts.onScene': ['on scene', 'on scene support'],
  'contacts.defusing': ['defusing', 'defusings'],
  'contacts.debriefing': ['debriefing', 'debriefings'],
  'contacts.followUp': ['follow up', 'follow ups', 'followup'],
  'contacts.family': ['family', 'family contacts'],
  'contacts.hospitalVisit': ['hospital visit', 'hospital visits', 'hospital'],
  hoursOnDuty: ['hours on duty', 'on duty hours', 'on duty'],
  hoursOffDuty: ['hours off duty', 'off duty hours', 'off duty'],
  'referrals.eap': ['eap', 'referrals eap', 'eap referrals'],
  'referrals.clinician': ['clinician', 'referrals clinician', 'clinician referrals'],
  'referrals.chaplain': ['chaplain', 'referrals chaplain', 'chaplain referrals'],
  'referrals.other': ['other referral', 'other referrals', 'referrals other'],
  'concerns.criticalIncidentStress': ['critical incident stress', 'cis'],
  'concerns.family': ['family concern', 'concern family', 'concerns family'],
  'concerns.grief': ['grief'],
  'concerns.substanceUse': ['substance use', 'substance abuse'],
  'concerns.workplace': ['workplace'],
  'concerns.health': ['health'],
  'concerns.finances': ['finances', 'financial'],
  'concerns.legal': ['legal'],
  'concerns.suicideRisk': ['suicide risk', 'suicide'],
  'concerns.undisclosed': ['undisclosed'],
};

export const suggestTallyMapping = (columns: string[]): TallyHistoryMapping => suggestMapping(columns, tallyHistoryFields, synonyms);

/** The facts a row is checked against, read once for the whole file. */
export interface TallyHistoryFacts {
  today: IsoDate;
  policy: PolicyConfig;
  members: StoredMember[];
  histories: Map<number, StatusHistoryEntry[]>;
  /** "memberId/month" of every tally already entered. */
  tallied: Set<string>;
  reviewed: Set<Month>;
}

/** The figures of a row under the tally's keys, or the cells whose text is refused. */
function figuresOf(row: Record<string, unknown>, mapping: TallyHistoryMapping): { figures: Record<string, number>; errors: { field: string; message: string }[] } {
  const figures: Record<string, number> = {};
  const errors: { field: string; message: string }[] = [];
  for (const field of tallyFigureFields) {
    const column = mapping[field];
    if (!column) continue;
    const value = figureCell(row[column]);
    if (value === 'invalid') errors.push({ field, message: 'Not a number: text is not imported into a figure' });
    else figures[field] = value;
  }
  return { figures, errors };
}

/** The tally schema's input from the figures: dotted keys nested, "no contacts" when the row counts nothing. */
function tallyCandidate(memberId: number, month: Month, figures: Record<string, number>): Record<string, unknown> {
  const nested: Record<string, Record<string, number>> = { contacts: {}, referrals: {}, concerns: {} };
  const flat: Record<string, number> = {};
  for (const [key, value] of Object.entries(figures)) {
    const [group = '', name] = key.split('.');
    const inGroup = nested[group];
    if (name && inGroup) inGroup[name] = value;
    else flat[group] = value;
  }
  return { memberId, month, ...nested, ...flat, noContacts: Object.values(figures).every((v) => v === 0) };
}

export function checkTallyRows(sheet: ParsedSheet, mapping: TallyHistoryMapping, facts: TallyHistoryFacts): CheckedRow<ImportedTally>[] {
  const byName = new MemberByName(facts.members);
  const inFile = new Map<string, number>();
  const cell = (row: Record<string, unknown>, field: TallyHistoryField) => (mapping[field] ? row[mapping[field]] : undefined);
  return sheet.rows.map((row, index) => {
    const rowNumber = index + 2;
    const errors: { field: string; message: string }[] = [];
    const names = { member: cell(row, 'member'), firstName: cell(row, 'firstName'), lastName: cell(row, 'lastName'), phone: cell(row, 'phone') };
    const found = byName.find(names);
    if ('problem' in found) errors.push({ field: 'member', message: found.problem });
    const member = 'member' in found ? found.member : null;

    const month = monthCell(cell(row, 'month'));
    if (!mapping.month) errors.push({ field: 'month', message: 'Needed, and no column is mapped to it' });
    else if (month === null) errors.push({ field: 'month', message: 'Needed, and this cell is empty' });
    else if (month === 'invalid') errors.push({ field: 'month', message: `"${String(cell(row, 'month'))}" is not a month (use YYYY-MM or "Oct 2021")` });

    const received = isoDate(cell(row, 'receivedOn'));
    if (received === 'invalid') errors.push({ field: 'receivedOn', message: 'Not a date (use YYYY-MM-DD)' });

    const { figures, errors: figureErrors } = figuresOf(row, mapping);
    errors.push(...figureErrors);

    let value: ImportedTally | null = null;
    const validMonth = month !== null && month !== 'invalid' ? month : null;
    if (member && validMonth) {
      const key = `${member.id}/${validMonth}`;
      const earlier = inFile.get(key);
      const problems = historicalTallyProblems(validMonth, facts.today, { joinedOn: member.joinedOn, history: facts.histories.get(member.id) ?? [] }, { alreadyTallied: facts.tallied.has(key), reviewed: facts.reviewed.has(validMonth) });
      errors.push(...problems.map((message) => ({ field: 'month', message })));
      if (earlier) errors.push({ field: 'month', message: `The same member and month as row ${earlier}` });
      else inFile.set(key, rowNumber);
      const receivedOn = received === 'invalid' ? null : received;
      const parsed = tallyInputSchema.safeParse({ ...tallyCandidate(member.id, validMonth, figures), ...(receivedOn ? { receivedOn } : {}) });
      // A refused cell is its row's problem; what the schema would say of the row without it is noise.
      if (!parsed.success && figureErrors.length === 0) {
        for (const issue of parsed.error.issues) {
          const field = issue.path[0] === 'noContacts' || issue.path.length === 1 ? String(issue.path[0]) : issue.path.join('.');
          if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
        }
      }
      if (receivedOn) {
        try {
          checkReceivedOn(receivedOn, facts.today);
        } catch (error) {
          errors.push({ field: 'receivedOn', message: error instanceof Error ? error.message : String(error) });
        }
      }
      if (parsed.success && errors.length === 0) {
        const { correctionReason: _reason, receivedOn: _received, ...tally } = parsed.data;
        value = { tally, receivedOn: importedTallyReceivedOn(validMonth, receivedOn, facts.today, facts.policy) };
      }
    }
    const who = member ? displayNameOf(member) : nameInRow(names);
    return { rowNumber, displayName: `${who || `Row ${rowNumber}`}${validMonth ? ` — ${validMonth}` : ''}`, errors, value };
  });
}
