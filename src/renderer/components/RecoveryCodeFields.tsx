import { TextInput } from '@mantine/core';
import type { CallError } from '../api/call';
import { NewPassphraseFields } from './NewPassphraseFields';

export interface RecoveryCodeEntry {
  recoveryCode: string;
  next: string;
  confirmation: string;
}

/** The recovery code from the Chief's safe and the new passphrase it sets, typed twice. */
export function RecoveryCodeFields({ entry, onChange, error }: { entry: RecoveryCodeEntry; onChange(entry: RecoveryCodeEntry): void; error: CallError | null }) {
  return (
    <>
      <TextInput
        label="Recovery code"
        description="Eight groups of five characters from the Chief's safe; dashes are optional."
        value={entry.recoveryCode}
        onChange={(e) => onChange({ ...entry, recoveryCode: e.currentTarget.value })}
        autoComplete="off"
        autoFocus
        required
      />
      <NewPassphraseFields
        value={entry.next}
        confirmation={entry.confirmation}
        onChange={(next) => onChange({ ...entry, next })}
        onConfirmationChange={(confirmation) => onChange({ ...entry, confirmation })}
        error={error?.fieldMessage('next')}
        confirmationError={error?.fieldMessage('confirmation')}
      />
    </>
  );
}
