import { useEffect } from 'react';
import type { SessionStatus } from '../../shared/session';
import { call } from '../api/call';

const HEARTBEAT_MS = 30_000;

/**
 * Auto-lock counts idle time in main from the last call. Typing or clicking on a screen
 * that makes no calls is activity too, so it is reported at most every 30 s.
 */
export function useActivityHeartbeat(active: boolean, onStatus: (status: SessionStatus) => void): void {
  useEffect(() => {
    if (!active) return;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < HEARTBEAT_MS) return;
      last = now;
      void call('session.status', {}).then(onStatus, () => undefined);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    events.forEach((e) => window.addEventListener(e, onActivity, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, onActivity));
  }, [active, onStatus]);
}
