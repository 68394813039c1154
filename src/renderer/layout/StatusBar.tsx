import { Group, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { MaintenanceStep } from '../../shared/session';
import { call, CallError, toCallError } from '../api/call';
import { queryClient } from '../api/queries';

const runningLabel: Record<MaintenanceStep, string> = {
  check: 'Checking the data file…',
  backup: "Making today's backup…",
};

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

interface Props {
  /** What the unlock still owed when the app opened (SessionStatus.maintenance). */
  owed: MaintenanceStep | null;
  /** The deferred check found the data file damaged: main has locked, the Unlock screen says what to do. */
  onDamaged(error: CallError): void;
}

/**
 * Calls `then` once the screen shown after unlocking has read its data. Main runs one thing
 * at a time: a check started earlier would hold those first reads back, which is the wait
 * deferring it saves.
 */
function afterFirstScreen(then: () => void): () => void {
  let timer = setTimeout(function wait() {
    if (queryClient.isFetching() === 0) then();
    else timer = setTimeout(wait, 50);
  }, 50);
  return () => clearTimeout(timer);
}

/**
 * The line at the foot of the app. After an unlock it runs, one step per call, what the
 * unlock owes — the data file's integrity check, then the first backup of the day — and says
 * which is running; then the time of the backup made. A failed backup is a notification (the
 * Backups panel keeps saying why); a damaged file goes back to the Unlock screen with the
 * newest good backup.
 */
export function StatusBar({ owed, onDamaged }: Props) {
  // What was owed when this unlocked app opened: a later status (the heartbeat) does not start it again.
  const [firstStep] = useState(owed);
  const [running, setRunning] = useState<MaintenanceStep | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!firstStep) return;
    let cancelled = false;
    const runFrom = async (step: MaintenanceStep | null): Promise<void> => {
      if (!step || cancelled) return;
      setRunning(step);
      const report = await call('session.maintenance', {});
      if (report.backupMadeAt) setDone(`Today's backup made at ${timeOnly.format(new Date(report.backupMadeAt))}.`);
      if (report.backupProblem) {
        setDone('The automatic backup failed: see Settings → Backups.');
        notifications.show({ title: "Today's backup was not made", message: report.backupProblem, color: 'red', autoClose: false });
      }
      await runFrom(report.next);
    };
    const cancel = afterFirstScreen(() =>
      runFrom(firstStep)
        .catch((error: unknown) => {
          const failure = toCallError(error);
          if (failure.payload.details?.backup !== undefined) onDamaged(failure);
          // Locked meanwhile (Lock, auto-lock): the lock did what was still owed.
          else if (failure.payload.code !== 'locked') notifications.show({ title: 'The data file could not be checked', message: failure.message, color: 'red', autoClose: false });
        })
        .finally(() => {
          if (!cancelled) setRunning(null);
        }),
    );
    return () => {
      cancelled = true;
      cancel();
    };
  }, [firstStep, onDamaged]);

  const text = running ? runningLabel[running] : done;
  return (
    <Group h="100%" px="md" gap="xs" wrap="nowrap">
      {running && <Loader size={12} aria-hidden />}
      <Text size="xs" c="dimmed" component="output">
        {text}
      </Text>
    </Group>
  );
}
