import type { AuditEntry, AuditPage } from '../../../shared/audit';
import type { Db } from '../../store/open-database';

export function listAudit(db: Db, page: number, pageSize: number): AuditPage {
  const total = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  const entries = db
    .prepare(
      `SELECT id, at, actor, action, entity, entity_id AS entityId
         FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?`,
    )
    .all(pageSize, (page - 1) * pageSize) as AuditEntry[];
  return { entries, page, pageSize, total };
}
