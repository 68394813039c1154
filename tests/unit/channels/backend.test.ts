import { auditActionLabel } from '../../../src/shared/audit';
import { describe, expect, it } from 'vitest';
import { channels, isSessionChannel } from '../../../src/shared/contract';
import { defaultPolicy } from '../../../src/shared/policy';
import { newStore, valueOf } from '../../helpers/test-backend';

describe('the IPC envelope', () => {
  it("every channel but session.* answers 'locked' while locked", async () => {
    const { backend } = await newStore();
    backend.close();
    for (const channel of channels.filter((c) => !isSessionChannel(c))) {
      const result = await backend.invoke(channel, {});
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ state: 'locked' });
  });

  it('an unknown channel is a validation error', async () => {
    const { backend } = await newStore();
    expect(await backend.invoke('settings.drop', {})).toMatchObject({ ok: false, error: { code: 'validation', message: /Unknown channel/ } });
  });
});

describe('settings', () => {
  it('returns defaults until set, takes a partial object, and audits the change without its content', async () => {
    const { backend } = await newStore();
    expect(await valueOf(backend.invoke('settings.get', {}))).toMatchObject({ autoLockMinutes: 10, programName: 'Peer Support Program' });
    const saved = await valueOf(backend.invoke('settings.set', { departmentName: 'Marlow County', autoLockMinutes: 15 }));
    expect(saved).toMatchObject({ departmentName: 'Marlow County', autoLockMinutes: 15, programName: 'Peer Support Program' });
    const audit = await valueOf(backend.invoke('audit.list', {}));
    expect(audit.entries[0]).toMatchObject({ action: 'settings.set', entity: 'settings', entityId: 'autoLockMinutes,departmentName', actor: 'coordinator' });
    expect(JSON.stringify(audit)).not.toContain('Marlow');
  });

  it.each([
    [{ autoLockMinutes: 'abc' }, 'autoLockMinutes'],
    [{ autoLockMinutes: 0 }, 'autoLockMinutes'],
    [{ autoLockMinutes: 241 }, 'autoLockMinutes'],
    [{ autoLockMinutes: 2.5 }, 'autoLockMinutes'],
    [{ departmentName: 42 }, 'departmentName'],
    [{ favouriteColour: 'green' }, ''],
  ])('rejects %j as a validation error naming the field, and writes nothing', async (patch, field) => {
    const { backend } = await newStore();
    const before = await valueOf(backend.invoke('audit.list', {}));
    const result = await backend.invoke('settings.set', patch);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: field }] } } });
    expect(await valueOf(backend.invoke('settings.get', {}))).toMatchObject({ autoLockMinutes: 10, departmentName: '' });
    expect((await valueOf(backend.invoke('audit.list', {}))).total).toBe(before.total);
  });
});

describe('audit.list', () => {
  it('pages through the log newest first', async () => {
    const { backend } = await newStore();
    for (let i = 1; i <= 7; i++) await valueOf(backend.invoke('settings.set', { autoLockMinutes: i }));
    const first = await valueOf(backend.invoke('audit.list', { page: 1, pageSize: 3 }));
    const third = await valueOf(backend.invoke('audit.list', { page: 3, pageSize: 3 }));
    expect(first.total).toBe(8); // setup + 7 changes
    expect(first.entries).toHaveLength(3);
    expect(first.entries[0]?.id).toBeGreaterThan(first.entries[2]?.id ?? Infinity);
    expect(third.entries.map((e) => e.action)).toEqual(['settings.set', 'session.setup']);
    expect(await backend.invoke('audit.list', { pageSize: 10_000 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('shows one area at a time, with its own count; an unknown area is refused', async () => {
    const { backend } = await newStore();
    for (let i = 1; i <= 3; i++) await valueOf(backend.invoke('settings.set', { autoLockMinutes: i }));
    const settings = await valueOf(backend.invoke('audit.list', { area: 'settings' }));
    expect(settings.total).toBe(3);
    expect(new Set(settings.entries.map((e) => e.action))).toEqual(new Set(['settings.set']));
    expect(await valueOf(backend.invoke('audit.list', { area: 'session' }))).toMatchObject({ total: 1, entries: [{ action: 'session.setup' }] });
    expect((await valueOf(backend.invoke('audit.list', { area: 'roster' }))).total).toBe(0);
    expect(await backend.invoke('audit.list', { area: 'settings%' } as never)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(auditActionLabel('roster.status.removed')).toBe('Status: removed');
    expect(auditActionLabel('something.new')).toBe('something.new');
  });
});

describe('policy configuration', () => {
  it('starts from the Policy 517 defaults (§2.B three years, §4.I two misses, §6 due the 10th)', async () => {
    const { backend } = await newStore();
    const policy = await valueOf(backend.invoke('policy.get', {}));
    expect(policy).toMatchObject({ version: 0, reason: 'Policy 517 defaults' });
    expect(policy.config).toEqual(defaultPolicy);
    expect(policy.config).toMatchObject({ commitmentYears: 3, consecutiveMissesForInactive: 2, tallyDueDay: 10, smallCellSize: 3 });
  });

  it('a change becomes a new, audited version with its reason; the rest is kept', async () => {
    const { backend } = await newStore();
    const v1 = await valueOf(backend.invoke('policy.update', { changes: { tallyDueDay: 15 }, reason: 'Policy 517 amended' }));
    expect(v1).toMatchObject({ version: 1, reason: 'Policy 517 amended', config: { ...defaultPolicy, tallyDueDay: 15 } });
    const v2 = await valueOf(backend.invoke('policy.update', { changes: { smallCellSize: 5 }, reason: 'Chief asked for k=5' }));
    expect(v2.config).toMatchObject({ tallyDueDay: 15, smallCellSize: 5 });
    expect(await valueOf(backend.invoke('policy.get', {}))).toMatchObject({ version: 2 });
    const audit = await valueOf(backend.invoke('audit.list', {}));
    expect(audit.entries.slice(0, 2).map((e) => [e.action, e.entityId])).toEqual([
      ['policy.update', 'smallCellSize'],
      ['policy.update', 'tallyDueDay'],
    ]);
  });

  it('rejects out-of-range or inconsistent parameters and an unknown parameter, writing nothing', async () => {
    const { backend } = await newStore();
    const cases = [
      { changes: { tallyDueDay: 31 }, reason: 'typo' },
      { changes: { debriefingWindowDays: { from: 12, to: 3 } }, reason: 'backwards' },
      { changes: { refresherNoticeDays: 0 }, reason: 'no notice' },
      { changes: { lunchBreakMinutes: 30 }, reason: 'not a parameter' },
      { changes: { commitmentYears: 4 } },
    ];
    for (const input of cases) {
      expect(await backend.invoke('policy.update', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await valueOf(backend.invoke('policy.get', {}))).toMatchObject({ version: 0 });
    expect((await valueOf(backend.invoke('audit.list', {}))).total).toBe(1);
  });
});
