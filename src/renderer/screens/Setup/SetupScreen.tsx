import { Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { CenteredCard } from '../../components/CenteredCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { RestoreFromBackupForm } from './RestoreFromBackupForm';

/** First run: choose the passphrase, then keep the recovery code (shown once); or restore a backup file. */
export function SetupScreen({ onDone }: { onDone(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  /** A restore opened with the recovery code: that code was replaced, and the new one is shown once. */
  const [replacedCode, setReplacedCode] = useState<string | null>(null);
  const { busy, error, run } = useAction(async () => {
    setRecoveryCode((await call('session.setup', { passphrase, confirmation })).recoveryCode);
  });

  if (recoveryCode) return <RecoveryCodeStep recoveryCode={recoveryCode} onConfirmed={onDone} />;
  if (replacedCode) return <RecoveryCodeStep recoveryCode={replacedCode} replacesUsedCode onConfirmed={onDone} />;
  if (restoring) return <RestoreFromBackupForm onCancel={() => setRestoring(false)} onRestored={(code) => (code ? setReplacedCode(code) : onDone())} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <CenteredCard title="Set up PeerDesk" subtitle="Everything you record is kept in one encrypted file on this computer.">
      <form onSubmit={submit} aria-label="Choose a passphrase">
        <Stack gap="md">
          <Text size="sm">
            Choose the passphrase you will type each time you open PeerDesk. Nobody can open the data without it or the
            recovery code you will be given next.
          </Text>
          <NewPassphraseFields
            label="Passphrase"
            value={passphrase}
            confirmation={confirmation}
            onChange={setPassphrase}
            onConfirmationChange={setConfirmation}
            error={error?.fieldMessage('passphrase')}
            confirmationError={error?.fieldMessage('confirmation')}
            autoFocus
          />
          <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} title="Could not set up" />
          <Button type="submit" loading={busy}>
            Create encrypted store
          </Button>
          <Button variant="default" onClick={() => setRestoring(true)}>
            Restore from a backup file
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  );
}
