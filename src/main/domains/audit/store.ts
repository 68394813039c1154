import type { AuditArea, AuditEntry, AuditPage } from '../../../shared/audit';
import type { ReadDb } from '../../store/store';

/** One page of the audit log, the latest first. */
export function listAudit(db: ReadDb, page: number, pageSize: number, area: AuditArea | null = null): AuditPage {
  // An area is the first word of the action; `*` matches all.
  const pattern = area ? `${area}.*` : '*';
  const total = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM audit_log WHERE action IN (SELECT id FROM audit_words WHERE word GLOB ?)').get(pattern)?.n ?? 0;
  const entries = db
    .prepare<[string, number, number], AuditEntry>(
      `SELECT id, at, actor, action, entity, entity_id AS entityId
         FROM audit_lines WHERE action GLOB ? ORDER BY id DESC LIMIT ? OFFSET ?`,
    )
    .all(pattern, pageSize, (page - 1) * pageSize);
  return { entries, page, pageSize, total };
}
