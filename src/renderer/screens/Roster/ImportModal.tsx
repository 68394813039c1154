import { memo } from 'react';
import { importTargetFields, type ImportTargetField } from '../../../shared/roster';
import { call } from '../../api/call';
import { SheetImportModal } from '../../components/SheetImportModal';

const fieldLabels: Record<ImportTargetField, string> = {
  firstName: 'First name *',
  lastName: 'Last name *',
  preferredName: 'Preferred name',
  sworn: 'Sworn (yes/no) *',
  staffGroup: 'Staff group *',
  jobTitle: 'Job title',
  workLocation: 'Work location',
  workPhone: 'Work phone',
  mobilePhone: 'Mobile phone',
  email: 'Email',
  languages: 'Languages',
  specialties: 'Specialties',
  hireDate: 'Hire date',
  probationCompletedOn: 'Probation completed',
  fullTime: 'Full-time (yes/no)',
  joinedOn: 'Joined the team *',
  afterHoursAvailable: 'After hours (yes/no)',
  listingConsent: 'Listing consent (yes/no)',
};

/** Import the existing team from CSV or XLSX, with the preview and the choice of what to import. */
export const ImportModal = memo(function ImportModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  return (
    <SheetImportModal
      opened={opened}
      onClose={onClose}
      title="Import existing members"
      fields={importTargetFields}
      labels={fieldLabels}
      noun="members"
      preview={(file, mapping) => call('roster.importPreview', { ...file, mapping })}
      commit={(file, mapping, mode) => call('roster.importCommit', { ...file, mapping, mode })}
    />
  );
});
