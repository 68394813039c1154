import { AppError } from '../../errors';
import type { Store } from '../../store/store';
import { restoreVoided, voidActions } from '../../store/voided-rows';

/**
 * Undo, where it is safe: the last change recorded, when it was a void (an incident, a session
 * or deployment, an overtime request, a notice, a training session, a round) made by this same
 * actor. Nothing has happened since, so bringing back every row that void marked (an incident
 * with its sessions, deployments and their pending overtime) restores exactly what was there.
 * Any later change makes the void final: it is then corrected like any other record.
 */
export function undoLastVoid(store: Store): { restored: number; undid: string } {
  const db = store.read();
  const last = db.prepare<[], { action: string; actor: string; entityId: string | null }>('SELECT action, actor, entity_id AS entityId FROM audit_log ORDER BY id DESC LIMIT 1').get();
  if (!last || !voidActions.has(last.action)) throw new AppError('conflict', 'Nothing to undo: the last change was not a void. Correct the record instead.');
  if (last.actor !== store.actor) throw new AppError('conflict', 'Nothing to undo: the last void was made elsewhere (the admin CLI).');
  const restored = store.write({ action: 'audit.undoVoid', entity: 'audit', entityId: last.action }, (tx) => restoreVoided(tx, last.action, last.entityId ?? ''));
  return { restored, undid: last.action };
}
