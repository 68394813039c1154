import { effectiveStatusLabels, type Member } from '../../shared/members';
import { xlsxOfRows } from './xlsx';
import { toCsv } from './csv';

/**
 * The Coordinator's own export of the roster (CSV or XLSX). Administrative notes stay in
 * PeerDesk; nothing here is about anyone a member supported.
 */
const header = [
  'First name', 'Last name', 'Preferred name', 'Status', 'Deployable', 'Sworn', 'Staff group', 'Job title', 'Work location',
  'Work phone', 'Mobile phone', 'Email', 'Languages', 'Specialties', 'Hire date', 'Probation completed', 'Full time',
  'Joined team', 'Commitment ends', 'After-hours available', 'Listed on intranet (consent)', 'Existing member',
];

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

function rows(members: Member[]): string[][] {
  return [
    header,
    ...members.map((m) => [
      m.firstName, m.lastName, m.preferredName, effectiveStatusLabels[m.standing.effective], yesNo(m.standing.deployable),
      m.sworn ? 'Sworn' : 'Non-sworn', m.staffGroup, m.jobTitle, m.workLocation, m.workPhone, m.mobilePhone, m.email,
      m.languages.join('; '), m.specialties.join('; '), m.hireDate ?? '', m.probationCompletedOn ?? '', yesNo(m.fullTime),
      m.joinedOn, m.standing.commitmentEndsOn, yesNo(m.afterHoursAvailable), yesNo(m.listingConsent), yesNo(m.existingMember),
    ]),
  ];
}

export async function rosterExportFile(members: Member[], format: 'csv' | 'xlsx'): Promise<string | Buffer> {
  return format === 'csv' ? toCsv(rows(members)) : xlsxOfRows('Roster', rows(members));
}
