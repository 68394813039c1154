import { addDays, addMonths, latestDueMonth, monthOf } from '../../../shared/calendar';
import type { Dashboard, DashboardItem } from '../../../shared/reports';
import { listOvertime } from '../incidents/store';
import type { Clock } from '../../clock';
import { incidentsNow } from '../incidents/queries';
import { candidatesNow } from '../selection/queries';
import { currentTeam } from '../roster/team';
import { previewPublication } from '../roster/publish-roster';
import { listRoster } from '../roster/roster-service';
import type { Session } from '../../session/session';
import { readSettings } from '../settings/store';
import { monthStatuses } from '../tallies/queries';
import { monthlyTrend } from '../tallies/store';
import { formatList } from './format-list';

/** What needs the Coordinator today, most urgent first, each pointing at the screen that resolves it. */
export function dashboard(session: Session, clock: Clock): Dashboard {
  const db = session.database();
  const team = currentTeam(session, clock);
  const { today, policy } = team;
  const items: DashboardItem[] = [];
  const add = (item: DashboardItem) => items.push(item);

  const thisMonth = monthOf(today);
  const month = latestDueMonth(today, policy.tallyDueDay);
  const missing = monthStatuses(db, month, today, policy).filter((r) => r.status === 'missing');
  if (missing.length) add({ id: 'tallies-missing', severity: 'urgent', title: `${missing.length} tallies missing for ${month}`, detail: formatList(missing.map((r) => r.displayName)), target: 'statistics', section: '§6' });

  for (const view of team.views.filter((v) => v.member.standing.effective === 'inactive-training')) {
    const reason = view.member.standing.findings.find((f) => f.ruleId === 'training-deficiency')?.message ?? 'Training deficiency.';
    add({ id: `inactive-${view.member.id}`, severity: 'urgent', title: `${view.member.displayName} is inactive for training`, detail: reason, target: 'training', section: '§4.I' });
  }

  const nextQuarterly = team.training.recurring.find((s) => s.heldOn >= today);
  const atRisk = team.views.filter((v) => v.member.standing.findings.some((f) => f.ruleId === 'training-deficiency-risk')).map((v) => v.member.displayName);
  if (nextQuarterly || atRisk.length) {
    add({
      id: 'next-quarterly',
      severity: atRisk.length ? 'attention' : 'info',
      title: nextQuarterly ? `Next quarterly meeting on ${nextQuarterly.heldOn}` : 'No quarterly meeting scheduled',
      detail: atRisk.length ? `At risk under §4.I: ${formatList(atRisk)}` : 'No one is at risk under §4.I.',
      target: 'training',
      section: '§4.H',
    });
  }

  const waiting = candidatesNow(session.store(), today).filter((c) => c.stage !== 'decided' && c.stage !== 'nominated' && c.stage !== 'contacted' && c.awaitingApproval.length);
  if (waiting.length) add({ id: 'candidates-approvals', severity: 'attention', title: `${waiting.length} candidate${waiting.length === 1 ? '' : 's'} waiting on approvals`, detail: formatList(waiting.map((c) => `${c.displayName} (${c.awaitingApproval.join(', ')})`)), target: 'selection', section: '§2.F' });

  const endingBy = addDays(today, policy.commitmentEndingNoticeDays);
  const ending = team.views.filter((v) => v.member.standing.decided === 'active' && v.member.standing.commitmentEndsOn >= today && v.member.standing.commitmentEndsOn <= endingBy);
  if (ending.length) add({ id: 'commitments-ending', severity: 'info', title: `${ending.length} commitment${ending.length === 1 ? '' : 's'} ending within ${policy.commitmentEndingNoticeDays} days`, detail: formatList(ending.map((v) => `${v.member.displayName} (${v.member.standing.commitmentEndsOn})`)), target: 'roster', section: '§2.B' });

  for (const incident of incidentsNow(session, clock)) {
    const late = incident.interventions.filter((i) => !i.withinWindow).length;
    const followUpsDue = incident.clock.followUpsDueOn && incident.clock.followUpsDueOn <= addDays(today, 3) ? incident.clock.followUpsDueOn : null;
    if (incident.clock.next?.overdue || late || followUpsDue) {
      const what = [incident.clock.next?.overdue ? `${incident.clock.next.what} overdue since ${incident.clock.next.dueAt.replace('T', ' ')}` : '', late ? `${late} session(s) outside the policy window` : '', followUpsDue ? `follow-ups due ${followUpsDue}` : ''].filter(Boolean);
      add({ id: `incident-${incident.id}`, severity: incident.clock.next?.overdue ? 'urgent' : 'attention', title: `Incident of ${incident.occurredAt.slice(0, 10)} needs follow-up`, detail: what.join('; '), target: 'incidents', section: '§7' });
    }
  }

  const pending = listOvertime(db).filter((o) => o.decision === 'pending');
  if (pending.length) add({ id: 'overtime-pending', severity: 'attention', title: `${pending.length} overtime request${pending.length === 1 ? '' : 's'} awaiting the manager`, detail: `${pending.reduce((s, o) => s + o.hours, 0)} hours in all.`, target: 'incidents', section: '§3.B' });

  const members = listRoster(team).members;
  if (members.length && previewPublication(db, members, readSettings(db)).changedSinceLastPublish) {
    add({ id: 'roster-unpublished', severity: 'attention', title: 'The intranet list is out of date', detail: 'The roster changed since the last publication to the NAS.', target: 'roster', section: '§7' });
  }

  const order = { urgent: 0, attention: 1, info: 2 };
  return { today, empty: members.length === 0, items: items.sort((a, b) => order[a.severity] - order[b.severity]), trend: monthlyTrend(db, addMonths(thisMonth, -11), thisMonth) };
}
