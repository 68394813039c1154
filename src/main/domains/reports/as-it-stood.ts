import { auditActionLabel } from '../../../shared/audit';
import { addDays, firstDayOf, toIsoDate, type IsoDate } from '../../../shared/calendar';
import type { ProgramReport, ReportRequest } from '../../../shared/reports';
import { AppError } from '../../errors';
import { copyIntoMemory, type Db } from '../../store/open-database';
import { Store, type ReadDb } from '../../store/store';
import { currentTeam } from '../roster/team';
import { candidatesNow } from '../selection/queries';
import { programReport } from './program-report';

/**
 * A summary "as it stood" at the end of a past day: the data as it was then, rebuilt in memory.
 *
 * The open database is copied into memory (never into a file), and in that copy what was
 * recorded after the day is taken out and what was voided after it comes back; the copy is then
 * made read-only and the summary computed from it exactly as the app computes it, with that day
 * as "today" (the team's standings, the tallies due by then, the policy in force then). The
 * store itself is only read. When a record is first recorded is read from its own timestamp, or
 * else from its first audit line (the log keeps when, what and which record — never content).
 *
 * What cannot be taken back is named on the summary (`asItStood.keptChanges`): a change made
 * after the day to a record that existed by then keeps its latest value — a tally corrected or
 * re-entered, a record edited, a completion or notice removed — because PeerDesk keeps only the
 * latest figures of a record, not its earlier ones.
 */

/** The records first made by these audit actions, by the audited entity: the table and the audit entity whose id is the row's id. */
const madeBy: { action: string; entity: string; table: string }[] = [
  { action: 'incidents.record', entity: 'incident', table: 'incidents' },
  { action: 'incidents.addIntervention', entity: 'intervention', table: 'interventions' },
  { action: 'incidents.deploy', entity: 'deployment', table: 'deployments' },
  { action: 'notices.record', entity: 'notice', table: 'exception_notices' },
  { action: 'overtime.request', entity: 'overtime', table: 'overtime_requests' },
  { action: 'training.planSession', entity: 'session', table: 'training_sessions' },
  { action: 'selection.openRound', entity: 'round', table: 'recruitment_rounds' },
  { action: 'selection.nominate', entity: 'candidate', table: 'candidates' },
];

/** Changes after the day that the copy takes back entirely, or that change nothing a summary reads. */
const takenBack = new Set([
  ...madeBy.map((m) => m.action),
  'roster.create',
  'roster.rejoin',
  'tallies.review',
  'policy.update',
  'incidents.void',
  'incidents.voidIntervention',
  'incidents.voidDeployment',
  'overtime.void',
  'notices.void',
  'training.cancelSession',
  'selection.voidRound',
]);
/** Changes that write no figure a summary reads (exports, publications, backups, the passphrase). */
const readsOnly = /^backups\.(create|deleteUpTo)$|^session\.|\.export(Matrix)?$|^roster\.publish$|^selection\.revealNominator$/;

/** The first instant after the local day: what was recorded at or after it came later. */
function endOf(day: IsoDate): Date {
  return new Date(`${addDays(day, 1)}T00:00:00`);
}

/** The local day the store was set up: nothing stood before it. */
function firstDayRecorded(db: ReadDb): IsoDate | null {
  const row = db.prepare<[], { at: number | null }>('SELECT min(at_ms) AS at FROM audit_log').get();
  return row?.at == null ? null : toIsoDate(new Date(row.at));
}

/**
 * Refuses an as-of day PeerDesk cannot show: one still to come (today is the latest: what stands
 * at its end is not known yet, so today shows what stands now), one before the store was set up,
 * or one before the summary's first month began (there was nothing of it to print).
 */
function checkAsOf(db: ReadDb, asOf: IsoDate, today: IsoDate, request: ReportRequest): void {
  const field = [{ path: 'asOf', message: 'Not a day the summary could be printed' }];
  if (asOf > today) throw new AppError('validation', `As of ${asOf}: that day is still to come; a summary can be shown as it stands today (${today}) or as it stood on an earlier day.`, { fields: field });
  const first = 'month' in request ? request.month : request.from;
  if (asOf < firstDayOf(first)) throw new AppError('validation', `On ${asOf} the summary's first month (${first}) had not begun: choose a day from ${firstDayOf(first)} on.`, { fields: field });
  const setUp = firstDayRecorded(db);
  if (setUp && asOf < setUp) throw new AppError('validation', `PeerDesk held no data before ${setUp}, the day it was set up.`, { fields: field });
}

interface AuditLine {
  id: number;
  at: number;
  action: string;
  entity: string;
  entityId: string | null;
}

const decisions = /^(overtime\.(approved|denied)|selection\.(selected|not-selected|withdrawn|deferred))$/;

/** Which first line a line is compared with: a record's first line, its first attendance, its first decision. */
function kindOf(line: AuditLine): string {
  if (line.action === 'training.recordAttendance') return 'attendance';
  return decisions.test(line.action) ? 'decision' : 'record';
}

/** Takes out of the copy what was recorded after the day, and brings back what was voided after it; answers the later changes it kept. */
function rollBack(copy: Db, end: Date): string[] {
  const endIso = end.toISOString();
  const endMs = end.getTime();
  // The lines after the day, and the earlier lines of the records they name (one pass over the log, however long).
  const lines = copy
    .prepare<[number, number], AuditLine>(
      `SELECT l.id, l.at_ms AS at, a.word AS action, e.word AS entity, l.entity_id AS entityId
         FROM audit_log l JOIN audit_words a ON a.id = l.action JOIN audit_words e ON e.id = l.entity
        WHERE l.at_ms >= ? OR (l.entity, l.entity_id) IN (SELECT entity, entity_id FROM audit_log WHERE at_ms >= ? AND entity_id IS NOT NULL)
        ORDER BY l.at_ms, l.id`,
    )
    .all(endMs, endMs);
  const firstLines = new Map<string, AuditLine>();
  const keyOf = (line: AuditLine) => `${kindOf(line)}|${line.entity}:${line.entityId ?? ''}`;
  for (const line of lines) if (!firstLines.has(keyOf(line))) firstLines.set(keyOf(line), line);
  const isFirst = (line: AuditLine) => line.entityId !== null && firstLines.get(keyOf(line)) === line;
  // A change to a record taken out of the copy (it did not exist yet at the end of the day) goes with the record.
  const removed = new Set(copy.prepare<[string], { id: number }>('SELECT id FROM members WHERE created_at >= ?').all(endIso).map((m) => `member:${m.id}`));
  const later = lines.filter((l) => l.at >= endMs);
  const kept: AuditLine[] = [];
  const run = (sql: string, ...params: (string | number)[]) => copy.prepare(sql).run(...params);

  for (const line of later) {
    const id = Number(line.entityId);
    const keep = () => {
      if (!removed.has(`${line.entity}:${line.entityId ?? ''}`)) kept.push(line);
    };
    const made = madeBy.find((m) => m.action === line.action && m.entity === line.entity);
    if (made) {
      // A record first recorded after the day, with the rows that hang from it.
      if (!isFirst(line)) continue;
      removed.add(`${made.entity}:${id}`);
      run(`DELETE FROM ${made.table} WHERE id = ?`, id);
      if (made.table === 'incidents') run('DELETE FROM incident_staff_groups WHERE incident_id = ?', id);
      if (made.table === 'training_sessions') run('DELETE FROM attendance WHERE session_id = ?', id);
      if (made.table === 'deployments') run('DELETE FROM overtime_requests WHERE deployment_id = ?', id);
      if (made.table === 'candidates') {
        run('DELETE FROM nominations WHERE candidate_id = ?', id);
        run('DELETE FROM candidate_exceptions WHERE candidate_id = ?', id);
      }
    } else if (line.action === 'training.recordAttendance') {
      // A session's attendance first taken after the day; retaken, it keeps its latest.
      if (isFirst(line)) run('DELETE FROM attendance WHERE session_id = ?', id);
      else keep();
    } else if (line.entity === 'tally') {
      // A tally first entered after the day; re-entered or corrected, it keeps its latest figures.
      const [memberId, month] = (line.entityId ?? '').split('/');
      if (isFirst(line)) {
        removed.add(`tally:${line.entityId ?? ''}`);
        run('DELETE FROM tallies WHERE member_id = ? AND month = ?', Number(memberId), month ?? '');
      } else keep();
    } else if (decisions.test(line.action)) {
      // A decision first made after the day was still pending then (§3.B overtime; §2 a candidate).
      if (!isFirst(line)) keep();
      else if (line.entity === 'overtime') run("UPDATE overtime_requests SET decision = 'pending', manager_name = NULL, decided_on = NULL WHERE id = ?", id);
      else run('UPDATE candidates SET decision = NULL, decided_on = NULL, decision_reason = NULL, member_id = NULL WHERE id = ?', id);
    } else if (!takenBack.has(line.action) && !line.action.startsWith('roster.status.') && !readsOnly.test(line.action)) {
      keep();
    }
  }
  // Tallies handed in after the day; corrections and reviews made after it.
  run('DELETE FROM tallies WHERE submitted_on >= ?', toIsoDate(end));
  run('DELETE FROM tally_corrections WHERE corrected_at >= ? OR NOT EXISTS (SELECT 1 FROM tallies t WHERE t.member_id = tally_corrections.member_id AND t.month = tally_corrections.month)', endIso);
  run('UPDATE tallies SET corrections = (SELECT count(*) FROM tally_corrections c WHERE c.member_id = tallies.member_id AND c.month = tallies.month)');
  run('DELETE FROM tally_month_reviews WHERE reviewed_at >= ?', endIso);
  // The policy in force on the day; members added, and statuses recorded, after it.
  run('DELETE FROM policy_versions WHERE changed_at >= ?', endIso);
  run('DELETE FROM member_status_changes WHERE recorded_at >= ?', endIso);
  run('DELETE FROM members WHERE created_at >= ?', endIso);
  // Voids made after the day are undone: the record was live then.
  const voidable = copy.prepare<[], { name: string }>("SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'voided_at')").all();
  for (const { name } of voidable) run(`UPDATE "${name}" SET voided_at = NULL, voided_by = NULL, void_reason = NULL WHERE voided_at >= ?`, endIso);

  const counts = new Map<string, number>();
  for (const line of kept) counts.set(line.action, (counts.get(line.action) ?? 0) + 1);
  return [...counts].map(([action, n]) => `${auditActionLabel(action)}${n > 1 ? ` (×${n})` : ''}`);
}

/**
 * The Chief's summary as it stood at the end of `asOf` (see the top of this file): computed from
 * an in-memory copy with that day as today. `today` is the day of the call, which `asOf` may not pass.
 */
function programReportAsItStood(store: Store, today: IsoDate, request: ReportRequest & { asOf: IsoDate }): ProgramReport {
  const db = store.read();
  checkAsOf(db, request.asOf, today, request);
  const end = endOf(request.asOf);
  const copy = copyIntoMemory(db);
  try {
    const keptChanges = rollBack(copy, end);
    const past = new Store(copy, () => new Date(end.getTime() - 1), store.actor);
    // From here the copy is only read, like the store it came from.
    copy.pragma('query_only = ON');
    const { asOf: _asOf, ...months } = request;
    const report = programReport(past, currentTeam(past, request.asOf), candidatesNow(past, request.asOf), months);
    return { ...report, asItStood: { day: request.asOf, keptChanges } };
  } finally {
    copy.close();
  }
}

/** The Chief's summary (§3.E, §6): as the data is now, or as it stood at the end of `request.asOf`. */
export function summaryFor(store: Store, today: IsoDate, request: ReportRequest): ProgramReport {
  const { asOf } = request;
  return asOf ? programReportAsItStood(store, today, { ...request, asOf }) : programReport(store, currentTeam(store, today), candidatesNow(store, today), request);
}
