import { toIsoDate } from '../../../shared/calendar';
import type { Incident, LocalMoment } from '../../../shared/incidents';
import { incidentClock, withinWindow } from './rules';
import type { Clock } from '../../clock';
import type { Team } from '../roster/roster-service';
import type { Session } from '../../session/session';
import { currentTeam } from '../roster/team';
import { listIncidents, type StoredIncident } from './store';

/** The clock's now as a local moment, the form every incident time is typed in. */
export function nowLocal(clock: Clock): LocalMoment {
  const at = clock();
  return `${toIsoDate(at)}T${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

function withDerived(stored: StoredIncident, team: Team, now: LocalMoment): Incident {
  const names = new Map(team.views.map((v) => [v.member.id, v.member]));
  return {
    ...stored,
    interventions: stored.interventions.map((i) => ({ ...i, withinWindow: withinWindow(i.kind, stored.occurredAt, i.heldAt, team.policy) })),
    deployments: stored.deployments.map((d) => {
      const member = names.get(d.memberId);
      return { ...d, memberName: member?.displayName ?? `#${d.memberId}`, possibleConflict: member ? stored.affectedStaffGroups.includes(member.staffGroup) : false };
    }),
    clock: incidentClock(stored, now, team.policy),
  };
}

export function incidentsNow(session: Session, clock: Clock): Incident[] {
  const team = currentTeam(session, clock);
  const now = nowLocal(clock);
  return listIncidents(session.database()).map((i) => withDerived(i, team, now));
}

