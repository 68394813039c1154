import { describe, expect, it } from 'vitest';
import { monthsFrom } from '../../../src/shared/calendar';
import type { TallyStatus } from '../../../src/shared/tallies';
import { addTrainedMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

/** Names as a period report prints them: sorted, with a count when more than one month. */
const named = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => (n > 1 ? `${name} (${n})` : name));

/**
 * The summary and the Chief's report count submissions with SQL over the months; the month's
 * grid (tallies.month) still derives every member's status one by one. Both must say the same
 * of every month, whoever joined, left, stepped away or came back in it.
 */
describe('§6: the submission counts of the summaries match the month by month statuses', () => {
  it('on time, late, missing and not yet due agree for members who joined, resigned, were away and returned', async () => {
    const { backend } = await newStore(); // today is 2026-11-22: October's tallies were due on 2026-11-10
    const months = monthsFrom('2026-04', '2026-11');
    const steady = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', joinedOn: '2025-01-15' });
    const newcomer = await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor', joinedOn: '2026-08-20' });
    const leaver = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang', joinedOn: '2025-01-15' });
    const away = await addTrainedMember(backend, { firstName: 'Priya', lastName: 'Raman', joinedOn: '2025-01-15' });
    await valueOf(backend.invoke('roster.changeStatus', { id: leaver.id, status: 'resigned', effectiveOn: '2026-07-01' }));
    await valueOf(backend.invoke('roster.changeStatus', { id: away.id, status: 'temporarily-inactive', effectiveOn: '2026-06-10' }));
    await valueOf(backend.invoke('roster.changeStatus', { id: away.id, status: 'active', effectiveOn: '2026-09-15' }));
    const members = [steady, newcomer, leaver, away];
    for (const [j, month] of months.entries()) {
      for (const [i, member] of members.entries()) {
        if ((i + j) % 3 === 0) continue; // never handed in: missing, or not yet due
        const next = monthsFrom(month, '2026-12')[1] ?? '2026-12';
        const receivedOn = `${next}-${(i + j) % 2 ? '05' : '15'}`; // the 5th is on time, the 15th late
        if (receivedOn > '2026-11-22') continue;
        // A month the member was not on the team is refused (§6), as in the app.
        await backend.invoke('tallies.submit', { memberId: member.id, month, noContacts: true, receivedOn });
      }
    }

    const expectedNames = { late: new Map<string, number>(), missing: new Map<string, number>() };
    for (const month of months) {
      const rows = (await valueOf(backend.invoke('tallies.month', { month }))).rows;
      const count = (status: TallyStatus) => rows.filter((r) => r.status === status).length;
      const { submissions } = await valueOf(backend.invoke('tallies.summary', { month }));
      expect(submissions, month).toEqual({ onTime: count('on-time'), late: count('late'), missing: count('missing'), due: count('due') });
      for (const row of rows) {
        if (row.status === 'late' || row.status === 'missing') expectedNames[row.status].set(row.displayName, (expectedNames[row.status].get(row.displayName) ?? 0) + 1);
      }
    }
    const period = await valueOf(backend.invoke('reports.period', { from: '2026-04', to: '2026-11' }));
    expect(period.submissions.lateNames).toEqual(named(expectedNames.late));
    expect(period.submissions.missingNames).toEqual(named(expectedNames.missing));
    expect(period.submissions.lateNames.length + period.submissions.missingNames.length).toBeGreaterThan(2);
  });
});
