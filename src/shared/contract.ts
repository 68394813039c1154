import * as z from 'zod';
import { auditListInputSchema, undoVoidInputSchema, type AuditPage } from './audit';
import { policyPatchSchema, type PolicyVersion } from './policy';
import {
  changePassphraseInputSchema,
  emptyInputSchema,
  recoverInputSchema,
  setupInputSchema,
  unlockInputSchema,
  type MaintenanceReport,
  type RecoverResult,
  type SessionStatus,
  type SetupResult,
} from './session';
import { settingsPatchSchema, type Settings } from './settings';
import type { ImportResult } from './sheet-import';
import {
  completionHistoryCommitSchema,
  completionHistoryPreviewSchema,
  tallyHistoryCommitSchema,
  tallyHistoryPreviewSchema,
  type CompletionHistoryPreview,
  type TallyHistoryPreview,
} from './history';
import { memberCreateSchema, memberIdSchema, memberUpdateSchema, rejoinSchema, statusChangeSchema, type MemberDetail } from './members';
import {
  exportFormatSchema,
  importCommitInputSchema,
  importPreviewInputSchema,
  type ImportPreview,
  type PublishPreview,
  type RosterList,
  type RosterPublication,
  type SavedFile,
  type TeamComposition,
} from './roster';
import {
  attendanceInputSchema,
  completionIdSchema,
  completionInputSchema,
  courseInputSchema,
  matrixExportSchema,
  memberTrainingInputSchema,
  sessionIdSchema,
  sessionInputSchema,
  sessionUpdateSchema,
  type Course,
  type MemberTraining,
  type SessionDetail,
  type TrainingMatrix,
  type TrainingSession,
} from './training';
import { monthInputSchema, tallyBatchSchema, tallyInputSchema, type Tally, type TallyMonth, type TallySummary } from './tallies';
import { intakeCommitInputSchema, intakePreviewInputSchema, type IntakePreview, type IntakeResult } from './tally-intake';
import {
  assessmentInputSchema,
  deploymentInputSchema,
  deploymentUpdateSchema,
  exceptionNoticeInputSchema,
  exceptionNoticeUpdateSchema,
  incidentInputSchema,
  incidentUpdateSchema,
  interventionInputSchema,
  interventionUpdateSchema,
  overtimeDecisionCorrectionSchema,
  overtimeDecisionSchema,
  overtimeInputSchema,
  overtimeUpdateSchema,
  type ExceptionNotice,
  type NoticeRetention,
  type Incident,
  type OvertimeRequest,
} from './incidents';
import {
  approvalInputSchema,
  candidateIdSchema,
  contactInputSchema,
  decisionInputSchema,
  eligibilityInputSchema,
  exceptionInputSchema,
  interviewInputSchema,
  nominationIdSchema,
  nominationInputSchema,
  purgeInputSchema,
  roundInputSchema,
  roundUpdateSchema,
  type Candidate,
  type PurgeCounts,
  type RecruitmentRound,
  type SelectionOverview,
} from './selection';
import { monthlyReportInputSchema, periodReportInputSchema, type Dashboard, type ProgramReport } from './reports';
import { backupNameSchema, deleteBackupsUpToSchema, restoreBackupSchema, restoreFromBackupFileSchema, type BackupCheck, type BackupInfo } from './backups';
import { isoDateSchema } from './calendar';
import { resourceIdSchema, resourceInputSchema, type ListedResource, type ResourceList } from './resources';
import { checkInDoneSchema, checkInIncidentSchema, type IncidentCheckIn, type SupporterLoad } from './follow-ups';
import { voidInputSchema } from './corrections';
import type { ChannelName } from './channel-names';
import type { Result } from './result';

/**
 * The one table of the IPC contract: channel (`domain.verb`) → input schema → result type.
 * Main registers a handler for each key (the compiler refuses a missing one), the preload
 * lets exactly these names through, and the renderer's client is typed from it.
 */
interface ChannelSpec<Schema extends z.ZodType, Output> {
  input: Schema;
  /** Type-only marker for the result; never read at run time. */
  output?: Output;
  summary: string;
}

function channel<Output>() {
  return <Schema extends z.ZodType>(input: Schema, summary: string): ChannelSpec<Schema, Output> => ({
    input,
    summary,
  });
}

export const contract = {
  'session.status': channel<SessionStatus>()(emptyInputSchema, 'Whether a store exists and is unlocked'),
  'session.setup': channel<SetupResult>()(setupInputSchema, 'Create the encrypted store; returns the recovery code once'),
  'session.unlock': channel<SessionStatus>()(unlockInputSchema, 'Open the store with the passphrase'),
  'session.lock': channel<SessionStatus>()(emptyInputSchema, 'Close the store'),
  'session.changePassphrase': channel<null>()(changePassphraseInputSchema, 'Rewrap the data key under a new passphrase'),
  'session.recover': channel<RecoverResult>()(recoverInputSchema, 'Open the store with the recovery code and set a new passphrase; returns the new recovery code'),
  'session.restoreBackup': channel<SessionStatus>()(restoreBackupSchema, 'When the database is missing or failed its check: restore an automatic backup and open it'),
  'session.restoreFromBackupFile': channel<{ restored: boolean; recoveryCode: string | null }>()(
    restoreFromBackupFileSchema,
    "Fresh install: recreate the store from a backup file chosen in main's open dialog; a used recovery code is replaced by the one returned",
  ),
  'session.useKeyFileCopy': channel<SessionStatus>()(emptyInputSchema, 'When keys.json is damaged: put its intact copy (keys.backup.json) back'),
  'session.maintenance': channel<MaintenanceReport>()(
    emptyInputSchema,
    "After unlocking, once the first screen is shown: the next step the unlock owes (the data file's integrity check, then the day's backup); a damaged file locks and names the newest good backup",
  ),
  'settings.get': channel<Settings>()(emptyInputSchema, 'Program settings'),
  'settings.set': channel<Settings>()(settingsPatchSchema, 'Change some settings; returns all of them'),
  'settings.chooseNasFolder': channel<Settings>()(emptyInputSchema, "Choose the intranet folder in main's folder dialog"),
  'audit.list': channel<AuditPage>()(auditListInputSchema, 'The audit trail, newest first, by page'),
  'audit.undoVoid': channel<{ restored: number }>()(undoVoidInputSchema, 'Undo a void while it is still the last change and was made here: the records it voided come back; audited'),
  'policy.get': channel<PolicyVersion>()(emptyInputSchema, 'The policy configuration in force'),
  'policy.update': channel<PolicyVersion>()(policyPatchSchema, 'Change policy parameters as a new version'),

  'roster.list': channel<RosterList>()(emptyInputSchema, 'Every member with their derived standing'),
  'roster.get': channel<MemberDetail>()(memberIdSchema, 'One member with the status timeline'),
  'roster.create': channel<MemberDetail>()(memberCreateSchema, 'Add a member (active from the day they joined)'),
  'roster.update': channel<MemberDetail>()(memberUpdateSchema, "Change a member's details"),
  'roster.changeStatus': channel<MemberDetail>()(statusChangeSchema, 'Record a status a person decided (§4.J–L)'),
  'roster.rejoin': channel<MemberDetail>()(rejoinSchema, 'A member who resigned or whose term ended returns with a new commitment (§2.B)'),
  'roster.composition': channel<TeamComposition>()(emptyInputSchema, 'Sworn/non-sworn and staff-group coverage (§2.A)'),
  'roster.export': channel<SavedFile>()(exportFormatSchema, "Save the roster as CSV or XLSX where main's dialog says"),
  'roster.importPreview': channel<ImportPreview>()(importPreviewInputSchema, 'Check a CSV/XLSX file of members; writes nothing'),
  'roster.importCommit': channel<ImportResult>()(importCommitInputSchema, 'Import the valid rows, or all rows or none'),
  'roster.publishPreview': channel<PublishPreview>()(emptyInputSchema, 'Who would be published, added and removed (§7)'),
  'roster.publish': channel<RosterPublication>()(emptyInputSchema, 'Publish names and phones to the NAS folder (§7)'),
  'roster.publishToFolder': channel<RosterPublication | null>()(emptyInputSchema, "Publish to a folder chosen in main's dialog"),
  'roster.publications': channel<RosterPublication[]>()(emptyInputSchema, 'The publication history'),

  'training.courses': channel<Course[]>()(emptyInputSchema, 'The course catalog'),
  'training.saveCourse': channel<Course>()(courseInputSchema, 'Add or change a course'),
  'training.sessions': channel<TrainingSession[]>()(emptyInputSchema, 'Sessions, newest first'),
  'training.planSession': channel<SessionDetail>()(sessionInputSchema, 'Plan a session'),
  'training.updateSession': channel<SessionDetail>()(sessionUpdateSchema, 'Correct a session, with a reason; course and day are fixed once attendance is taken (§4.I, §8)'),
  'training.cancelSession': channel<{ cancelled: number }>()(voidInputSchema, 'Cancel a session with no attendance taken, with a reason (§4.H); kept for the audit'),
  'training.session': channel<SessionDetail>()(sessionIdSchema, 'A session with the members expected at it'),
  'training.recordAttendance': channel<SessionDetail>()(attendanceInputSchema, "Record a held session's attendance (§4.H)"),
  'training.recordCompletion': channel<MemberTraining>()(completionInputSchema, 'Record a course completed with an outside provider'),
  'training.removeCompletion': channel<null>()(completionIdSchema, 'Remove a completion recorded by mistake'),
  'training.matrix': channel<TrainingMatrix>()(emptyInputSchema, 'Members × courses, with quarterly attendance (§8)'),
  'training.member': channel<MemberTraining>()(memberTrainingInputSchema, "One member's training"),
  'training.exportMatrix': channel<SavedFile>()(matrixExportSchema, "Save the matrix as PDF or XLSX where main's dialog says"),
  'training.signInSheet': channel<SavedFile>()(sessionIdSchema, "Save a session's sign-in sheet PDF"),
  'training.historyPreview': channel<CompletionHistoryPreview>()(completionHistoryPreviewSchema, 'Check a CSV/XLSX file of courses completed before PeerDesk (§8); writes nothing'),
  'training.historyCommit': channel<ImportResult>()(completionHistoryCommitSchema, 'Import those completions: the valid rows, or all rows or none'),

  'tallies.month': channel<TallyMonth>()(monthInputSchema, "Every expected member's tally for a month, with its status (§6)"),
  'tallies.submit': channel<Tally>()(tallyInputSchema, "Enter or correct a member's monthly tally (§6)"),
  'tallies.submitMany': channel<{ saved: number }>()(tallyBatchSchema, "Save a month's grid: several members' tallies in one transaction, all or none (§6, §3.E)"),
  'tallies.summary': channel<TallySummary>()(monthInputSchema, "A month's totals and on-time/late/missing counts (§6)"),
  'tallies.review': channel<{ reviewedBy: string; reviewedAt: string }>()(monthInputSchema, 'Mark a month reviewed; later changes need a reason (§3.E)'),
  'tallies.export': channel<SavedFile>()(monthInputSchema, "Save a month's tallies (status, contacts, hours) as XLSX where main's dialog says"),
  'tallies.blankSheet': channel<SavedFile>()(monthInputSchema, 'Save the fillable tally form PDF to hand out: one page per expected member, printable (§6)'),
  'tallies.blankWorkbook': channel<SavedFile>()(monthInputSchema, 'Save the XLSX tally template to hand out: one sheet per expected member (§6)'),
  'tallies.intakePreview': channel<IntakePreview>()(intakePreviewInputSchema, "Read a folder of returned tally forms chosen in main's dialog; writes nothing (§6)"),
  'tallies.intakeCommit': channel<IntakeResult>()(intakeCommitInputSchema, 'Store every valid returned form of the previewed folder in one transaction; list the rest with reasons (§6)'),
  'tallies.historyPreview': channel<TallyHistoryPreview>()(tallyHistoryPreviewSchema, 'Check a CSV/XLSX file of past months\' tallies (§6); writes nothing'),
  'tallies.historyCommit': channel<ImportResult>()(tallyHistoryCommitSchema, 'Import those tallies, never replacing one: the valid rows, or all rows or none'),

  'incidents.list': channel<Incident[]>()(emptyInputSchema, 'Critical incidents, newest first, with their timing (§7)'),
  'incidents.record': channel<Incident>()(incidentInputSchema, 'Record a critical incident: when, category, staff groups affected'),
  'incidents.update': channel<Incident>()(incidentUpdateSchema, "Correct an incident's own fields, with a reason (§7, §3.E)"),
  'incidents.void': channel<{ voided: number }>()(voidInputSchema, 'Void an incident entered in error, with its sessions, deployments and their pending overtime; kept for the audit, left out of every list and figure'),
  'incidents.assess': channel<Incident>()(assessmentInputSchema, 'Record the assessment with the mental-health professional (§7); correcting one needs a reason'),
  'incidents.clearAssessment': channel<Incident>()(voidInputSchema, 'Take back an assessment recorded in error, with a reason (§7)'),
  'incidents.addIntervention': channel<Incident>()(interventionInputSchema, 'Record a defusing or debriefing held'),
  'incidents.updateIntervention': channel<Incident>()(interventionUpdateSchema, 'Correct a defusing or debriefing, with a reason; pending overtime of members deployed to it follows (§9)'),
  'incidents.voidIntervention': channel<Incident>()(voidInputSchema, 'Void a defusing or debriefing entered in error (not while members are deployed to it)'),
  'incidents.deploy': channel<Incident>()(deploymentInputSchema, 'Deploy a member, directed by the Coordinator (§3.G); only deployable members'),
  'incidents.updateDeployment': channel<Incident>()(deploymentUpdateSchema, 'Correct a deployment, with a reason; its pending overtime request follows, a decided one stands (§3.B, §9)'),
  'incidents.voidDeployment': channel<Incident>()(voidInputSchema, 'Void a deployment entered in error with its pending overtime request; refused once the manager decided it'),
  'overtime.list': channel<OvertimeRequest[]>()(emptyInputSchema, 'Overtime requests, newest first'),
  'overtime.request': channel<OvertimeRequest>()(overtimeInputSchema, 'Record overtime worked, pending the manager (§3.B)'),
  'overtime.update': channel<OvertimeRequest>()(overtimeUpdateSchema, 'Correct a pending overtime request, with a reason (§3.B)'),
  'overtime.void': channel<{ voided: number }>()(voidInputSchema, 'Void a pending overtime request entered in error, with a reason'),
  'overtime.decide': channel<OvertimeRequest>()(overtimeDecisionSchema, "Record the manager's decision (§3.B, §9)"),
  'overtime.correctDecision': channel<OvertimeRequest>()(overtimeDecisionCorrectionSchema, "Correct the manager's recorded decision, or take it back to pending, with a reason (§3.B, §9)"),
  'overtime.export': channel<SavedFile>()(emptyInputSchema, "Save the overtime requests as XLSX where main's dialog says"),
  'overtime.approvedHours': channel<{ hours: number }>()(z.object({ from: isoDateSchema, to: isoDateSchema }).strict(), 'Approved overtime hours in a period'),
  'notices.list': channel<ExceptionNotice[]>()(emptyInputSchema, 'Confidentiality-exception notices (§5.B–C)'),
  'notices.retention': channel<NoticeRetention>()(emptyInputSchema, 'How many notices are older than the retention period'),
  'notices.purge': channel<{ purged: number }>()(z.object({ confirm: z.literal(true) }).strict(), 'Delete notices older than the retention period; audited with the count'),
  'notices.record': channel<ExceptionNotice>()(exceptionNoticeInputSchema, 'Record that a member made a mandated notification (§5.C)'),
  'notices.update': channel<ExceptionNotice>()(exceptionNoticeUpdateSchema, 'Correct an exception notice, with a reason (§5.C)'),
  'notices.void': channel<{ voided: number }>()(voidInputSchema, 'Void an exception notice entered in error, with a reason (§5.C)'),

  'selection.overview': channel<SelectionOverview>()(emptyInputSchema, 'Recruitment rounds and every candidate with their stage (§2)'),
  'selection.candidate': channel<Candidate>()(candidateIdSchema, 'One candidate with each criterion met / not met / unknown (§2.B–F)'),
  'selection.openRound': channel<RecruitmentRound>()(roundInputSchema, 'Open a recruitment round with its closing date (§2.A)'),
  'selection.updateRound': channel<RecruitmentRound>()(roundUpdateSchema, "Correct a round's dates or instructions (close it early), with a reason (§2.A)"),
  'selection.voidRound': channel<{ voided: number }>()(voidInputSchema, 'Void a round opened in error that received no nomination, with a reason (§2.A)'),
  'selection.announcement': channel<SavedFile>()(z.object({ roundId: z.number().int().positive() }).strict(), 'Save the memo announcing a round as PDF (§2.A)'),
  'selection.nominate': channel<Candidate>()(nominationInputSchema, 'Record a nomination; the same person merges into one candidate'),
  'selection.revealNominator': channel<{ nominatedBy: string }>()(nominationIdSchema, 'Reveal a sealed nominator; written to the audit log (§2.A)'),
  'selection.recordContact': channel<Candidate>()(contactInputSchema, 'Desire to serve and the commitment acknowledged (§2.B)'),
  'selection.recordEligibility': channel<Candidate>()(eligibilityInputSchema, 'Eligibility attestations (§2.C–E), yes/no only'),
  'selection.recordApproval': channel<Candidate>()(approvalInputSchema, "The supervisor's or manager's decision (§2.F)"),
  'selection.recordInterview': channel<Candidate>()(interviewInputSchema, 'The structured interview: panel, scores, recommendation'),
  'selection.recordException': channel<Candidate>()(exceptionInputSchema, "Record the Chief's written exception to a criterion (§10)"),
  'selection.decide': channel<Candidate>()(decisionInputSchema, 'Decide; selecting creates the member, training pending'),
  'selection.letter': channel<SavedFile>()(candidateIdSchema, 'Save the selected / not selected letter as PDF'),
  'selection.purge': channel<PurgeCounts>()(purgeInputSchema, 'Purge candidates not selected, and the nominators of those decided, after the retention period; counts remain'),

  'reports.monthly': channel<ProgramReport>()(monthlyReportInputSchema, "The Chief's monthly statistical summary, as data for the preview (§3.E, §6)"),
  'reports.period': channel<ProgramReport>()(periodReportInputSchema, 'A quarterly or annual summary over a range of months'),
  'reports.saveMonthly': channel<SavedFile>()(monthlyReportInputSchema, "Save the monthly summary as PDF where main's dialog says"),
  'reports.savePeriod': channel<SavedFile>()(periodReportInputSchema, "Save a period summary as PDF where main's dialog says"),
  'reports.printMonthly': channel<{ printed: boolean }>()(monthlyReportInputSchema, "Print the monthly summary's PDF in the system's print dialog"),
  'reports.printPeriod': channel<{ printed: boolean }>()(periodReportInputSchema, "Print a period summary's PDF in the system's print dialog"),
  'dashboard.today': channel<Dashboard>()(emptyInputSchema, 'What needs the Coordinator today, and 12 months of activity'),

  'backups.list': channel<{ backups: BackupInfo[]; problem: string | null }>()(emptyInputSchema, 'The automatic backups in the data folder, newest first'),
  'backups.create': channel<SavedFile>()(emptyInputSchema, "Back up now, to a file chosen in main's save dialog (a removable drive)"),
  'backups.verifyFile': channel<(BackupCheck & { fileName: string }) | null>()(emptyInputSchema, 'Check a backup file: opens with the key, integrity, schema version'),
  'backups.restoreFile': channel<{ restored: boolean }>()(emptyInputSchema, "Restore from a backup file chosen in main's dialog; the current data is kept first"),
  'backups.deleteUpTo': channel<{ deleted: number }>()(deleteBackupsUpToSchema, 'Back up now into the data folder, then delete the backup named and every older one; audited with the count'),
  'backups.restoreAutomatic': channel<{ restored: boolean }>()(backupNameSchema, 'Restore one of the automatic backups; the current data is kept first'),

  'resources.list': channel<ResourceList>()(emptyInputSchema, 'The directory of outside resources, each flagged when not verified within the policy months (§3.A)'),
  'resources.save': channel<ListedResource>()(resourceInputSchema, 'Add or change an outside resource (§4.D, §4.M); verified today unless a day is given'),
  'resources.remove': channel<null>()(resourceIdSchema, 'Remove an outside resource from the directory; audited'),
  'resources.walletCard': channel<SavedFile>()(emptyInputSchema, "Save the two-sided wallet card PDF (team phones, outside resources) where main's dialog says"),
  'incidents.checkIns': channel<IncidentCheckIn[]>()(checkInIncidentSchema, "An incident's check-ins at the policy's intervals: due day and whether done (§7)"),
  'incidents.checkInDone': channel<IncidentCheckIn[]>()(checkInDoneSchema, 'Mark a check-in done today: only the day and who marked it (§7)'),
  'incidents.undoCheckIn': channel<IncidentCheckIn[]>()(voidInputSchema, 'Undo a check-in marked done in error, with a reason; it is due again (§7, §3.E)'),
  'supporters.load': channel<SupporterLoad>()(emptyInputSchema, "Each member's load (tallies, deployments) with its flags; private: never printed or published (§3.F)"),
} as const satisfies Record<ChannelName, ChannelSpec<z.ZodType, unknown>>;

type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Exclude<Contract[C]['output'], undefined>;

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Channels that answer while the store is locked; every other one answers `locked`. */
export function isSessionChannel(name: Channel): boolean {
  return name.startsWith('session.');
}

/**
 * What the preload exposes as `window.peerDesk` — and what the end-to-end harness
 * provides in Chromium. Nothing else crosses into the renderer.
 */
export interface PeerDeskBridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Told when the session changes outside the renderer's own calls (auto-lock, menu Lock). */
  onSessionChange(listener: (state: SessionStatus['state']) => void): () => void;
}

/** The channels whose result is a `SavedFile`: each saves one file where main's save dialog says. */
type SavingChannel = { [C in Channel]: ChannelOutput<C> extends SavedFile ? C : never }[Channel];

/**
 * Every channel that saves a file through main's dialog — what the admin CLI's `save` accepts.
 * Typed as exactly the channels whose result is a `SavedFile`: a new one missing here, or a
 * name here that saves no file, does not compile.
 */
const savesAFile: { readonly [C in SavingChannel]: true } = {
  'roster.export': true,
  'training.exportMatrix': true,
  'training.signInSheet': true,
  'tallies.export': true,
  'tallies.blankSheet': true,
  'overtime.export': true,
  'selection.announcement': true,
  'selection.letter': true,
  'reports.saveMonthly': true,
  'reports.savePeriod': true,
  'backups.create': true,
  'resources.walletCard': true,
  'tallies.blankWorkbook': true,
};

/** Whether a channel saves a file where main's save dialog says (see `savesAFile`). */
export function isSavingChannel(name: Channel): boolean {
  return Object.hasOwn(savesAFile, name);
}
