import { overtimeActivityLabels, type OvertimeRequest } from '../../shared/incidents';
import { contactTypes, tallyStatusLabels, type TallyMonth } from '../../shared/tallies';
import { xlsxOfRows } from './xlsx';

const decisionWords = { pending: 'Pending', approved: 'Approved', denied: 'Denied' } as const;

/**
 * A month's tallies for the Coordinator's own records (§6): who was expected, how each tally
 * came in, and its contacts and hours. Concerns and referrals stay in PeerDesk: per member and
 * month they are small enough to point at a person supported.
 */
export function tallyMonthXlsx(month: TallyMonth): Promise<Buffer> {
  const rows = [
    ['Member', 'Staff group', 'Status', 'Submitted on', 'Contacts', 'Hours on duty', 'Hours off duty', 'Corrections'],
    ...month.rows.map((row) => {
      const t = row.tally;
      const contacts = t ? contactTypes.reduce((sum, type) => sum + t.contacts[type], 0) : null;
      return [row.displayName, row.staffGroup, tallyStatusLabels[row.status], t?.submittedOn ?? '', String(contacts ?? ''), String(t?.hoursOnDuty ?? ''), String(t?.hoursOffDuty ?? ''), String(t?.corrections ?? '')];
    }),
  ];
  return xlsxOfRows(`Tallies ${month.month}`, rows);
}

/** Overtime requests (§3.B, §9) with the manager's decisions, newest first, as listed on screen. */
export function overtimeXlsx(requests: OvertimeRequest[]): Promise<Buffer> {
  const rows = [
    ['Member', 'Worked on', 'Hours', 'Activity', 'Incident', 'Decision', 'Manager', 'Decided on'],
    ...requests.map((r) => [r.memberName, r.workedOn, String(r.hours), overtimeActivityLabels[r.activity], r.incidentId === null ? '' : `#${r.incidentId}`, decisionWords[r.decision], r.managerName ?? '', r.decidedOn ?? '']),
  ];
  return xlsxOfRows('Overtime', rows);
}
