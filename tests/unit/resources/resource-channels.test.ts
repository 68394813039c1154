import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { resourceStale } from '../../../src/main/domains/resources/rules';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { latestAudit, refused } from '../../helpers/refused';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';

const DAY = 86_400_000;
const eap = { kind: 'eap', name: 'Solano County EAP', phones: ['(707) 555-0190'], afterHours: false } as const;

async function withResource(backend: Backend, overrides: Record<string, unknown> = {}) {
  return valueOf(backend.invoke('resources.save', { ...eap, ...overrides }));
}

describe('§3.A, §4.D, §4.M: the directory of outside resources', () => {
  it('§4.D: adds a resource verified the day it is saved, changes it, and lists it with its staleness; each change audited by id only', async () => {
    const { backend } = await newStore();
    const added = await withResource(backend, { hours: 'Mon–Fri 8–5', languages: ['English', 'Spanish'], note: 'Ask for the intake desk' });
    expect(added).toMatchObject({ kind: 'eap', name: 'Solano County EAP', phones: ['(707) 555-0190'], hours: 'Mon–Fri 8–5', languages: ['English', 'Spanish'], afterHours: false, lastVerifiedOn: '2026-11-22', note: 'Ask for the intake desk', stale: false });
    expect(await latestAudit(backend)).toMatchObject({ action: 'resources.create', entity: 'resource', entityId: String(added.id) });

    const changed = await withResource(backend, { id: added.id, kind: 'crisis-line', name: 'Crisis Line', phones: ['988', '(800) 555-0199'], afterHours: true, lastVerifiedOn: '2026-01-10' });
    expect(changed).toMatchObject({ id: added.id, kind: 'crisis-line', phones: ['988', '(800) 555-0199'], hours: '', afterHours: true, lastVerifiedOn: '2026-01-10', note: '' });
    expect(await latestAudit(backend)).toMatchObject({ action: 'resources.update', entityId: String(added.id) });
    const audited = JSON.stringify((await valueOf(backend.invoke('audit.list', {}))).entries);
    expect(audited).not.toContain('Crisis Line');
    expect(audited).not.toContain('555-0199');

    await withResource(backend, { name: 'Dr. A. Rivera', kind: 'clinician', phones: ['(707) 555-0150'] });
    const list = await valueOf(backend.invoke('resources.list', {}));
    expect(list).toMatchObject({ today: '2026-11-22', verifyMonths: 12 });
    // Crisis lines first, then the EAP, clinicians, …
    expect(list.resources.map((r) => r.name)).toEqual(['Crisis Line', 'Dr. A. Rivera']);
  });

  it('§4.D: a phone is checked like a member phone, at least one is given, and a refused save writes nothing', async () => {
    const { backend } = await newStore();
    const save = (input: Record<string, unknown>) => () => backend.invoke('resources.save', { ...eap, ...input } as never);
    await refused(backend, save({ phones: [] }), 'validation');
    await refused(backend, save({ phones: [''] }), 'validation');
    await refused(backend, save({ phones: ['call the front desk'] }), 'validation');
    await refused(backend, save({ phones: ['12345'] }), 'validation');
    await refused(backend, save({ phones: ['98'] }), 'validation');
    await refused(backend, save({ name: '' }), 'validation');
    await refused(backend, save({ name: 'Line\u202Eevil' }), 'validation');
    await refused(backend, save({ kind: 'psychic' }), 'validation');
    await refused(backend, save({ afterHours: undefined }), 'validation');
    await refused(backend, save({ lastVerifiedOn: '2026-02-30' }), 'validation');
    await refused(backend, save({ staffName: 'Somebody' }), 'validation');
    expect((await valueOf(backend.invoke('resources.list', {}))).resources).toEqual([]);
  });

  it('§3.A: an entry cannot be verified after today; a duplicate or an unknown id is refused, writing nothing', async () => {
    const { backend } = await newStore();
    const added = await withResource(backend);
    await refused(backend, () => backend.invoke('resources.save', { ...eap, name: 'Other', lastVerifiedOn: '2026-11-23' }), 'validation', /after today/);
    await refused(backend, () => backend.invoke('resources.save', { ...eap, name: 'solano county eap' }), 'conflict', /already has/);
    await refused(backend, () => backend.invoke('resources.save', { ...eap, id: added.id + 1 }), 'not_found');
    await refused(backend, () => backend.invoke('resources.remove', { id: added.id + 1 }), 'not_found');
    // The same name under another kind is another entry; the entry itself may keep its name.
    await withResource(backend, { kind: 'other' });
    await withResource(backend, { id: added.id, hours: '24/7' });
    expect((await valueOf(backend.invoke('resources.list', {}))).resources).toHaveLength(2);
  });

  it('removes a resource, keeping the audit line with its id', async () => {
    const { backend } = await newStore();
    const added = await withResource(backend);
    expect(await valueOf(backend.invoke('resources.remove', { id: added.id }))).toBeNull();
    expect((await valueOf(backend.invoke('resources.list', {}))).resources).toEqual([]);
    expect(await latestAudit(backend)).toMatchObject({ action: 'resources.remove', entity: 'resource', entityId: String(added.id) });
  });
});

describe('§3.A: a resource not verified within the policy months is stale', () => {
  it('§3.A: stale only once more than resourceVerifyMonths have passed since it was verified', () => {
    expect(resourceStale('2025-12-05', '2026-12-05', 12)).toBe(false);
    expect(resourceStale('2025-12-05', '2026-12-06', 12)).toBe(true);
    expect(resourceStale('2026-01-31', '2026-02-28', 1)).toBe(false);
    expect(resourceStale('2026-01-31', '2026-03-01', 1)).toBe(true);
  });

  it('§3.A: the dashboard lists stale resources as one item from the day after the policy months, linking to the Resources screen', async () => {
    const { backend, clock } = await newStore();
    await withResource(backend, { lastVerifiedOn: '2025-11-22' });
    await withResource(backend, { name: 'Crisis Line', kind: 'crisis-line', lastVerifiedOn: '2025-11-23' });
    await withResource(backend, { name: 'St. Mary Hospital', kind: 'hospital' });
    const staleItem = async () => (await valueOf(backend.invoke('dashboard.today', {}))).items.find((i) => i.id === 'resources-stale');

    expect(await staleItem()).toBeUndefined();
    clock.advance(DAY); // 2026-11-23: the EAP was verified more than 12 months ago
    expect(await staleItem()).toMatchObject({ title: '1 resource not verified in 12 months', section: '§3.A', link: { screen: 'resources' } });
    expect((await valueOf(backend.invoke('resources.list', {}))).resources.filter((r) => r.stale).map((r) => r.name)).toEqual(['Solano County EAP']);
    clock.advance(DAY);
    expect(await staleItem()).toMatchObject({ title: '2 resources not verified in 12 months' });

    // Marked verified today: off the dashboard.
    const list = (await valueOf(backend.invoke('resources.list', {}))).resources;
    for (const r of list.filter((x) => x.stale)) await withResource(backend, { id: r.id, kind: r.kind, name: r.name, phones: r.phones, afterHours: r.afterHours, lastVerifiedOn: '2026-11-24' });
    expect(await staleItem()).toBeUndefined();
  });

  it('§3.A: the months are a policy parameter (default 12), changed as a new policy version', async () => {
    const { backend } = await newStore();
    expect((await valueOf(backend.invoke('policy.get', {}))).config.resourceVerifyMonths).toBe(12);
    await withResource(backend, { lastVerifiedOn: '2026-05-01' });
    expect((await valueOf(backend.invoke('resources.list', {}))).resources[0]?.stale).toBe(false);
    await valueOf(backend.invoke('policy.update', { changes: { resourceVerifyMonths: 6 }, reason: 'Verify twice a year' }));
    expect((await valueOf(backend.invoke('resources.list', {}))).resources[0]?.stale).toBe(true);
    expect((await valueOf(backend.invoke('dashboard.today', {}))).items.find((i) => i.id === 'resources-stale')?.title).toBe('1 resource not verified in 6 months');
    expect(await backend.invoke('policy.update', { changes: { resourceVerifyMonths: 0 }, reason: 'Never' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('§3.A: a policy version stored before the parameter existed reads it as the default 12 months', async () => {
    const { backend, dataDir } = await newStore();
    await valueOf(backend.invoke('policy.update', { changes: { tallyDueDay: 12 }, reason: 'Due later' }));
    backend.close();
    const db = await openStoreDirectly(dataDir);
    const stored = db.prepare('SELECT version, config FROM policy_versions ORDER BY version DESC LIMIT 1').get() as { version: number; config: string };
    const { resourceVerifyMonths: _dropped, ...older } = JSON.parse(stored.config) as Record<string, unknown>;
    db.prepare('UPDATE policy_versions SET config = ? WHERE version = ?').run(JSON.stringify(older), stored.version);
    db.close();
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect((await valueOf(backend.invoke('policy.get', {}))).config).toMatchObject({ tallyDueDay: 12, resourceVerifyMonths: 12 });
  });
});
