import { PasswordInput, Stack } from '@mantine/core';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/passphrase';

interface Props {
  value: string;
  confirmation: string;
  onChange(value: string): void;
  onConfirmationChange(value: string): void;
  error?: string;
  confirmationError?: string;
  autoFocus?: boolean;
  label?: string;
}

/** A new passphrase typed twice, with the rule stated before the Coordinator is told off. */
export function NewPassphraseFields(props: Props) {
  return (
    <Stack gap="sm">
      <PasswordInput
        label={props.label ?? 'New passphrase'}
        description={`At least ${MIN_PASSPHRASE_LENGTH} characters. Three or four unrelated words work well.`}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        error={props.error}
        autoComplete="new-password"
        autoFocus={props.autoFocus}
        required
      />
      <PasswordInput
        label="Type it again"
        value={props.confirmation}
        onChange={(e) => props.onConfirmationChange(e.currentTarget.value)}
        error={props.confirmationError}
        autoComplete="new-password"
        required
      />
    </Stack>
  );
}
