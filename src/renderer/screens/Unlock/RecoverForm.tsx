import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { CenteredCard } from '../../components/CenteredCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';

/** Opens PeerDesk with the recovery code; a new passphrase is set in the same step. */
export function RecoverForm({ onCancel, onRecovered }: { onCancel(): void; onRecovered(): void }) {
  const [recoveryCode, setRecoveryCode] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, error, run } = useAction(async () => {
    await call('session.recover', { recoveryCode, next, confirmation });
    onRecovered();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <CenteredCard title="Use the recovery code" subtitle="The code from the Chief's safe opens PeerDesk; then choose a new passphrase.">
      <form onSubmit={submit} aria-label="Recover with the recovery code">
        <Stack gap="md">
          <TextInput
            label="Recovery code"
            description="Eight groups of five characters; dashes are optional."
            value={recoveryCode}
            onChange={(e) => setRecoveryCode(e.currentTarget.value)}
            autoComplete="off"
            autoFocus
            required
          />
          <NewPassphraseFields
            value={next}
            confirmation={confirmation}
            onChange={setNext}
            onConfirmationChange={setConfirmation}
            error={error?.fieldMessage('next')}
            confirmationError={error?.fieldMessage('confirmation')}
          />
          <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} title="Still locked" />
          <Text size="xs">The recovery code stays valid; only the passphrase changes.</Text>
          <Group justify="space-between">
            <Button variant="default" onClick={onCancel}>
              Back
            </Button>
            <Button type="submit" loading={busy}>
              Open and set passphrase
            </Button>
          </Group>
        </Stack>
      </form>
    </CenteredCard>
  );
}
