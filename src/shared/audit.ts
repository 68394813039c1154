import { z } from 'zod';

/**
 * One line of the audit trail: what changed, never the content. `entityId` is an
 * internal identifier of PeerDesk's own records, not a staff ID.
 */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
}

export const auditListInputSchema = z
  .object({
    page: z.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
  })
  .strict();

export interface AuditPage {
  entries: AuditEntry[];
  page: number;
  pageSize: number;
  total: number;
}

/** Who made a change, by name: the store records a role ('coordinator', 'cli'); people read the Coordinator's name. */
export function actorName(actor: string, coordinatorName: string): string {
  if (actor === 'coordinator') return coordinatorName || 'the Coordinator';
  return actor === 'cli' ? 'the admin CLI' : actor;
}
