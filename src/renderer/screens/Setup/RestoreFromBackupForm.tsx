import { Anchor, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/call';
import { CenteredCard } from '../../components/CenteredCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecoveryCodeFields, type RecoveryCodeEntry } from '../../components/RecoveryCodeFields';
import { useAction } from '../../hooks/useAction';

/**
 * A fresh install recreates the store from a backup file (chosen in the next dialog): the
 * file carries the wrapped keys, so it opens with the passphrase that was current when it
 * was made, or with the recovery code and a new passphrase.
 */
export function RestoreFromBackupForm({ onCancel, onRestored }: { onCancel(): void; onRestored(newRecoveryCode: string | null): void }) {
  const [withRecoveryCode, setWithRecoveryCode] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [entry, setEntry] = useState<RecoveryCodeEntry>({ recoveryCode: '', next: '', confirmation: '' });
  const { busy, error, run } = useAction(async () => {
    const result = await call('session.restoreFromBackupFile', withRecoveryCode ? entry : { passphrase });
    if (result.restored) onRestored(result.recoveryCode);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <CenteredCard title="Restore from a backup file" subtitle="A backup made by PeerDesk holds everything needed to open it on this computer.">
      <form onSubmit={submit} aria-label="Restore from a backup file">
        <Stack gap="md">
          {withRecoveryCode ? (
            <RecoveryCodeFields entry={entry} onChange={setEntry} error={error} />
          ) : (
            <PasswordInput
              label="Passphrase when the backup was made"
              description="The passphrase that opened PeerDesk on the day of the backup."
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="current-password"
              autoFocus
              required
            />
          )}
          <Anchor component="button" type="button" size="sm" onClick={() => setWithRecoveryCode(!withRecoveryCode)}>
            {withRecoveryCode ? 'Use the passphrase instead' : 'Use the recovery code instead'}
          </Anchor>
          <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} title="Not restored" />
          <Text size="xs">PeerDesk checks the backup before it recreates the store in this computer's data folder.</Text>
          <Group justify="space-between">
            <Button variant="default" onClick={onCancel}>
              Back
            </Button>
            <Button type="submit" loading={busy}>
              Choose the backup file and restore
            </Button>
          </Group>
        </Stack>
      </form>
    </CenteredCard>
  );
}
