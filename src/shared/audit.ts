import { recordCorrectionReasonLabels, type RecordCorrectionReason } from './corrections';
import * as z from 'zod';

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

/** The parts of PeerDesk an audit line can belong to: the first word of its action. */
export const auditAreas = ['roster', 'selection', 'training', 'tallies', 'incidents', 'overtime', 'notices', 'settings', 'policy', 'backups', 'session'] as const;
export type AuditArea = (typeof auditAreas)[number];
export const auditAreaLabels: Record<AuditArea, string> = {
  roster: 'Roster',
  selection: 'Selection',
  training: 'Training',
  tallies: 'Tallies',
  incidents: 'Incidents',
  overtime: 'Overtime',
  notices: 'Exception notices',
  settings: 'Settings',
  policy: 'Policy',
  backups: 'Backups',
  session: 'Passphrase and setup',
};

/** The changes that void a record: the ones an undo may take back, while still the last. */
export const voidActionNames = ['incidents.void', 'incidents.voidIntervention', 'incidents.voidDeployment', 'overtime.void', 'notices.void', 'training.cancelSession', 'selection.voidRound'] as const;
export type VoidAction = (typeof voidActionNames)[number];

/** Which void to undo: its action and the record it voided. */
export const undoVoidInputSchema = z.object({ action: z.enum(voidActionNames), id: z.number().int().positive() }).strict();

export const auditListInputSchema = z
  .object({
    page: z.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
    /** Only the lines of one part of PeerDesk. */
    area: z.enum(auditAreas).nullable().default(null),
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

/** What an audit action means, in words; an action not listed is shown as recorded. */
const actionLabels: Record<string, string> = {
  'session.setup': 'Set up PeerDesk',
  'session.changePassphrase': 'Changed the passphrase',
  'session.recover': 'Recovered access with the recovery code',
  'settings.set': 'Changed settings',
  'policy.update': 'Changed a policy parameter',
  'roster.create': 'Added a member',
  'roster.update': 'Edited a member',
  'roster.import': 'Imported members',
  'roster.export': 'Exported the roster',
  'roster.publish': 'Published the team list',
  'roster.rejoin': 'A member rejoined',
  'roster.status.active': 'Status: active',
  'roster.status.temporarily-inactive': 'Status: temporarily inactive',
  'roster.status.removed': 'Status: removed',
  'roster.status.resigned': 'Status: resigned',
  'roster.status.term-ended': 'Status: term ended',
  'selection.openRound': 'Opened a recruitment round',
  'selection.updateRound': 'Corrected a recruitment round',
  'selection.voidRound': 'Voided a recruitment round',
  'selection.nominate': 'Recorded a nomination',
  'selection.revealNominator': 'Revealed a nominator',
  'selection.recordContact': 'Recorded a contact',
  'selection.recordEligibility': 'Recorded eligibility',
  'selection.supervisorApproval': "Recorded the supervisor's decision",
  'selection.managerApproval': "Recorded the manager's decision",
  'selection.recordInterview': 'Recorded an interview',
  'selection.recordException': "Recorded a Chief's exception",
  'selection.selected': 'Selected a candidate',
  'selection.not-selected': 'Did not select a candidate',
  'selection.withdrawn': 'A candidate withdrew',
  'selection.deferred': 'Deferred a candidate',
  'selection.purge': 'Purged expired candidate records',
  'training.createCourse': 'Added a course',
  'training.updateCourse': 'Edited a course',
  'training.planSession': 'Planned a session',
  'training.updateSession': 'Corrected a session',
  'training.cancelSession': 'Cancelled a session',
  'training.recordAttendance': 'Took attendance',
  'training.recordCompletion': 'Recorded a completed course',
  'training.removeCompletion': 'Removed a completed course',
  'training.exportMatrix': 'Exported the training matrix',
  'training.import': 'Imported completed courses',
  'tallies.submit': 'Entered a tally',
  'tallies.correct': 'Corrected a reviewed tally',
  'tallies.review': 'Reviewed a month',
  'tallies.export': "Exported a month's tallies",
  'tallies.intake': 'Imported a returned tally form',
  'tallies.import': 'Imported earlier tallies',
  'incidents.record': 'Recorded an incident',
  'incidents.update': 'Corrected an incident',
  'incidents.void': 'Voided an incident',
  'audit.undoVoid': 'Undid the last void',
  'incidents.assess': 'Assessed an incident',
  'incidents.correctAssessment': "Corrected an incident's assessment",
  'incidents.clearAssessment': "Cleared an incident's assessment",
  'incidents.addIntervention': 'Recorded a defusing or debriefing',
  'incidents.updateIntervention': 'Corrected a defusing or debriefing',
  'incidents.voidIntervention': 'Voided a defusing or debriefing',
  'incidents.deploy': 'Deployed a member',
  'incidents.updateDeployment': 'Corrected a deployment',
  'incidents.voidDeployment': 'Voided a deployment',
  'overtime.request': 'Recorded an overtime request',
  'overtime.update': 'Corrected an overtime request',
  'overtime.void': 'Voided an overtime request',
  'overtime.approved': 'Overtime approved',
  'overtime.denied': 'Overtime denied',
  'overtime.correctDecision': "Corrected a manager's overtime decision",
  'overtime.export': 'Exported the overtime requests',
  'notices.record': 'Recorded an exception notice',
  'notices.update': 'Corrected an exception notice',
  'notices.void': 'Voided an exception notice',
  'notices.purge': 'Purged old exception notices',
  'backups.create': 'Backed up to a drive',
  'backups.restore': 'Restored a backup',
  'backups.deleteUpTo': 'Deleted older backups',
  'resources.create': 'Added an outside resource',
  'resources.update': 'Edited an outside resource',
  'resources.remove': 'Removed an outside resource',
};

export function auditActionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

/**
 * The record an audit line is about, in words: "incident 12 — Details were wrong". A
 * correction's line carries the reason as a code (never free text); it is read as its label.
 */
export function auditRecordText(entity: string, entityId: string | null): string {
  if (!entityId) return entity;
  const words = entityId.replace(/: ([a-z-]+)/g, (match, code: string) => (code in recordCorrectionReasonLabels ? ` — ${recordCorrectionReasonLabels[code as RecordCorrectionReason]}` : match));
  return `${entity} ${words}`;
}
