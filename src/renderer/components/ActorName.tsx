import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { actorName } from '../../shared/audit';
import { call } from '../api/call';

/**
 * The store records who made a change by role ('coordinator', 'cli'); people read names. The
 * Coordinator's name comes from Settings (refreshed when Settings are saved).
 */
const ActorNames = createContext<{ coordinator: string; refresh(): void }>({ coordinator: '', refresh: () => undefined });

export function ActorNamesProvider({ children }: { children: ReactNode }) {
  const [coordinator, setCoordinator] = useState('');
  const refresh = useCallback(() => {
    // Without the name the role is shown instead: nothing else depends on it.
    call('settings.get', {}).then(
      (settings) => setCoordinator(settings.coordinatorName),
      () => undefined,
    );
  }, []);
  useEffect(refresh, [refresh]);
  const value = useMemo(() => ({ coordinator, refresh }), [coordinator, refresh]);
  return <ActorNames value={value}>{children}</ActorNames>;
}

/** Who did it, by name: the Coordinator's from Settings (else "the Coordinator"), or the admin CLI. */
export function useActorName(): (actor: string) => string {
  const { coordinator } = useContext(ActorNames);
  return (actor) => actorName(actor, coordinator);
}

export const useRefreshActorNames = (): (() => void) => useContext(ActorNames).refresh;
