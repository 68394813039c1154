import type { AuditEntry, AuditPage } from '../../../shared/audit';
import type { ReadDb } from '../../store/store';

/** One page of the audit log, the latest first. */
export function listAudit(db: ReadDb, page: number, pageSize: number): AuditPage {
  const total = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()?.n ?? 0;
  const entries = db
    .prepare<[number, number], AuditEntry>(
      `SELECT id, at, actor, action, entity, entity_id AS entityId
         FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?`,
    )
    .all(pageSize, (page - 1) * pageSize);
  return { entries, page, pageSize, total };
}
