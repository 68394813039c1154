import { addDays, addMonths, lastDayOf, monthOf, monthsFrom, type IsoDate } from '../../../shared/calendar';
import type { LoadMonth, MemberLoad, SupporterLoad } from '../../../shared/follow-ups';
import type { Store } from '../../store/store';
import { deploymentDays } from '../incidents/store';
import type { Team } from '../roster/team';
import { lastActiveMonths, memberMonthlyTotals } from '../tallies/store';
import { DEPLOYMENT_DAYS, RECENT_MONTHS, deploymentsFlag, incidentsWithin, loadFlag, teamMedian } from './rules';

/** Members who left the team are shown only while they have activity in the twelve months. */
const left = new Set(['removed', 'resigned', 'term-ended']);

/**
 * §3.F: each member's load — contacts and hours per month over the last twelve, deployments in
 * the last 90 days, the last activity — with the flags the rules raise. For the Coordinator's
 * eyes only: no document or publication reads it.
 */
export function supporterLoad(store: Store, team: Team): SupporterLoad {
  const db = store.read();
  const { today, policy } = team;
  const to = monthOf(today);
  const months = monthsFrom(addMonths(to, -11), to);
  const recentMonths = months.slice(-RECENT_MONTHS);
  const totals = memberMonthlyTotals(db, months[0] ?? to, to);
  const deployments = deploymentDays(db);
  const lastMonths = lastActiveMonths(db);
  const since90 = addDays(today, -(DEPLOYMENT_DAYS - 1));

  const rows = team.views.map((view) => {
    const id = view.member.id;
    const own = totals.filter((t) => t.memberId === id);
    const byMonth: LoadMonth[] = months.map((month) => {
      const t = own.find((o) => o.month === month);
      return { month, contacts: t?.contacts ?? 0, hours: t?.hours ?? 0 };
    });
    const recent = byMonth.filter((m) => recentMonths.includes(m.month)).reduce((sum, m) => ({ contacts: sum.contacts + m.contacts, hours: sum.hours + m.hours }), { contacts: 0, hours: 0 });
    const deployed = deployments.filter((d) => d.memberId === id && d.on <= today);
    const last90 = deployed.filter((d) => d.on >= since90);
    const lastMonth = lastMonths.get(id);
    const lastTallied: IsoDate | null = lastMonth ? (lastDayOf(lastMonth) < today ? lastDayOf(lastMonth) : today) : null;
    const lastDeployed = deployed.at(-1)?.on ?? null;
    const lastActivity = [lastTallied, lastDeployed].filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null;
    const active = byMonth.some((m) => m.contacts > 0 || m.hours > 0) || last90.length > 0;
    return {
      show: active || !left.has(view.member.standing.effective),
      load: {
        memberId: id,
        displayName: view.member.displayName,
        months: byMonth,
        recent,
        deployments90: last90.length,
        deploymentHours90: last90.reduce((sum, d) => sum + d.hours, 0),
        recentIncidents: incidentsWithin(deployed, today, policy.deploymentsFlagDays),
        lastActivity,
        flags: [],
      } satisfies MemberLoad,
    };
  });
  const shown = rows.filter((r) => r.show).map((r) => r.load);
  const median = teamMedian(shown.map((m) => m.recent));
  const members = shown.map((m) => ({ ...m, flags: [loadFlag(m.recent, median, policy), deploymentsFlag(m.recentIncidents, policy)].filter((f) => f !== null) }));
  return {
    today,
    months,
    recentMonths,
    median,
    thresholds: { loadFlagMultiple: policy.loadFlagMultiple, deploymentsFlagCount: policy.deploymentsFlagCount, deploymentsFlagDays: policy.deploymentsFlagDays },
    members,
  };
}
