import { voidActionNames, type VoidAction } from '../../shared/audit';
import type { RecordCorrectionReason } from '../../shared/corrections';
import { AppError } from '../errors';
import type { AuditEvent, ReadDb, WriteDb } from './store';

/**
 * Records entered in error are voided, not deleted (migration 0013): the row stays with when,
 * by whom and why, and every list, report, dashboard figure and export leaves it out. These
 * are the two statements every voidable table shares; each domain's store keeps its own SQL
 * for the rest.
 */
export type VoidableTable = 'incidents' | 'interventions' | 'deployments' | 'overtime_requests' | 'exception_notices' | 'training_sessions' | 'recruitment_rounds' | 'incident_check_ins';

/** Whether a record exists and is still live, was voided, or never existed. */
type RowState = 'live' | 'voided' | 'missing';

export interface VoidMark {
  at: string;
  /** The store's actor ('coordinator', 'cli'): a role, never a name. */
  by: string;
  reason: RecordCorrectionReason;
}

function rowState(db: ReadDb, table: VoidableTable, id: number): RowState {
  const row = db.prepare<[number], { voided: number }>(`SELECT voided_at IS NOT NULL AS voided FROM ${table} WHERE id = ?`).get(id);
  if (!row) return 'missing';
  return row.voided ? 'voided' : 'live';
}

/** Voids the live rows named; returns how many it voided (a row voided before is left as it was). */
export function voidRows(tx: WriteDb, table: VoidableTable, ids: readonly number[], mark: VoidMark): number {
  const update = tx.prepare<[string, string, string, number]>(`UPDATE ${table} SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL`);
  let changed = 0;
  for (const id of ids) changed += update.run(mark.at, mark.by, mark.reason, id).changes;
  return changed;
}

/** Which table each void action voids. */
const tableOfVoid: Record<VoidAction, VoidableTable> = {
  'incidents.void': 'incidents',
  'incidents.voidIntervention': 'interventions',
  'incidents.voidDeployment': 'deployments',
  'overtime.void': 'overtime_requests',
  'notices.void': 'exception_notices',
  'training.cancelSession': 'training_sessions',
  'selection.voidRound': 'recruitment_rounds',
};

/** The audit actions that void records: the changes an undo may take back. */
export const voidActions: ReadonlySet<string> = new Set(voidActionNames);

/**
 * Brings back what one void took: the record it named and the rows voided with it in the same instant — an incident's sessions,
 * deployments and their pending overtime; a deployment's pending overtime. The caller has
 * checked that this void is the last change made.
 */
export function restoreVoided(tx: WriteDb, action: VoidAction, id: number): number {
  const table = tableOfVoid[action];
  const mark = tx.prepare<[number], { at: string | null }>(`SELECT voided_at AS at FROM ${table} WHERE id = ?`).get(id)?.at;
  if (!mark) return 0;
  const live = 'SET voided_at = NULL, voided_by = NULL, void_reason = NULL';
  const withIt = (sql: string) => tx.prepare<[{ mark: string; id: number }]>(`UPDATE ${sql}`).run({ mark, id }).changes;
  let restored = tx.prepare<[number]>(`UPDATE ${table} ${live} WHERE id = ?`).run(id).changes;
  if (table === 'incidents') {
    restored += withIt(`overtime_requests ${live} WHERE voided_at = @mark AND (incident_id = @id OR deployment_id IN (SELECT id FROM deployments WHERE incident_id = @id))`);
    restored += withIt(`deployments ${live} WHERE voided_at = @mark AND incident_id = @id`);
    restored += withIt(`interventions ${live} WHERE voided_at = @mark AND incident_id = @id`);
  }
  if (table === 'deployments') restored += withIt(`overtime_requests ${live} WHERE voided_at = @mark AND deployment_id = @id`);
  return restored;
}

/**
 * The audit line of a correction: the record's id and the reason code — never content
 * (§5, §6). `alsoVoided` names records voided with it (a deployment's pending overtime).
 */
export function correctionEvent(action: string, entity: string, id: number, reason: RecordCorrectionReason, alsoVoided: readonly string[] = []): AuditEvent {
  return { action, entity, entityId: [`${id}: ${reason}`, ...alsoVoided].join('; ') };
}

/** A record still live; one voided is a conflict (corrected already), one never recorded is not found. */
export function requireLive(db: ReadDb, table: VoidableTable, id: number, what: string): void {
  const state = rowState(db, table, id);
  if (state === 'missing') throw new AppError('not_found', `No ${what} #${id}.`);
  if (state === 'voided') throw new AppError('conflict', `That ${what} (#${id}) was voided: it can no longer be changed.`);
}
