import { latestDueMonth, monthOf } from '../../../shared/calendar';
import type { Dashboard } from '../../../shared/reports';
import type { Candidate } from '../../../shared/selection';
import type { Store } from '../../store/store';
import { checkInsOfAll, incidentsNow } from '../incidents/queries';
import { listOvertime } from '../incidents/store';
import { previewPublication } from '../roster/publish-roster';
import { listRoster, type Team } from '../roster/team';
import { staleResourceCount } from '../resources/queries';
import { readSettings } from '../settings/store';
import { submissionsBetween } from '../tallies/queries';
import { trendOf } from './trend';
import { chasedForTally, dashboardItems } from './rules';

/**
 * What needs the Coordinator today, most urgent first, each pointing at the screen that
 * resolves it (the rules decide which), and twelve months of activity. `at` is the instant
 * of the call; `team` and `candidates` are those of its day.
 */
export function dashboard(store: Store, at: Date, team: Team, candidates: Candidate[]): Dashboard {
  const db = store.read();
  const { today, policy } = team;
  const month = latestDueMonth(today, policy.tallyDueDay);
  const members = listRoster(team).members;
  const standing = new Map(members.map((m) => [m.id, m.standing.effective]));
  const rosterOrder = new Map(members.map((m, index) => [m.id, index]));
  const [submissions] = submissionsBetween(db, month, month, today, policy);
  const chased = (submissions?.others ?? [])
    .filter((r) => r.status === 'missing' && chasedForTally(standing.get(r.memberId)))
    .sort((a, b) => (rosterOrder.get(a.memberId) ?? 0) - (rosterOrder.get(b.memberId) ?? 0));
  const incidents = incidentsNow(store, at, team);
  const items = dashboardItems({
    team,
    missingTallies: { month, names: chased.map((r) => r.displayName) },
    candidates,
    incidents,
    pendingOvertime: listOvertime(db).filter((o) => o.decision === 'pending'),
    rosterOutOfDate: members.length > 0 && previewPublication(db, members, readSettings(db)).changedSinceLastPublish,
    staleResources: staleResourceCount(db, today, policy.resourceVerifyMonths),
    checkIns: checkInsOfAll(store, incidents, team),
  });
  const thisMonth = monthOf(today);
  return { today, empty: members.length === 0, items, trend: trendOf(db, thisMonth, month) };
}
