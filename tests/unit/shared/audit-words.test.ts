import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import { actorName, auditActionLabel, auditRecordText } from '../../../src/shared/audit';
import { newStore, valueOf } from '../../helpers/test-backend';

describe('the audit log reads as words: who by name, what in plain language', () => {
  it('the Coordinator by the name in Settings, else "the Coordinator"; the admin CLI as such', () => {
    expect(actorName('coordinator', 'Jordan Ellery')).toBe('Jordan Ellery');
    expect(actorName('coordinator', '')).toBe('the Coordinator');
    expect(actorName('cli', 'Jordan Ellery')).toBe('the admin CLI');
  });

  it('every action the demo program writes has a label', async () => {
    const { backend, clock } = await newStore();
    await seedDemo(backend, clock());
    const actions = new Set<string>();
    for (let page = 1; ; page++) {
      const { entries } = await valueOf(backend.invoke('audit.list', { page, pageSize: 500 }));
      if (entries.length === 0) break;
      for (const entry of entries) actions.add(entry.action);
    }
    expect(actions.size).toBeGreaterThan(15);
    expect([...actions].filter((action) => auditActionLabel(action) === action)).toEqual([]);
  });

  it('§3.E: every correction and void reads as words too', () => {
    const corrections = [
      'incidents.update', 'incidents.void', 'incidents.correctAssessment', 'incidents.clearAssessment', 'incidents.updateIntervention', 'incidents.voidIntervention',
      'incidents.updateDeployment', 'incidents.voidDeployment', 'overtime.update', 'overtime.void', 'overtime.correctDecision', 'notices.update', 'notices.void',
      'training.updateSession', 'training.cancelSession', 'selection.updateRound', 'selection.voidRound',
    ];
    expect(corrections.filter((action) => auditActionLabel(action) === action)).toEqual([]);
  });

  it('§3.E: a correction\'s reason code reads as its label in the log', () => {
    expect(auditRecordText('incident', '12: wrong-details; overtime request 7 voided')).toBe('incident 12 — Details were wrong; overtime request 7 voided');
    expect(auditRecordText('tally', '4/2026-10')).toBe('tally 4/2026-10');
    expect(auditRecordText('settings', null)).toBe('settings');
  });
});
