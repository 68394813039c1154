import { addDays, toIsoDate, type IsoDate, addMonths, firstDayOf, lastDayOf, type Month } from '../../../shared/calendar';
import type { ActivityFigures, ProgramReport, ProtectedCount, ReportRequest } from '../../../shared/reports';
import { concernCategories, concernLabels } from '../../../shared/tallies';
import { protectedCount } from './rules';
import type { Db } from '../../store/open-database';
import type { Clock } from '../../clock';
import { activityCounts, approvedOvertimeHours } from '../incidents/store';
import type { Team } from '../roster/roster-service';
import type { Session } from '../../session/session';
import { readSettings } from '../settings/store';
import { monthStatuses, submissionCounts } from '../tallies/queries';
import { monthlyTrend, rangeTotals, reviewsBetween } from '../tallies/store';
import { candidatesNow } from '../selection/queries';
import { currentTeam } from '../roster/team';

/** Everything the program did in the months `from`–`to`: tallies, sessions, incidents, notices, overtime. */
export function activityBetween(db: Db, from: Month, to: Month): ActivityFigures & { incidentsByStaffGroup: Map<string, number> } {
  const { tallies: _tallies, ...totals } = rangeTotals(db, from, to);
  const counts = activityCounts(db, firstDayOf(from), lastDayOf(to));
  return { ...totals, ...counts, overtimeHours: approvedOvertimeHours(db, firstDayOf(from), lastDayOf(to)) };
}

function withoutBreakdown({ incidentsByStaffGroup: _byGroup, ...figures }: ReturnType<typeof activityBetween>): ActivityFigures {
  return figures;
}

function monthsOf(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

const protect = (entries: [string, number][], k: number): ProtectedCount[] => entries.map(([label, count]) => ({ label, count, shown: protectedCount(count, k) }));

/** The team as of today (§2.B, §4.I, §8): the figures the Chief asks about. */
function teamFigures(team: Team, inSelection: number): ProgramReport['team'] {
  const serving = team.views.filter((v) => v.member.standing.decided === 'active');
  const endingBy = addDays(team.today, team.policy.commitmentEndingNoticeDays);
  const count = (effective: string) => team.views.filter((v) => v.member.standing.effective === effective).length;
  return {
    asOf: team.today,
    active: count('active'),
    deployable: team.views.filter((v) => v.member.standing.deployable).length,
    inactiveTraining: count('inactive-training'),
    trainingPending: count('training-pending'),
    temporarilyInactive: count('temporarily-inactive'),
    inSelection,
    commitmentsEnding: serving.filter((v) => v.member.standing.commitmentEndsOn >= team.today && v.member.standing.commitmentEndsOn <= endingBy).length,
    fullyTrainedPercent: serving.length ? Math.round((100 * serving.filter((v) => !v.training.conclusion.pending && !v.training.conclusion.deficient).length) / serving.length) : 0,
    nextQuarterly: team.training.recurring.find((s) => s.heldOn >= team.today)?.heldOn ?? null,
    atRisk: serving.filter((v) => v.member.standing.findings.some((f) => f.ruleId === 'training-deficiency-risk')).map((v) => v.member.displayName),
  };
}

/** §6: on-time, late and missing tallies over the months; team members are named (they are the team). */
function submissionRecord(db: Db, months: Month[], today: IsoDate, team: Team): ProgramReport['submissions'] {
  const totals = { onTime: 0, late: 0, missing: 0, due: 0 };
  const late = new Map<string, number>();
  const missing = new Map<string, number>();
  for (const month of months) {
    const rows = monthStatuses(db, month, today, team.policy);
    const counts = submissionCounts(rows);
    totals.onTime += counts.onTime;
    totals.late += counts.late;
    totals.missing += counts.missing;
    totals.due += counts.due;
    for (const row of rows) {
      if (row.status === 'late') late.set(row.displayName, (late.get(row.displayName) ?? 0) + 1);
      if (row.status === 'missing') missing.set(row.displayName, (missing.get(row.displayName) ?? 0) + 1);
    }
  }
  const names = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => (months.length > 1 && n > 1 ? `${name} (${n})` : name));
  return { ...totals, lateNames: names(late), missingNames: names(missing) };
}

/** The Chief's summary for a month or a period (§3.E, §6), from the data as it is now. */
export function programReport(session: Session, clock: Clock, request: ReportRequest): ProgramReport {
  const db = session.database();
  const monthly = 'month' in request;
  const from = monthly ? request.month : request.from;
  const to = monthly ? request.month : request.to;
  const team = currentTeam(session, clock);
  const settings = readSettings(db);
  const k = team.policy.smallCellSize;
  const current = activityBetween(db, from, to);
  const reviews = reviewsBetween(db, from, to);
  const months = monthsOf(from, to);
  const staffGroups = [...new Set([...settings.staffGroups, ...current.incidentsByStaffGroup.keys()])];
  return {
    kind: monthly ? 'monthly' : 'period',
    title: monthly ? 'Monthly statistical summary' : 'Statistical summary for the period',
    from,
    to,
    departmentName: settings.departmentName,
    programName: settings.programName,
    preparedBy: settings.coordinatorName || session.actor,
    preparedOn: toIsoDate(clock()),
    smallCellSize: k,
    current: withoutBreakdown(current),
    previousYear: withoutBreakdown(activityBetween(db, addMonths(from, -12), addMonths(to, -12))),
    yearToDate: monthly ? withoutBreakdown(activityBetween(db, `${to.slice(0, 4)}-01`, to)) : null,
    trend: monthlyTrend(db, addMonths(to, -11), to),
    concerns: protect(concernCategories.map((c) => [concernLabels[c], current.concerns[c]]), k),
    incidentsByStaffGroup: protect(staffGroups.map((g) => [g, current.incidentsByStaffGroup.get(g) ?? 0]), k),
    team: teamFigures(team, candidatesNow(session.store(), team.today).filter((c) => c.stage !== 'decided' || c.decision === 'deferred').length),
    submissions: submissionRecord(db, months, team.today, team),
    review: monthly && reviews[0] ? { reviewedBy: reviews[0].reviewedBy, reviewedOn: toIsoDate(new Date(reviews[0].reviewedAt)) } : null,
    monthsReviewed: reviews.length,
    months: months.length,
  };
}
