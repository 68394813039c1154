import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { checkInDueOn, incidentCheckIns } from '../../../src/main/domains/incidents/rules';
import { defaultPolicy } from '../../../src/shared/policy';
import { addTrainedMember } from '../../helpers/members';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { latestAudit, refused } from '../../helpers/refused';
import { newStore, PASSPHRASE, testClock, valueOf, type TestClock } from '../../helpers/test-backend';

const DAY = 86_400_000;

/** The test's clock: 17:00 UTC on `date` — the same local day in the time zones a test runs in. */
const clockOn = (date: string) => testClock(`${date}T17:00:00Z`);
const stepDays = (clock: TestClock, days: number) => clock.advance(days * DAY);

const checkInItems = async (backend: Backend) => (await valueOf(backend.invoke('dashboard.today', {}))).items.filter((i) => i.id.startsWith('check-in-'));

describe('§7 check-ins after a critical incident: the days they fall due', () => {
  it('§7: a check-in falls due one week, one month, three months and twelve months after the incident (the defaults)', () => {
    expect(defaultPolicy.followUpIntervals.map((i) => checkInDueOn('2026-11-20', i))).toEqual(['2026-11-27', '2026-12-20', '2027-02-20', '2027-11-20']);
  });

  it.each([
    ['2027-01-31', { amount: 1, unit: 'months' }, '2027-02-28'],
    ['2028-01-31', { amount: 1, unit: 'months' }, '2028-02-29'],
    ['2027-03-31', { amount: 1, unit: 'months' }, '2027-04-30'],
    ['2028-02-29', { amount: 12, unit: 'months' }, '2029-02-28'],
    ['2028-02-29', { amount: 48, unit: 'months' } as const, '2032-02-29'],
    ['2026-12-28', { amount: 1, unit: 'weeks' }, '2027-01-04'],
    ['2028-02-28', { amount: 1, unit: 'days' }, '2028-02-29'],
  ] as const)('§7: a check-in after an incident on %s at %j falls due on %s (month ends and leap days)', (occurredOn, interval, dueOn) => {
    expect(checkInDueOn(occurredOn, interval)).toBe(dueOn);
  });

  it('§7: upcoming before its day, due on it and for a week, overdue after, done once marked', () => {
    const incident = { id: 4, occurredAt: '2026-11-20T14:30' };
    const week = [{ amount: 1, unit: 'weeks' }] as const;
    const state = (today: string, marks: Parameters<typeof incidentCheckIns>[2] = []) => incidentCheckIns(incident, week, marks, today)[0]?.state;
    expect(state('2026-11-26')).toBe('upcoming');
    expect(state('2026-11-27')).toBe('due');
    expect(state('2026-12-03')).toBe('due');
    expect(state('2026-12-04')).toBe('overdue');
    expect(state('2026-12-04', [{ id: 1, incidentId: 4, intervalKey: '1-weeks', doneOn: '2026-12-04', doneBy: 'coordinator' }])).toBe('done');
    expect(state('2026-12-04', [{ id: 1, incidentId: 5, intervalKey: '1-weeks', doneOn: '2026-12-04', doneBy: 'coordinator' }])).toBe('overdue');
  });
});

describe('§7 incident reminders on the dashboard', () => {
  it('§7: incident reminders on the dashboard at the right days with no person named anywhere', async () => {
    const clock = clockOn('2026-11-20');
    const { backend, dataDir } = await newStore({}, clock);
    const names = [
      { firstName: 'Lena', lastName: 'Hoang' },
      { firstName: 'Hector', lastName: 'Ramirez' },
    ];
    const members = [];
    for (const name of names) members.push(await addTrainedMember(backend, name));
    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'], supervisorNotifiedAt: '2026-11-20T15:10' }));
    for (const member of members) await valueOf(backend.invoke('incidents.deploy', { incidentId: incident.id, memberId: member.id, hours: 2 }));

    // The day before the one-week check-in: nothing.
    stepDays(clock, 6);
    expect(await checkInItems(backend)).toEqual([]);

    // Its day: "Incident #N (date, type): check-in due", leading to the incident.
    stepDays(clock, 1);
    const due = await checkInItems(backend);
    expect(due).toEqual([
      {
        id: `check-in-${incident.id}-1-weeks`,
        severity: 'attention',
        title: `Incident #${incident.id} (2026-11-20, Assault on staff): check-in due`,
        detail: 'The 1 week check-in, due 2026-11-27. Mark it done on the incident.',
        link: { screen: 'incidents', tab: 'incidents', incidentId: incident.id },
        section: '§7',
      },
    ]);

    // Still there while overdue; the one-month check-in joins it on its day.
    stepDays(clock, 23); // 2026-12-20
    const overdue = await checkInItems(backend);
    expect(overdue.map((i) => [i.id, i.severity])).toEqual([
      [`check-in-${incident.id}-1-weeks`, 'urgent'],
      [`check-in-${incident.id}-1-months`, 'attention'],
    ]);
    expect(overdue[0]?.detail).toBe('The 1 week check-in, overdue since 2026-11-27. Mark it done on the incident.');

    // No member's name (nor any part of it) in any item about the incident. (The dashboard names
    // members elsewhere — the team's missing tallies — as team members, never as people supported.)
    const items = (await valueOf(backend.invoke('dashboard.today', {}))).items;
    const aboutIncident = items.filter((i) => i.link.screen === 'incidents' && i.link.tab === 'incidents');
    expect(aboutIncident.length).toBeGreaterThanOrEqual(2);
    const text = JSON.stringify(aboutIncident);
    for (const name of names) {
      expect(text).not.toContain(name.firstName);
      expect(text).not.toContain(name.lastName);
    }

    // Marked done: gone from the dashboard, and the mark holds the day and who — nothing else.
    const marked = await valueOf(backend.invoke('incidents.checkInDone', { incidentId: incident.id, interval: { amount: 1, unit: 'weeks' } }));
    expect(marked[0]).toMatchObject({ key: '1-weeks', state: 'done', done: { on: '2026-12-20', by: 'coordinator' } });
    expect((await checkInItems(backend)).map((i) => i.id)).toEqual([`check-in-${incident.id}-1-months`]);
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.checkInDone', entity: 'check-in', entityId: String(marked[0]?.done?.id) });

    const db = await openStoreDirectly(dataDir, PASSPHRASE);
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('incident_check_ins')").all().map((c) => c.name);
    expect(columns).toEqual(['id', 'incident_id', 'interval_key', 'done_on', 'done_by', 'voided_at', 'voided_by', 'void_reason']);
    expect(db.prepare('SELECT incident_id, interval_key, done_on, done_by FROM incident_check_ins').all()).toEqual([{ incident_id: incident.id, interval_key: '1-weeks', done_on: '2026-12-20', done_by: 'coordinator' }]);
    db.close();
  });

  it('§7, §3.E: a check-in marked in error is undone with a reason and is due again; marking it twice, or at an interval the policy does not set, is refused', async () => {
    const clock = clockOn('2026-11-20');
    const { backend } = await newStore({}, clock);
    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T08:00', category: 'death-of-colleague' }));
    stepDays(clock, 8);
    const week = { amount: 1, unit: 'weeks' } as const;
    const [marked] = await valueOf(backend.invoke('incidents.checkInDone', { incidentId: incident.id, interval: week }));
    const id = marked?.done?.id ?? 0;
    await refused(backend, () => backend.invoke('incidents.checkInDone', { incidentId: incident.id, interval: week }), 'conflict', /already marked done/);
    await refused(backend, () => backend.invoke('incidents.checkInDone', { incidentId: incident.id, interval: { amount: 2, unit: 'weeks' } }), 'validation', /no check-in at that interval/);
    await refused(backend, () => backend.invoke('incidents.checkInDone', { incidentId: 999, interval: week }), 'not_found');
    await refused(backend, () => backend.invoke('incidents.undoCheckIn', { id, reason: 'a note about someone' } as never), 'validation');

    const undone = await valueOf(backend.invoke('incidents.undoCheckIn', { id, reason: 'entered-in-error' }));
    expect(undone[0]).toMatchObject({ key: '1-weeks', state: 'due', done: null });
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.undoCheckIn', entityId: `${id}: entered-in-error` });
    expect((await checkInItems(backend)).map((i) => i.id)).toEqual([`check-in-${incident.id}-1-weeks`]);
    await refused(backend, () => backend.invoke('incidents.undoCheckIn', { id, reason: 'entered-in-error' }), 'conflict', /voided/);
    // Due again, it can be marked again.
    expect((await valueOf(backend.invoke('incidents.checkInDone', { incidentId: incident.id, interval: week })))[0]?.state).toBe('done');
  });

  it('§7: voiding an incident removes its reminders from the dashboard', async () => {
    const clock = clockOn('2026-11-20');
    const { backend } = await newStore({}, clock);
    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T08:00', category: 'suicide' }));
    stepDays(clock, 7);
    expect(await checkInItems(backend)).toHaveLength(1);
    await valueOf(backend.invoke('incidents.void', { id: incident.id, reason: 'entered-in-error' }));
    expect(await checkInItems(backend)).toEqual([]);
    await refused(backend, () => backend.invoke('incidents.checkIns', { incidentId: incident.id }), 'conflict', /voided/);
  });

  it('§7: the intervals are the policy’s: a version stored before the parameter existed takes the defaults, and a change moves the reminders', async () => {
    const clock = clockOn('2026-11-20');
    const { backend, dataDir } = await newStore({}, clock);
    const db = await openStoreDirectly(dataDir, PASSPHRASE);
    // A version as PeerDesk stored it before follow-up intervals and load flags existed.
    const { followUpIntervals: _f, loadFlagMultiple: _l, deploymentsFlagCount: _c, deploymentsFlagDays: _d, ...older } = defaultPolicy;
    db.prepare('INSERT INTO policy_versions (version, config, changed_at, reason) VALUES (1, ?, ?, ?)').run(JSON.stringify({ ...older, tallyDueDay: 12 }), '2026-01-05T10:00:00.000Z', 'Policy 517 amended');
    db.close();
    const policy = await valueOf(backend.invoke('policy.get', {}));
    expect(policy.config).toMatchObject({ tallyDueDay: 12, followUpIntervals: defaultPolicy.followUpIntervals, loadFlagMultiple: 2, deploymentsFlagCount: 3, deploymentsFlagDays: 30 });

    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T08:00', category: 'other' }));
    await valueOf(backend.invoke('policy.update', { changes: { followUpIntervals: [{ amount: 3, unit: 'days' }, { amount: 12, unit: 'months' }] }, reason: 'Program decision 2026-11' }));
    expect((await valueOf(backend.invoke('incidents.checkIns', { incidentId: incident.id }))).map((c) => [c.label, c.dueOn])).toEqual([
      ['3 days', '2026-11-23'],
      ['12 months', '2027-11-20'],
    ]);
    stepDays(clock, 3);
    expect((await checkInItems(backend)).map((i) => i.id)).toEqual([`check-in-${incident.id}-3-days`]);
    expect(await backend.invoke('policy.update', { changes: { followUpIntervals: [] }, reason: 'No check-ins' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('policy.update', { changes: { followUpIntervals: [{ amount: 1, unit: 'weeks' }, { amount: 1, unit: 'weeks' }] }, reason: 'Twice' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('policy.update', { changes: { followUpIntervals: [{ amount: 25, unit: 'months' }] }, reason: 'Too far' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
