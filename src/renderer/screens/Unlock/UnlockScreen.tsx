import { Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { SessionStatus } from '../../../shared/session';
import { call, CallError, errorMessage } from '../../api/call';
import { CenteredCard } from '../../components/CenteredCard';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecoverForm } from './RecoverForm';

interface Props {
  status: SessionStatus;
  /** Why the app came back here by itself: the check after unlocking found the data file damaged. */
  problem?: CallError | null;
  onUnlocked(): void;
  onRecoveryAttempt(running: boolean): void;
  onRecovered(newRecoveryCode: string): void;
}

export function UnlockScreen({ status, problem = null, onUnlocked, onRecoveryAttempt, onRecovered }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(problem?.message ?? null);
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState(false);
  /** When the database is missing or failed its check at unlock: the latest good automatic backup. */
  const [goodBackup, setGoodBackup] = useState<string | null>(() => {
    const backup = problem?.payload.details?.backup;
    return typeof backup === 'string' ? backup : null;
  });
  /** Restoring replaces the database: it happens only after the Coordinator confirms it. */
  const [confirmingRestore, setConfirmingRestore] = useState(false);
  /** When keys.json is damaged and its copy intact: "Use the copy" is offered. */
  const [keyFileCopy, setKeyFileCopy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(() => (status.retryAfterMs === null ? null : Date.now() + status.retryAfterMs));
  const waitSeconds = useCountdown(retryAt);

  if (recovering) return <RecoverForm onCancel={() => setRecovering(false)} onAttempt={onRecoveryAttempt} onRecovered={onRecovered} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await call('session.unlock', { passphrase });
      onUnlocked();
    } catch (e) {
      setError(errorMessage(e));
      const retryAfterMs = e instanceof CallError ? e.payload.details?.retryAfterMs : undefined;
      if (retryAfterMs) setRetryAt(Date.now() + retryAfterMs);
      const backup = e instanceof CallError ? e.payload.details?.backup : undefined;
      setGoodBackup(typeof backup === 'string' ? backup : null);
      setKeyFileCopy(e instanceof CallError && e.payload.details?.keyFileCopy === true);
      // The passphrase stays typed when the data is damaged: restoring the backup needs it.
      if (typeof backup !== 'string') setPassphrase('');
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    if (!goodBackup) return;
    setBusy(true);
    setError(null);
    try {
      await call('session.restoreBackup', { passphrase, name: goodBackup });
      setConfirmingRestore(false);
      onUnlocked();
    } catch (e) {
      setConfirmingRestore(false);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function putKeyFileCopyBack() {
    setBusy(true);
    setError(null);
    try {
      await call('session.useKeyFileCopy', {});
      setKeyFileCopy(false);
      setNotice('keys.json was put back from its copy (the damaged file is kept beside it, named keys.damaged-…json). Unlock with your passphrase.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <CenteredCard title="Unlock PeerDesk" subtitle="Type your passphrase to open the program's records.">
      <form onSubmit={submit} aria-label="Unlock">
        <Stack gap="md">
          <PasswordInput
            label="Passphrase"
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="current-password"
            autoFocus
            required
          />
          <ErrorAlert error={error} title="Still locked" />
          {notice && (
            <Text size="sm" component="output">
              {notice}
            </Text>
          )}
          {waitSeconds > 0 && (
            <Text size="sm" component="output">
              Too many wrong attempts: you can try again in {waitSeconds} s.
            </Text>
          )}
          <Button type="submit" loading={busy} disabled={waitSeconds > 0}>
            Unlock
          </Button>
          {goodBackup && (
            // Restoring needs the passphrase: after the check found the damage, it is typed again first.
            <Button color="orange" variant="light" loading={busy} disabled={!passphrase} onClick={() => setConfirmingRestore(true)}>
              Restore the latest good backup and unlock…
            </Button>
          )}
          {keyFileCopy && (
            <Button color="orange" variant="light" loading={busy} onClick={() => void putKeyFileCopyBack()}>
              Use the copy
            </Button>
          )}
          <Anchor component="button" type="button" size="sm" onClick={() => setRecovering(true)}>
            Forgot the passphrase? Use the recovery code
          </Anchor>
        </Stack>
      </form>
      <ConfirmModal
        opened={confirmingRestore}
        title="Restore the latest good backup?"
        confirmLabel="Restore"
        busy={busy}
        error={null}
        onConfirm={() => void restore()}
        onCancel={() => setConfirmingRestore(false)}
      >
        The backup {goodBackup} replaces the database. What is in the data folder now, its write-ahead log included, is kept first as a
        &quot;before a restore&quot; backup, so nothing committed is lost.
      </ConfirmModal>
    </CenteredCard>
  );
}

function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until || until <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until ? Math.max(0, Math.ceil((until - now) / 1000)) : 0;
}
