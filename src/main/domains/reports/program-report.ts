import { addMonths, firstDayOf, januaryOf, lastDayOf, monthsFrom, toIsoDate, type Month } from '../../../shared/calendar';
import type { ActivityFigures, ProgramReport, ReportRequest } from '../../../shared/reports';
import type { Candidate } from '../../../shared/selection';
import { concernCategories, concernLabels } from '../../../shared/tallies';
import type { ReadDb, Store } from '../../store/store';
import { activityCounts, approvedOvertimeHours } from '../incidents/store';
import type { Team } from '../roster/team';
import { readSettings } from '../settings/store';
import { monthStatuses } from '../tallies/queries';
import { monthlyTrend, rangeTotals, reviewsBetween } from '../tallies/store';
import { atRiskOfInactivity, commitmentEndsSoon, fullyTrained, protectedCounts, stillInSelection, submissionRecord } from './rules';

/** Everything the program did in the months `from`–`to`: tallies, sessions, incidents, notices, overtime. */
function activityBetween(db: ReadDb, from: Month, to: Month): ActivityFigures & { incidentsByStaffGroup: Map<string, number> } {
  const { tallies: _tallies, ...totals } = rangeTotals(db, from, to);
  const counts = activityCounts(db, firstDayOf(from), lastDayOf(to));
  return { ...totals, ...counts, overtimeHours: approvedOvertimeHours(db, firstDayOf(from), lastDayOf(to)) };
}

function withoutBreakdown({ incidentsByStaffGroup: _byGroup, ...figures }: ReturnType<typeof activityBetween>): ActivityFigures {
  return figures;
}

/** The team as of today (§2.B, §4.I, §8): the figures the Chief asks about. */
function teamFigures(team: Team, inSelection: number): ProgramReport['team'] {
  const serving = team.views.filter((v) => v.member.standing.decided === 'active');
  const count = (effective: string) => team.views.filter((v) => v.member.standing.effective === effective).length;
  return {
    asOf: team.today,
    active: count('active'),
    deployable: team.views.filter((v) => v.member.standing.deployable).length,
    inactiveTraining: count('inactive-training'),
    trainingPending: count('training-pending'),
    temporarilyInactive: count('temporarily-inactive'),
    inSelection,
    commitmentsEnding: serving.filter((v) => commitmentEndsSoon(v.member, team.today, team.policy)).length,
    fullyTrainedPercent: serving.length ? Math.round((100 * serving.filter(fullyTrained).length) / serving.length) : 0,
    nextQuarterly: team.training.recurring.find((s) => s.heldOn >= team.today)?.heldOn ?? null,
    atRisk: serving.filter((v) => atRiskOfInactivity(v.member)).map((v) => v.member.displayName),
  };
}

/** The summary's file name: its month, or its first and last months. */
export function reportFileName(report: Pick<ProgramReport, 'from' | 'to'>): string {
  return report.from === report.to ? `peer-support-summary-${report.from}.pdf` : `peer-support-summary-${report.from}-to-${report.to}.pdf`;
}

/**
 * The Chief's summary for a month or a period (§3.E, §6), from the data as it is now. `team`
 * and `candidates` are those of the day the summary is prepared.
 */
export function programReport(store: Store, team: Team, candidates: Candidate[], request: ReportRequest): ProgramReport {
  const db = store.read();
  const monthly = 'month' in request;
  const from = monthly ? request.month : request.from;
  const to = monthly ? request.month : request.to;
  const settings = readSettings(db);
  const k = team.policy.smallCellSize;
  const current = activityBetween(db, from, to);
  const reviews = reviewsBetween(db, from, to);
  const months = monthsFrom(from, to);
  const staffGroups = [...new Set([...settings.staffGroups, ...current.incidentsByStaffGroup.keys()])];
  return {
    kind: monthly ? 'monthly' : 'period',
    title: monthly ? 'Monthly statistical summary' : 'Statistical summary for the period',
    from,
    to,
    departmentName: settings.departmentName,
    programName: settings.programName,
    preparedBy: settings.coordinatorName || store.actor,
    preparedOn: team.today,
    smallCellSize: k,
    current: withoutBreakdown(current),
    previousYear: withoutBreakdown(activityBetween(db, addMonths(from, -12), addMonths(to, -12))),
    yearToDate: monthly ? withoutBreakdown(activityBetween(db, januaryOf(to), to)) : null,
    trend: monthlyTrend(db, addMonths(to, -11), to),
    concerns: protectedCounts(concernCategories.map((c) => [concernLabels[c], current.concerns[c]]), k),
    incidentsByStaffGroup: protectedCounts(staffGroups.map((g) => [g, current.incidentsByStaffGroup.get(g) ?? 0]), k),
    team: teamFigures(team, candidates.filter(stillInSelection).length),
    submissions: submissionRecord(months.map((month) => monthStatuses(db, month, team.today, team.policy))),
    review: monthly && reviews[0] ? { reviewedBy: reviews[0].reviewedBy, reviewedOn: toIsoDate(new Date(reviews[0].reviewedAt)) } : null,
    monthsReviewed: reviews.length,
    months: months.length,
  };
}
