import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SessionStatus } from '../shared/session';
import { call, onLockedCall, type CallError } from './api/call';
import { queryClient } from './api/queries';
import { useActivityHeartbeat } from './hooks/useActivityHeartbeat';
import { TodayContext } from './hooks/useToday';
import { AppFrame } from './layout/AppFrame';
import type { Destination } from './layout/navigation';
import { RecoveryCodeStep } from './screens/Setup/RecoveryCodeStep';
import { UnlockScreen } from './screens/Unlock/UnlockScreen';

// First run only: the window starts with the Unlock screen and loads setup when the session asks for it.
const SetupScreen = lazy(() => import('./screens/Setup/SetupScreen').then((m) => ({ default: m.SetupScreen })));

/** Chooses what to show from the session: setup, unlock, or the app itself. */
export function App() {
  const [status, setStatus] = useState<SessionStatus | null>(null);
  // Once setup starts it stays on screen until the recovery code is confirmed, although the
  // store opens (and reports 'unlocked') as soon as it is created.
  const [settingUp, setSettingUp] = useState(false);
  if (status?.state === 'needs-setup' && !settingUp) setSettingUp(true);
  // Likewise a recovery replaces the recovery code: the Unlock screen stays while the attempt
  // runs, then the new code stays on screen until it is confirmed.
  const [recoveryRunning, setRecoveryRunning] = useState(false);
  const [newRecoveryCode, setNewRecoveryCode] = useState<string | null>(null);

  // Where the Coordinator is survives a lock: after unlocking they are back on the same screen.
  const [place, setPlace] = useState<{ destination: Destination; visit: number }>({ destination: { screen: 'dashboard' }, visit: 0 });
  const navigate = useCallback((destination: Destination) => setPlace((p) => ({ destination, visit: p.visit + 1 })), []);

  const refresh = useCallback(async () => setStatus(await call('session.status', {})), []);
  /** The check after unlocking found the data file damaged: the Unlock screen says so and offers the newest good backup. */
  const [damage, setDamage] = useState<CallError | null>(null);
  const onDamaged = useCallback(
    (error: CallError) => {
      setDamage(error);
      void refresh();
    },
    [refresh],
  );

  useEffect(() => {
    // Synchronises with the backend's session, an external system: not derivable during render.
    // oxlint-disable-next-line react/set-state-in-effect
    void refresh();
    const unsubscribe = window.peerDesk.onSessionChange(() => void refresh());
    const unsubscribeLocked = onLockedCall(() => void refresh());
    return () => {
      unsubscribe();
      unsubscribeLocked();
    };
  }, [refresh]);

  // Nothing read from the store outlives the session: a locked window holds no cached records.
  const unlocked = status?.state === 'unlocked';
  useEffect(() => {
    if (unlocked) return;
    queryClient.clear();
    // Back on the same screen after unlocking, but what a dashboard item asked it to open is done:
    // the publish step or a month does not open again by itself.
    // oxlint-disable-next-line react/set-state-in-effect
    setPlace((p) => (p.destination.focus ? { ...p, destination: { screen: p.destination.screen } } : p));
  }, [unlocked]);

  // The heartbeat's answer carries main's date, so a window left open past midnight moves on to the new day.
  const onHeartbeat = useCallback((next: SessionStatus) => setStatus((shown) => (shown?.state === next.state && shown.today === next.today ? shown : next)), []);
  useActivityHeartbeat(status?.state === 'unlocked', onHeartbeat);

  const lock = useCallback(async () => {
    setStatus(await call('session.lock', {}));
  }, []);

  const loading = (
    <Center mih="100vh">
      <Loader aria-label="Loading" />
    </Center>
  );
  if (!status) return loading;
  if (status.state === 'needs-setup' || settingUp) {
    return (
      <Suspense fallback={loading}>
        <SetupScreen
          onDone={() => {
            // The status is read first: cleared while it still said 'needs-setup', setup would start again
            // (a restore from a backup file finishes at once, before the session event arrives).
            void refresh().then(() => setSettingUp(false));
          }}
        />
      </Suspense>
    );
  }
  if (newRecoveryCode) {
    return (
      <RecoveryCodeStep
        recoveryCode={newRecoveryCode}
        replacesUsedCode
        onConfirmed={() => {
          setNewRecoveryCode(null);
          void refresh();
        }}
      />
    );
  }
  if (status.state === 'locked' || recoveryRunning) {
    return (
      <UnlockScreen
        // Started afresh when the damage is reported, even if the lock's event arrived before it.
        key={`${status.retryAfterMs === null ? 'open' : 'throttled'}${damage ? '-damaged' : ''}`}
        status={status}
        problem={damage}
        onUnlocked={() => {
          setDamage(null);
          void refresh();
        }}
        onRecoveryAttempt={setRecoveryRunning}
        onRecovered={setNewRecoveryCode}
      />
    );
  }
  return (
    <TodayContext.Provider value={status.today}>
      <AppFrame
        destination={place.destination}
        visit={place.visit}
        onNavigate={navigate}
        onLock={() => void lock()}
        maintenance={status.maintenance}
        onDamaged={onDamaged}
      />
    </TodayContext.Provider>
  );
}
