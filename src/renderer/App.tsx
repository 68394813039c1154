import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { SessionStatus } from '../shared/session';
import { call, onLockedCall } from './api/call';
import { useActivityHeartbeat } from './hooks/useActivityHeartbeat';
import { AppFrame } from './layout/AppFrame';
import { SetupScreen } from './screens/Setup/SetupScreen';
import { UnlockScreen } from './screens/Unlock/UnlockScreen';

/** Chooses what to show from the session: setup, unlock, or the app itself. */
export function App() {
  const [status, setStatus] = useState<SessionStatus | null>(null);
  // Once setup starts it stays on screen until the recovery code is confirmed, although the
  // store opens (and reports 'unlocked') as soon as it is created.
  const [settingUp, setSettingUp] = useState(false);
  if (status?.state === 'needs-setup' && !settingUp) setSettingUp(true);

  const refresh = useCallback(async () => setStatus(await call('session.status', {})), []);

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

  useActivityHeartbeat(status?.state === 'unlocked');

  const lock = useCallback(async () => {
    setStatus(await call('session.lock', {}));
  }, []);

  if (!status) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (status.state === 'needs-setup' || settingUp) {
    return (
      <SetupScreen
        onDone={() => {
          // The status is read first: cleared while it still said 'needs-setup', setup would start again
          // (a restore from a backup file finishes at once, before the session event arrives).
          void refresh().then(() => setSettingUp(false));
        }}
      />
    );
  }
  if (status.state === 'locked') return <UnlockScreen key={status.retryAfter ?? 'open'} status={status} onUnlocked={() => void refresh()} />;
  return <AppFrame onLock={() => void lock()} />;
}
