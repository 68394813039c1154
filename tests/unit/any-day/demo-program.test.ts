import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import { addDays, addMonths, latestDueMonth, monthOf } from '../../../src/shared/calendar';
import { morningOf, testDate } from '../../helpers/test-date';
import { newStore, testClock, valueOf } from '../../helpers/test-backend';

/**
 * The demo program built around the test's day, read back through the dashboard, the tallies,
 * the reports, training and selection. The date matrix runs this file on every calendar edge.
 */
const today = testDate();

async function demoStore() {
  const store = await newStore({}, testClock(morningOf(today).toISOString()));
  await seedDemo(store.backend, store.clock());
  return store;
}

describe(`the demo program on ${today}`, () => {
  it('§6, §4.I, §2.F: the seed succeeds and the dashboard lists missing tallies for the month now due, a member inactive for training and candidates waiting', async () => {
    const { backend } = await demoStore();
    const { config } = await valueOf(backend.invoke('policy.get', {}));
    const dueMonth = latestDueMonth(today, config.tallyDueDay);
    const dashboard = await valueOf(backend.invoke('dashboard.today', {}));
    expect(dashboard.today).toBe(today);
    const titles = dashboard.items.map((i) => i.title);
    expect(titles).toContainEqual(expect.stringMatching(new RegExp(`^\\d+ tallies missing for ${dueMonth}$`)));
    expect(titles).toContainEqual(expect.stringMatching(/is inactive for training$/));
    expect(titles).toContain('2 candidates waiting on approvals');
    expect(dashboard.trend.map((t) => t.month)).toEqual(Array.from({ length: 12 }, (_, i) => addMonths(monthOf(today), i - 11)));
    // §6: the months after the one now due are still being tallied: marked partial, not read as a drop.
    expect(dashboard.trend.filter((t) => t.partial).map((t) => t.month)).toEqual(dashboard.trend.map((t) => t.month).filter((m) => m > dueMonth));
    expect(dashboard.trend.filter((t) => t.partial).length).toBeGreaterThanOrEqual(1);
  });

  it('§6: the month now due has missing tallies, no later month has any, and every earlier month is complete', async () => {
    const { backend } = await demoStore();
    const { config } = await valueOf(backend.invoke('policy.get', {}));
    const dueMonth = latestDueMonth(today, config.tallyDueDay);
    const statuses = async (month: string) => (await valueOf(backend.invoke('tallies.month', { month }))).rows.map((r) => r.status);
    expect(await statuses(dueMonth)).toContain('missing');
    expect(await statuses(addMonths(dueMonth, -1))).not.toContain('missing');
    for (let month = addMonths(dueMonth, 1); month <= monthOf(today); month = addMonths(month, 1)) {
      expect(await statuses(month)).not.toContain('missing');
    }
  });

  it('§3.E: the monthly summary of last month and the year to date build, with last year beside them', async () => {
    const { backend } = await demoStore();
    const lastMonth = addMonths(monthOf(today), -1);
    const monthly = await valueOf(backend.invoke('reports.monthly', { month: lastMonth }));
    expect(monthly).toMatchObject({ kind: 'monthly', from: lastMonth, to: lastMonth, preparedOn: today });
    expect(monthly.trend.at(-1)).toMatchObject({ month: lastMonth, partial: lastMonth > latestDueMonth(today, 10) });
    const period = await valueOf(backend.invoke('reports.period', { from: `${lastMonth.slice(0, 4)}-01`, to: lastMonth }));
    expect(period.current.contactsTotal).toBeGreaterThanOrEqual(monthly.current.contactsTotal);
  });

  it('§4.H–I, §8: the next quarterly meeting lies ahead, the member who missed the last two is inactive, and the others may serve', async () => {
    const { backend } = await demoStore();
    const dashboard = await valueOf(backend.invoke('dashboard.today', {}));
    const next = dashboard.items.find((i) => i.id === 'next-quarterly');
    expect(next?.title).toBe(`Next quarterly meeting on ${addDays(today, 30)}`);
    const { members } = await valueOf(backend.invoke('roster.list', {}));
    expect(members.find((m) => m.lastName === 'Becker')?.standing.effective).toBe('inactive-training');
    expect(members.filter((m) => m.standing.deployable).length).toBeGreaterThan(3);
  });

  it('§2: the open round still takes nominations today and none tomorrow', async () => {
    const { backend } = await demoStore();
    const { rounds } = await valueOf(backend.invoke('selection.overview', {}));
    const round = rounds[0];
    expect(round).toBeDefined();
    const nominate = (receivedOn: string) =>
      backend.invoke('selection.nominate', { roundId: round?.id ?? 0, firstName: 'Noor', lastName: 'Haddad', staffGroup: 'Juvenile Hall', sworn: true, jobTitle: 'Group Counselor', receivedOn, nominatedBy: 'Colleague' });
    expect(await nominate(addDays(today, 1))).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await nominate(today)).toMatchObject({ ok: true });
  });
});
