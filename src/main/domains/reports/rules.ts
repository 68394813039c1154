import { addDays, type IsoDate, type Month } from '../../../shared/calendar';
import type { IncidentCheckIn } from '../../../shared/follow-ups';
import { incidentCategoryLabels, type Incident } from '../../../shared/incidents';
import type { EffectiveStatus, Member } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { DashboardItem, ProgramReport } from '../../../shared/reports';
import type { Candidate } from '../../../shared/selection';
import { commitmentEndingSoon } from '../roster/rules';
import type { Team, TeamView } from '../roster/team';
import type { MonthSubmissions } from '../tallies/queries';
import { submissionCounts } from '../tallies/rules';
import { formatList } from './format-list';

/**
 * What the summaries and the dashboard decide: the submission record, the team's figures,
 * and what needs the Coordinator today under each clause (which counts a breakdown may
 * print is disclosure.ts). Pure functions of the figures, the team and the day.
 */

/**
 * §6: on-time, late and missing tallies over the months (one entry per month). Team
 * members are named — they are the team, not the staff they supported; over several months
 * a name carries how many of its tallies were late or missing.
 */
export function submissionRecord(months: MonthSubmissions[]): ProgramReport['submissions'] {
  const totals = { onTime: 0, late: 0, missing: 0, due: 0 };
  const late = new Map<string, number>();
  const missing = new Map<string, number>();
  for (const month of months) {
    const counts = submissionCounts(month.others);
    totals.onTime += month.onTime;
    totals.late += counts.late;
    totals.missing += counts.missing;
    totals.due += counts.due;
    for (const row of month.others) {
      if (row.status === 'late') late.set(row.displayName, (late.get(row.displayName) ?? 0) + 1);
      if (row.status === 'missing') missing.set(row.displayName, (missing.get(row.displayName) ?? 0) + 1);
    }
  }
  const names = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => (months.length > 1 && n > 1 ? `${name} (${n})` : name));
  return { ...totals, lateNames: names(late), missingNames: names(missing) };
}

/** A serving member whose commitment ends within the policy's notice days (the roster's rule). */
export function commitmentEndsSoon(member: Member, today: IsoDate, policy: PolicyConfig): boolean {
  return member.standing.decided === 'active' && commitmentEndingSoon(member.standing.commitmentEndsOn, today, policy);
}

/** One more missed quarterly session would make the member inactive: the training rule's warning. */
export function atRiskOfInactivity(member: Member): boolean {
  return member.standing.findings.some((f) => f.ruleId === 'training-deficiency-risk');
}

/** A member with every required training done and none lapsed (the training rule's conclusion). */
export function fullyTrained(view: TeamView): boolean {
  return !view.training.conclusion.pending && !view.training.conclusion.deficient;
}

/** §2: a candidate still in selection — not decided yet, or deferred to a later round. */
export function stillInSelection(candidate: Candidate): boolean {
  return candidate.stage !== 'decided' || candidate.decision === 'deferred';
}

/**
 * §6, §8: a missing tally is chased only from a member still on the team who may provide peer
 * assistance: not one who has since resigned, ended their term or been removed, nor one whose
 * required training is pending now (not yet trained, or a course expired: they are asked again
 * once it is renewed). The report still counts every tally missing.
 */
export function chasedForTally(effective: EffectiveStatus | undefined): boolean {
  return effective !== undefined && !['resigned', 'term-ended', 'removed', 'training-pending'].includes(effective);
}

/** §6: the latest month already due with tallies missing is urgent; it names the members. */
function missingTalliesItem(month: Month, names: string[]): DashboardItem[] {
  if (!names.length) return [];
  return [{ id: 'tallies-missing', severity: 'urgent', title: `${names.length} tallies missing for ${month}`, detail: formatList(names), link: { screen: 'statistics', month }, section: '§6' }];
}

/** Each member the training rule made inactive is urgent, with the rule's finding and clause. */
function inactiveTrainingItems(team: Team): DashboardItem[] {
  return team.views
    .filter((v) => v.member.standing.effective === 'inactive-training')
    .map((view) => {
      const finding = view.member.standing.findings.find((f) => f.ruleId === 'training-deficiency');
      return {
        id: `inactive-${view.member.id}`,
        severity: 'urgent',
        title: `${view.member.displayName} is inactive for training`,
        detail: finding?.message ?? 'Training deficiency.',
        link: { screen: 'roster', memberId: view.member.id },
        section: finding?.section ?? '',
      };
    });
}

/** §4.H: the next quarterly meeting; it needs attention when someone is at risk of inactivity. */
function quarterlyItem(team: Team): DashboardItem[] {
  const nextQuarterly = team.training.recurring.find((s) => s.heldOn >= team.today);
  const atRisk = team.views.filter((v) => atRiskOfInactivity(v.member)).map((v) => v.member.displayName);
  if (!nextQuarterly && !atRisk.length) return [];
  return [
    {
      id: 'next-quarterly',
      severity: atRisk.length ? 'attention' : 'info',
      title: nextQuarterly ? `Next quarterly meeting on ${nextQuarterly.heldOn}` : 'No quarterly meeting scheduled',
      detail: atRisk.length ? `At risk under §4.I: ${formatList(atRisk)}` : 'No one is at risk under §4.I.',
      link: { screen: 'training', tab: 'sessions' },
      section: '§4.H',
    },
  ];
}

/** Candidates past the first contact who still wait on an approval, under the clause of the selection rule that asks for it. */
function approvalsItem(candidates: Candidate[]): DashboardItem[] {
  const waiting = candidates.filter((c) => c.stage !== 'decided' && c.stage !== 'nominated' && c.stage !== 'contacted' && c.awaitingApproval.length);
  const approval = waiting[0]?.criteria.find((c) => c.id === 'supervisor-approval');
  if (!waiting.length) return [];
  return [
    {
      id: 'candidates-approvals',
      severity: 'attention',
      title: `${waiting.length} candidate${waiting.length === 1 ? '' : 's'} waiting on approvals`,
      detail: formatList(waiting.map((c) => `${c.displayName} (${c.awaitingApproval.join(', ')})`)),
      link: { screen: 'selection', candidateId: waiting.length === 1 ? waiting[0]?.id : undefined },
      section: approval?.section ?? '',
    },
  ];
}

/** §2.B: commitments ending within the policy's notice days. */
function commitmentsItem(team: Team): DashboardItem[] {
  const ending = team.views.filter((v) => commitmentEndsSoon(v.member, team.today, team.policy));
  if (!ending.length) return [];
  const days = team.policy.commitmentEndingNoticeDays;
  return [
    {
      id: 'commitments-ending',
      severity: 'info',
      title: `${ending.length} commitment${ending.length === 1 ? '' : 's'} ending within ${days} days`,
      detail: formatList(ending.map((v) => `${v.member.displayName} (${v.member.standing.commitmentEndsOn})`)),
      link: { screen: 'roster', memberId: ending.length === 1 ? ending[0]?.member.id : undefined },
      section: '§2.B',
    },
  ];
}

/**
 * §7: an incident needs follow-up when its next step is overdue (urgent), a session was held
 * outside the policy's window, or its individual follow-ups fall due within three days.
 */
function incidentItems(incidents: Incident[], today: IsoDate): DashboardItem[] {
  const items: DashboardItem[] = [];
  for (const incident of incidents) {
    const late = incident.interventions.filter((i) => !i.withinWindow).length;
    const followUpsDue = incident.clock.followUpsDueOn && incident.clock.followUpsDueOn <= addDays(today, 3) ? incident.clock.followUpsDueOn : null;
    if (incident.clock.next?.overdue || late || followUpsDue) {
      const what = [incident.clock.next?.overdue ? `${incident.clock.next.what} overdue since ${incident.clock.next.dueAt.replace('T', ' ')}` : '', late ? `${late} session(s) outside the policy window` : '', followUpsDue ? `follow-ups due ${followUpsDue}` : ''].filter(Boolean);
      items.push({ id: `incident-${incident.id}`, severity: incident.clock.next?.overdue ? 'urgent' : 'attention', title: `Incident of ${incident.occurredAt.slice(0, 10)} needs follow-up`, detail: what.join('; '), link: { screen: 'incidents', tab: 'incidents', incidentId: incident.id }, section: '§7' });
    }
  }
  return items;
}

/** §3.B: overtime requests still waiting on the manager. */
function overtimeItem(pending: { hours: number }[]): DashboardItem[] {
  if (!pending.length) return [];
  return [
    {
      id: 'overtime-pending',
      severity: 'attention',
      title: `${pending.length} overtime request${pending.length === 1 ? '' : 's'} awaiting the manager`,
      detail: `${pending.reduce((s, o) => s + o.hours, 0)} hours in all.`,
      link: { screen: 'incidents', tab: 'overtime' },
      section: '§3.B',
    },
  ];
}

/** §7: the list on the intranet (NAS) no longer matches the roster. */
function rosterItem(outOfDate: boolean): DashboardItem[] {
  if (!outOfDate) return [];
  return [{ id: 'roster-unpublished', severity: 'attention', title: 'The intranet list is out of date', detail: 'The roster or the outside resources changed since the last publication to the NAS.', link: { screen: 'roster', publish: true }, section: '§7' }];
}

/** §3.A: outside resources not verified within the policy's months; one item for all of them. */
function staleResourcesItem(stale: number, months: number): DashboardItem[] {
  if (!stale) return [];
  return [
    {
      id: 'resources-stale',
      severity: 'attention',
      title: `${stale} resource${stale === 1 ? '' : 's'} not verified in ${months} months`,
      detail: 'Call them and mark each verified, so the numbers on the intranet and the wallet card still answer.',
      link: { screen: 'resources' },
      section: '§3.A',
    },
  ];
}

/**
 * §7, §4.E: each check-in after a critical incident that is due or overdue and not done, as
 * "Incident #N (date, type): check-in due" — the incident, its day and category, never a person
 * (not a member deployed, not anyone supported). Overdue ones are urgent.
 */
function checkInItems(checkIns: readonly IncidentCheckIn[], incidents: readonly Incident[]): DashboardItem[] {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  return checkIns.flatMap((c): DashboardItem[] => {
    const incident = byId.get(c.incidentId);
    if (!incident || (c.state !== 'due' && c.state !== 'overdue')) return [];
    return [
      {
        id: `check-in-${c.incidentId}-${c.key}`,
        severity: c.state === 'overdue' ? 'urgent' : 'attention',
        title: `Incident #${incident.id} (${incident.occurredAt.slice(0, 10)}, ${incidentCategoryLabels[incident.category]}): check-in due`,
        detail: `The ${c.label} check-in, ${c.state === 'overdue' ? 'overdue since' : 'due'} ${c.dueOn}. Mark it done on the incident.`,
        link: { screen: 'incidents', tab: 'incidents', incidentId: incident.id },
        section: '§7',
      },
    ];
  });
}

/** What the dashboard is made of: the team, the candidates and the records, today. */
export interface DashboardFacts {
  team: Team;
  /** The latest month whose tallies are due, and the members whose tally for it is missing. */
  missingTallies: { month: Month; names: string[] };
  candidates: Candidate[];
  incidents: Incident[];
  pendingOvertime: { hours: number }[];
  /** The roster has members and differs from the last list published to the NAS. */
  rosterOutOfDate: boolean;
  /** How many outside resources are stale today (§3.A). */
  staleResources: number;
  /** §7: every live incident's check-ins as they stand today. */
  checkIns: IncidentCheckIn[];
}

const severityOrder = { urgent: 0, attention: 1, info: 2 };

/** What needs the Coordinator today, most urgent first (in the order above within a severity). */
export function dashboardItems(facts: DashboardFacts): DashboardItem[] {
  const items = [
    ...missingTalliesItem(facts.missingTallies.month, facts.missingTallies.names),
    ...inactiveTrainingItems(facts.team),
    ...quarterlyItem(facts.team),
    ...approvalsItem(facts.candidates),
    ...commitmentsItem(facts.team),
    ...incidentItems(facts.incidents, facts.team.today),
    ...overtimeItem(facts.pendingOvertime),
    ...rosterItem(facts.rosterOutOfDate),
    ...staleResourcesItem(facts.staleResources, facts.team.policy.resourceVerifyMonths),
    ...checkInItems(facts.checkIns, facts.incidents),
  ];
  return items.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}
