import type * as z from 'zod';
import type { undoVoidInputSchema } from '../../../shared/audit';
import { AppError } from '../../errors';
import type { Store } from '../../store/store';
import { restoreVoided, voidActions } from '../../store/voided-rows';

/**
 * Undo, where it is safe: the void of the record named, when it is still the last change
 * recorded and was made by this same actor. Nothing has happened since, so bringing back every
 * row that void marked (an incident with its sessions, deployments and their pending overtime)
 * restores exactly what was there. Any later change makes the void final: the record is then
 * corrected like any other. The check runs inside the write's transaction, so a change from
 * another process cannot slip in between.
 */
export function undoVoid(store: Store, input: z.output<typeof undoVoidInputSchema>): { restored: number } {
  const restored = store.write({ action: 'audit.undoVoid', entity: 'audit', entityId: `${input.action} ${input.id}` }, (tx) => {
    const last = tx.prepare<[], { action: string; actor: string; entityId: string | null }>('SELECT action, actor, entity_id AS entityId FROM audit_lines ORDER BY id DESC LIMIT 1').get();
    const isThatVoid = last !== undefined && voidActions.has(last.action) && last.action === input.action && (last.entityId ?? '').startsWith(`${input.id}:`);
    if (!isThatVoid) throw new AppError('conflict', 'Too late to undo: something else has changed since. Correct the record instead.');
    if (last.actor !== store.actor) throw new AppError('conflict', 'Nothing to undo here: that void was made elsewhere (the admin CLI).');
    return restoreVoided(tx, input.action, input.id);
  });
  return { restored };
}
