import { addMonths, firstDayOf, januaryOf, lastDayOf, latestDueMonth, monthsFrom, toIsoDate, type Month } from '../../../shared/calendar';
import { actorName } from '../../../shared/audit';
import type { ActivityFigures, Breakdown, ProgramReport, ReportRequest } from '../../../shared/reports';
import type { Candidate } from '../../../shared/selection';
import { concernCategories, concernLabels, referralDestinations, referralLabels } from '../../../shared/tallies';
import type { ReadDb, Store } from '../../store/store';
import { activityCounts, approvedOvertimeHours, incidentsByStaffGroupByMonth } from '../incidents/store';
import type { Team } from '../roster/team';
import { readSettings } from '../settings/store';
import { submissionsBetween } from '../tallies/queries';
import { monthlyBreakdownCounts, rangeTotals, reviewsBetween } from '../tallies/store';
import { HIDDEN, printedBreakdown } from './disclosure';
import { atRiskOfInactivity, commitmentEndsSoon, fullyTrained, stillInSelection, submissionRecord } from './rules';
import { trendOf } from './trend';

/** Everything the program did in the months `from`–`to`: tallies, sessions, incidents, notices, overtime. */
function activityBetween(db: ReadDb, from: Month, to: Month): ActivityFigures {
  const { contacts, contactsTotal, hoursOnDuty, hoursOffDuty, referrals } = rangeTotals(db, from, to);
  return {
    contacts,
    contactsTotal,
    hoursOnDuty,
    hoursOffDuty,
    referralsTotal: referralDestinations.reduce((sum, d) => sum + referrals[d], 0),
    ...activityCounts(db, firstDayOf(from), lastDayOf(to)),
    overtimeHours: approvedOvertimeHours(db, firstDayOf(from), lastDayOf(to)),
  };
}

/** §6: one breakdown over the months, printed under disclosure control; `countOf` reads a cell of a month. */
function breakdown<Cell>(title: string, totalLabel: string, cells: { key: Cell; label: string }[], months: Month[], countOf: (month: Month, cell: Cell) => number, k: number): Breakdown {
  const printed = printedBreakdown(
    months.map((month) => cells.map((c) => countOf(month, c.key))),
    cells.length,
    k,
  );
  return { title, totalLabel, total: printed.total, cells: cells.map((c, i) => ({ label: c.label, shown: printed.shown[i] ?? HIDDEN })) };
}

/** §6: contacts by concern, referrals by destination and incidents by staff group, month by month under disclosure control. */
function breakdowns(db: ReadDb, from: Month, to: Month, staffGroups: readonly string[], k: number): Breakdown[] {
  const months = monthsFrom(from, to);
  const tallies = monthlyBreakdownCounts(db, from, to);
  const incidents = incidentsByStaffGroupByMonth(db, from, to);
  const groups = [...new Set([...staffGroups, ...[...incidents.values()].flatMap((m) => [...m.keys()])])];
  return [
    breakdown('Contacts by concern', 'Total', concernCategories.map((c) => ({ key: c, label: concernLabels[c] })), months, (m, c) => tallies.get(m)?.concerns[c] ?? 0, k),
    breakdown('Referrals by destination', 'Total', referralDestinations.map((d) => ({ key: d, label: referralLabels[d] })), months, (m, d) => tallies.get(m)?.referrals[d] ?? 0, k),
    breakdown('Incidents by staff group affected', 'Total by group', groups.map((g) => ({ key: g, label: g })), months, (m, g) => incidents.get(m)?.get(g) ?? 0, k),
  ];
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
  const reviews = reviewsBetween(db, from, to);
  const months = monthsFrom(from, to);
  return {
    kind: monthly ? 'monthly' : 'period',
    title: monthly ? 'Monthly statistical summary' : 'Statistical summary for the period',
    from,
    to,
    departmentName: settings.departmentName,
    programName: settings.programName,
    preparedBy: settings.coordinatorName || actorName(store.actor, ''),
    preparedOn: team.today,
    smallCellSize: k,
    current: activityBetween(db, from, to),
    previousYear: activityBetween(db, addMonths(from, -12), addMonths(to, -12)),
    yearToDate: monthly ? activityBetween(db, januaryOf(to), to) : null,
    trend: trendOf(db, to, latestDueMonth(team.today, team.policy.tallyDueDay)),
    breakdowns: breakdowns(db, from, to, settings.staffGroups, k),
    team: teamFigures(team, candidates.filter(stillInSelection).length),
    submissions: submissionRecord(submissionsBetween(db, from, to, team.today, team.policy)),
    review: monthly && reviews[0] ? { reviewedBy: actorName(reviews[0].reviewedBy, settings.coordinatorName), reviewedOn: toIsoDate(new Date(reviews[0].reviewedAt)) } : null,
    monthsReviewed: reviews.length,
    months: months.length,
  };
}
