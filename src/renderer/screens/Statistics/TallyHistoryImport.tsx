import { memo } from 'react';
import { tallyHistoryFields, type TallyHistoryField } from '../../../shared/history';
import { concernLabels, contactTypeLabels, referralLabels } from '../../../shared/tallies';
import { call } from '../../api/call';
import { SheetImportModal } from '../../components/SheetImportModal';

const labels: Record<TallyHistoryField, string> = {
  member: 'Member (full name)',
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone (two of one name)',
  month: 'Month *',
  receivedOn: 'Received on',
  'contacts.oneOnOne': contactTypeLabels.oneOnOne,
  'contacts.group': contactTypeLabels.group,
  'contacts.onScene': contactTypeLabels.onScene,
  'contacts.defusing': contactTypeLabels.defusing,
  'contacts.debriefing': contactTypeLabels.debriefing,
  'contacts.followUp': contactTypeLabels.followUp,
  'contacts.family': `${contactTypeLabels.family} contacts`,
  'contacts.hospitalVisit': contactTypeLabels.hospitalVisit,
  hoursOnDuty: 'Hours on duty',
  hoursOffDuty: 'Hours off duty',
  'referrals.eap': `Referrals: ${referralLabels.eap}`,
  'referrals.clinician': `Referrals: ${referralLabels.clinician}`,
  'referrals.chaplain': `Referrals: ${referralLabels.chaplain}`,
  'referrals.other': referralLabels.other,
  'concerns.criticalIncidentStress': `Concern: ${concernLabels.criticalIncidentStress}`,
  'concerns.family': `Concern: ${concernLabels.family}`,
  'concerns.grief': `Concern: ${concernLabels.grief}`,
  'concerns.substanceUse': `Concern: ${concernLabels.substanceUse}`,
  'concerns.workplace': `Concern: ${concernLabels.workplace}`,
  'concerns.health': `Concern: ${concernLabels.health}`,
  'concerns.finances': `Concern: ${concernLabels.finances}`,
  'concerns.legal': `Concern: ${concernLabels.legal}`,
  'concerns.suicideRisk': `Concern: ${concernLabels.suicideRisk}`,
  'concerns.undisclosed': `Concern: ${concernLabels.undisclosed}`,
};

/** §6: a program's earlier tallies from its spreadsheets — one row a member and a month, counts only. */
export const TallyHistoryImport = memo(function TallyHistoryImport({ opened, onClose }: { opened: boolean; onClose(): void }) {
  return (
    <SheetImportModal
      opened={opened}
      onClose={onClose}
      title="Import earlier tallies"
      hint="One row per member and past month: the month, the member's name and the counts and hours (§6). A tally already entered is never replaced; text in a figure is refused."
      fields={tallyHistoryFields}
      labels={labels}
      noun="tallies"
      preview={(file, mapping) => call('tallies.historyPreview', { ...file, mapping })}
      commit={(file, mapping, mode) => call('tallies.historyCommit', { ...file, mapping, mode })}
    />
  );
});
