import { actorName } from '../../shared/audit';
import { useChannel } from '../api/queries';

/**
 * The store records who made a change by role ('coordinator', 'cli'); people read names. The
 * Coordinator's name comes from Settings; until it is known, the role is shown instead.
 */
export function useActorName(): (actor: string) => string {
  const coordinator = useChannel('settings.get', {}).data?.coordinatorName ?? '';
  return (actor) => actorName(actor, coordinator);
}
