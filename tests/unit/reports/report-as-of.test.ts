import { describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../../src/shared/calendar';
import { addTrainedMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

const DAY = 24 * 60 * 60 * 1000;

describe('§3.E: the summary as it stood at the end of a past day (`asOf`)', () => {
  it('§2, §7, §3.E: what was recorded, voided or decided after the day is left out or undone; an edit it cannot undo is named; the store is only read', async () => {
    const { backend, clock } = await newStore();
    const day = toIsoDate(clock());
    const month = day.slice(0, 7);
    await addTrainedMember(backend);
    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: `${day}T07:00`, category: 'other', affectedStaffGroups: ['Juvenile Hall'] }));
    const session = await valueOf(backend.invoke('incidents.addIntervention', { incidentId: incident.id, kind: 'defusing', heldAt: `${day}T08:00`, durationHours: 1, attendeesSworn: 3, attendeesNonSworn: 0 }));
    const round = await valueOf(backend.invoke('selection.openRound', { openedOn: day, closesOn: addDays(day, 20), howToNominate: 'A memo to the Coordinator.' }));
    const candidate = await valueOf(backend.invoke('selection.nominate', { roundId: round.id, firstName: 'Lee', lastName: 'Okafor', staffGroup: 'Juvenile Hall', sworn: true, receivedOn: day, nominatedBy: 'Sam Reyes' }));
    const asOf = (input: object = {}) => valueOf(backend.invoke('reports.monthly', { month, asOf: day, ...input }));
    const then = await asOf();

    clock.advance(2 * DAY);
    const later = toIsoDate(clock());
    await valueOf(backend.invoke('incidents.voidIntervention', { id: session.interventions[0]?.id ?? 0, reason: 'entered-in-error' }));
    await valueOf(backend.invoke('incidents.record', { occurredAt: `${day}T12:00`, category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'] }));
    await valueOf(backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'not-selected', decidedOn: later, reason: 'timing' }));
    const now = await valueOf(backend.invoke('reports.monthly', { month }));
    expect(now.current).toMatchObject({ incidents: 2, groupInterventions: 0 });
    expect(now.team.inSelection).toBe(0);

    const audit = async () => (await valueOf(backend.invoke('audit.list', {}))).total;
    const lines = await audit();
    const past = await asOf();
    expect(past.current).toMatchObject({ incidents: 1, groupInterventions: 1 });
    expect(past.team).toMatchObject({ asOf: day, inSelection: 1, active: 1 });
    expect(past.preparedOn).toBe(day);
    expect(past.asItStood).toEqual({ day, keptChanges: [] });
    expect({ ...past, asItStood: undefined }).toEqual({ ...then, asItStood: undefined });
    expect(await audit()).toBe(lines);

    // An edit keeps only its latest values: the summary names it rather than hide it.
    await valueOf(backend.invoke('settings.set', { departmentName: 'Marlow County Probation' }));
    const named = await asOf();
    expect(named.asItStood?.keptChanges).toEqual(['Changed settings']);
    expect(named.departmentName).toBe('Marlow County Probation');
  });

  it('§3.E: an as-of day in the future is refused, and the summary of today equals the one as of today', async () => {
    const { backend, clock } = await newStore();
    const day = toIsoDate(clock());
    const month = day.slice(0, 7);
    const refused = await backend.invoke('reports.period', { from: month, to: month, asOf: addDays(day, 1) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'asOf' }] } } });
    const today = await valueOf(backend.invoke('reports.period', { from: month, to: month }));
    const asOfToday = await valueOf(backend.invoke('reports.period', { from: month, to: month, asOf: day }));
    expect({ ...asOfToday, asItStood: undefined }).toEqual({ ...today, asItStood: undefined });
  });
});
