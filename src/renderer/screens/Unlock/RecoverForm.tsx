import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { CenteredCard } from '../../components/CenteredCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecoveryCodeFields, type RecoveryCodeEntry } from '../../components/RecoveryCodeFields';

/**
 * Opens PeerDesk with the recovery code; a new passphrase is set in the same step, and the
 * used code is replaced by a new one that the caller shows once. `onAttempt` says while the
 * attempt runs: the store reports 'unlocked' before the new code has been shown.
 */
export function RecoverForm({ onCancel, onAttempt, onRecovered }: { onCancel(): void; onAttempt(running: boolean): void; onRecovered(newRecoveryCode: string): void }) {
  const [entry, setEntry] = useState<RecoveryCodeEntry>({ recoveryCode: '', next: '', confirmation: '' });
  const { busy, error, run } = useAction(async () => {
    onAttempt(true);
    try {
      onRecovered((await call('session.recover', entry)).recoveryCode);
    } finally {
      onAttempt(false);
    }
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <CenteredCard title="Use the recovery code" subtitle="The code from the Chief's safe opens PeerDesk; then choose a new passphrase.">
      <form onSubmit={submit} aria-label="Recover with the recovery code">
        <Stack gap="md">
          <RecoveryCodeFields entry={entry} onChange={setEntry} error={error} />
          <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} title="Still locked" />
          <Text size="xs">Once used, the recovery code is replaced by a new one, shown on the next screen.</Text>
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
