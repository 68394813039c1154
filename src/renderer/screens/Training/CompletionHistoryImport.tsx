import { memo } from 'react';
import { completionHistoryFields, type CompletionHistoryField } from '../../../shared/history';
import { call } from '../../api/call';
import { SheetImportModal } from '../../components/SheetImportModal';

const labels: Record<CompletionHistoryField, string> = {
  member: 'Member (full name)',
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone (two of one name)',
  course: 'Course (name or code) *',
  completedOn: 'Date completed *',
  provider: 'Provider',
  certificateOnFile: 'Certificate on file (yes/no)',
};

/** §8: the courses members completed before PeerDesk, from the program's spreadsheets. */
export const CompletionHistoryImport = memo(function CompletionHistoryImport({ opened, onClose }: { opened: boolean; onClose(): void }) {
  return (
    <SheetImportModal
      opened={opened}
      onClose={onClose}
      title="Import earlier training"
      hint="One row per course a member completed: the member's name, a course of the catalog (by name or code) and the date; provider and certificate if the file has them."
      fields={completionHistoryFields}
      labels={labels}
      noun="completions"
      preview={(file, mapping) => call('training.historyPreview', { ...file, mapping })}
      commit={(file, mapping, mode) => call('training.historyCommit', { ...file, mapping, mode })}
    />
  );
});
