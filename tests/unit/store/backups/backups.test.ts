import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../../src/main/files/dialogs';
import { backupsToKeep, dailyBackupsRotatedBy } from '../../../../src/main/store/backups/retention';
import { headlessDialogs } from '../../../../src/main/files/dialogs';
import type { BackupInfo } from '../../../../src/shared/backups';
import { aMember } from '../../../helpers/members';
import { filesIn } from '../../../helpers/files-in';
import { openStoreDirectly } from '../../../helpers/open-store-directly';
import { tempDir } from '../../../helpers/temp-dir';
import { finishMaintenance, newStore, PASSPHRASE, valueOf } from '../../../helpers/test-backend';

const DAY = 86_400_000;

/** A daily backup made at noon on `day`. */
const made = (day: string): BackupInfo => ({ name: `b${day}`, createdAt: `${day}T12:00:00.000Z`, reason: 'daily', bytes: 1 });

/** Dialogs that save to and open from one chosen file. */
function fileDialogs(file: string): Dialogs {
  return { ...headlessDialogs, chooseSaveFile: async () => file, chooseOpenFile: async () => file };
}

async function memberNames(backend: Awaited<ReturnType<typeof newStore>>['backend']): Promise<string[]> {
  return (await valueOf(backend.invoke('roster.list', {}))).members.map((m) => m.displayName).sort();
}

/** Overwrites the last page of a database file: it still opens, and `quick_check` fails. */
function damageLastPage(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, statSync(file).size - 4096);
  closeSync(fd);
}

describe('backups', () => {
  it('"Back up now" writes an encrypted copy (VACUUM INTO) that verifies and holds no plaintext', async () => {
    const file = join(tempDir(), 'drive-backup.db');
    const { backend } = await newStore({ dialogs: fileDialogs(file) });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' })));
    expect(await valueOf(backend.invoke('backups.create', {}))).toEqual({ saved: true, fileName: 'drive-backup.db' });
    expect(readFileSync(file).includes(Buffer.from('Mensah'))).toBe(false);
    expect(await valueOf(backend.invoke('backups.verifyFile', {}))).toMatchObject({ ok: true, members: 1, fileName: 'drive-backup.db' });
  });

  it('restore verifies first, keeps the current data as a "before restore" backup, and a backup made under an older passphrase still opens', async () => {
    const file = join(tempDir(), 'drive-backup.db');
    const { backend, reopen } = await newStore({ dialogs: fileDialogs(file) });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' })));
    await valueOf(backend.invoke('backups.create', {}));
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Later', lastName: 'Addition', workPhone: '(707) 555-0177' })));
    const next = 'another long passphrase 77';
    await valueOf(backend.invoke('session.changePassphrase', { current: PASSPHRASE, next, confirmation: next }));

    expect(await valueOf(backend.invoke('backups.restoreFile', {}))).toEqual({ restored: true });
    expect(await memberNames(backend)).toEqual(['Grace Mensah']);
    const listed = await valueOf(backend.invoke('backups.list', {}));
    expect(listed.backups.map((b) => b.reason)).toContain('before-restore');
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'backups.restore' });

    backend.close();
    const again = reopen({ dialogs: fileDialogs(file) });
    await valueOf(again.invoke('session.unlock', { passphrase: next }));
    expect(await memberNames(again)).toEqual(['Grace Mensah']);
    // The data that was replaced is in the "before restore" backup.
    const before = listed.backups.find((b) => b.reason === 'before-restore') as BackupInfo;
    await valueOf(again.invoke('backups.restoreAutomatic', { name: before.name }));
    expect(await memberNames(again)).toEqual(['Grace Mensah', 'Later Addition']);
  });

  it('a damaged or foreign file is refused before anything changes', async () => {
    const file = join(tempDir(), 'not-a-backup.db');
    writeFileSync(file, 'SQLite format 3\0 but not really');
    const { backend, dataDir } = await newStore({ dialogs: fileDialogs(file) });
    await valueOf(backend.invoke('roster.create', aMember()));
    const databaseBefore = statSync(join(dataDir, 'peerdesk.db')).mtimeMs;
    const refused = await backend.invoke('backups.restoreFile', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/cannot be restored/) } });
    expect(await valueOf(backend.invoke('backups.verifyFile', {}))).toMatchObject({ ok: false, problem: expect.any(String) });
    expect(await memberNames(backend)).toHaveLength(1);
    expect(statSync(join(dataDir, 'peerdesk.db')).mtimeMs).toBe(databaseBefore);
  });

  it('the first unlock of each day makes one automatic backup, after unlock has answered: the check first, then the backup', async () => {
    const { backend, clock, dataDir } = await newStore();
    const backups = () => readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('-daily.db'));
    expect(backups()).toHaveLength(1);
    backend.close();
    // A later unlock the same day owes the check only.
    expect(await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }))).toMatchObject({ state: 'unlocked', maintenance: 'check' });
    expect(await finishMaintenance(backend)).toEqual(['check']);
    expect(backups()).toHaveLength(1);
    backend.close();
    clock.advance(DAY);
    expect(await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }))).toMatchObject({ state: 'unlocked', maintenance: 'check' });
    // Unlock answered without the backup; the window asks for it once the first screen is shown.
    expect(backups()).toHaveLength(1);
    expect(await valueOf(backend.invoke('session.maintenance', {}))).toMatchObject({ ran: 'check', next: 'backup', backupMadeAt: null });
    expect(await valueOf(backend.invoke('session.maintenance', {}))).toMatchObject({ ran: 'backup', next: null, backupMadeAt: expect.stringMatching(/^2026-11-23T09:00/), backupProblem: null });
    expect(backups()).toHaveLength(2);
    expect(await valueOf(backend.invoke('session.maintenance', {}))).toMatchObject({ ran: null, next: null });
    expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ maintenance: null });
  });

  it('the day\'s backup is still made when the app is locked right after the first unlock of the day, before the window asked for it', async () => {
    const { backend, clock, dataDir } = await newStore();
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' })));
    backend.close();
    clock.advance(DAY);
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    await valueOf(backend.invoke('session.lock', {}));
    const daily = readdirSync(join(dataDir, 'backups')).filter((n) => n.startsWith('peerdesk-2026-11-23'));
    expect(daily).toEqual(['peerdesk-2026-11-23T090000-daily.db']);
    // Locked, nothing is owed and nothing runs.
    expect(await valueOf(backend.invoke('session.maintenance', {}))).toMatchObject({ ran: null, next: null });
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect(await finishMaintenance(backend)).toEqual(['check']);
  });

  it('data safety: a lock between the check and the backup loses nothing: the backup is made at the lock, verifies and holds every member; the store passes integrity_check', async () => {
    const { backend, clock, dataDir } = await newStore();
    for (let i = 0; i < 20; i++) await valueOf(backend.invoke('roster.create', aMember({ lastName: `Member${i}`, workPhone: `(707) 555-${1000 + i}` })));
    backend.close();
    clock.advance(DAY);
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect(await valueOf(backend.invoke('session.maintenance', {}))).toMatchObject({ ran: 'check', next: 'backup' });
    // A write between the steps, then the lock (menu, idle, quit) while the backup is still owed.
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Late', lastName: 'Addition', workPhone: '(707) 555-0999' })));
    await valueOf(backend.invoke('session.lock', {}));
    const [daily] = readdirSync(join(dataDir, 'backups')).filter((n) => n.startsWith('peerdesk-2026-11-23'));
    expect(daily).toBe('peerdesk-2026-11-23T090000-daily.db');
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect(await memberNames(backend)).toHaveLength(21);
    expect(await valueOf(backend.invoke('backups.restoreAutomatic', { name: daily ?? '' }))).toEqual({ restored: true });
    expect(await memberNames(backend)).toHaveLength(21);
    backend.close();
    const db = await openStoreDirectly(dataDir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('retention keeps the newest of the last 7 days, 4 weeks and 12 months, and nothing else', () => {
    const start = Date.parse('2025-01-01T08:00:00Z');
    const daily: BackupInfo[] = Array.from({ length: 500 }, (_, i) => {
      const at = new Date(start + i * DAY).toISOString();
      return { name: `b${i}`, createdAt: at, reason: 'daily', bytes: 1 };
    });
    const keep = backupsToKeep(daily);
    const kept = daily.filter((b) => keep.has(b.name)).map((b) => b.createdAt.slice(0, 10));
    expect(kept.slice(-7)).toEqual(daily.slice(-7).map((b) => b.createdAt.slice(0, 10)));
    expect(new Set(kept.map((d) => d.slice(0, 7))).size).toBe(12);
    expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12);
    expect(keep.size).toBeGreaterThanOrEqual(12 + 7 - 1);
  });

  it('§2.A: after a purge the Coordinator deletes a backup and every older one; a fresh backup is made first, the count is audited', async () => {
    const { backend, clock, dataDir } = await newStore();
    for (let day = 0; day < 2; day++) {
      backend.close();
      clock.advance(DAY);
      await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    }
    await finishMaintenance(backend);
    const files = () => readdirSync(join(dataDir, 'backups')).sort();
    const [newest, middle, oldest] = (await valueOf(backend.invoke('backups.list', {}))).backups.map((b) => b.name);
    expect(files()).toEqual([oldest, middle, newest].sort());

    expect(await backend.invoke('backups.deleteUpTo', { upTo: middle ?? '' } as never)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('backups.deleteUpTo', { upTo: 'peerdesk-2020-01-01T000000-daily.db', confirm: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.invoke('backups.deleteUpTo', { upTo: '../peerdesk.db', confirm: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(files()).toHaveLength(3);

    clock.advance(60_000);
    expect(await valueOf(backend.invoke('backups.deleteUpTo', { upTo: oldest ?? '', confirm: true }))).toEqual({ deleted: 1 });
    const [fresh] = (await valueOf(backend.invoke('backups.list', {}))).backups;
    // One daily backup a day: the fresh one takes the place of today's earlier one (`newest`).
    expect(files()).toEqual([middle, fresh?.name].sort());
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'backups.deleteUpTo', entityId: expect.stringMatching(/^1 up to /) });

    // The backup made on the day of a purge can go too: the fresh one holds the data as it is now.
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' })));
    clock.advance(60_000);
    expect(await valueOf(backend.invoke('backups.deleteUpTo', { upTo: fresh?.name ?? '', confirm: true }))).toEqual({ deleted: 2 });
    const [last, ...rest] = (await valueOf(backend.invoke('backups.list', {}))).backups;
    expect(rest).toEqual([]);
    expect(files()).toEqual([last?.name]);
    // It holds the data as it was when asked: restoring it brings back the member added just before.
    await valueOf(backend.invoke('backups.restoreAutomatic', { name: last?.name ?? '' }));
    expect(await memberNames(backend)).toEqual(['Grace Mensah']);
  });

  it('§2.A: the rotation has let go of every daily backup of a month on the first of the twelfth month after', () => {
    expect(dailyBackupsRotatedBy('2026-12-05')).toBe('2027-12-01');
    expect(dailyBackupsRotatedBy('2026-01-31')).toBe('2027-01-01');
    // Proven against the rotation itself: a backup each day for a year after, and the month's backups are gone on that day, not before.
    const days = Array.from({ length: 400 }, (_, i) => new Date(Date.parse('2026-12-01T12:00:00Z') + i * DAY).toISOString().slice(0, 10));
    const upTo = (last: string) => days.filter((d) => d <= last).map(made);
    const decemberKept = (last: string) => [...backupsToKeep(upTo(last))].filter((n) => n.startsWith('b2026-12'));
    expect(decemberKept('2027-11-30')).not.toEqual([]);
    expect(decemberKept('2027-12-01')).toEqual([]);
  });

  it('a backup is made before a migration', async () => {
    const { backend, dataDir } = await newStore();
    backend.close();
    const db = await openStoreDirectly(dataDir);
    db.exec('DROP TABLE candidate_purges; DROP TABLE candidate_exceptions; DROP TABLE nominations; DROP TABLE candidates; DROP TABLE recruitment_rounds;');
    db.exec('ALTER TABLE member_status_changes DROP COLUMN chief_decided_by; ALTER TABLE member_status_changes DROP COLUMN exception_reference; ALTER TABLE member_status_changes DROP COLUMN commitment_starts_on;');
    // The columns 0013 adds to mark a record voided.
    for (const table of ['incidents', 'interventions', 'deployments', 'exception_notices', 'training_sessions']) {
      db.exec(`ALTER TABLE ${table} DROP COLUMN voided_at; ALTER TABLE ${table} DROP COLUMN voided_by; ALTER TABLE ${table} DROP COLUMN void_reason;`);
    }
    // The index 0014 adds, and the audit log as it was before 0015 made it compact.
    db.exec('DROP INDEX members_in_roster_order');
    // The directory of outside resources 0016 adds.
    db.exec('DROP TABLE resources');
    // The §7 check-ins 0017 adds.
    db.exec('DROP TABLE incident_check_ins');
    db.exec(`DROP VIEW audit_lines; DROP TABLE audit_log; DROP TABLE audit_words;
      CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT) STRICT;`);
    // Overtime requests as version 8 made them, before 0011 linked them to deployments.
    db.exec(`DROP TABLE overtime_requests;
      CREATE TABLE overtime_requests (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL, worked_on TEXT NOT NULL, hours REAL NOT NULL, activity TEXT NOT NULL, incident_id INTEGER, decision TEXT NOT NULL, manager_name TEXT, decided_on TEXT) STRICT;`);
    db.pragma('user_version = 8');
    db.close();
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect(readdirSync(join(dataDir, 'backups')).some((n) => n.endsWith('-before-migration.db'))).toBe(true);
    expect(await valueOf(backend.invoke('selection.overview', {}))).toMatchObject({ candidates: [] });
  });

  it('quick_check after unlock: a damaged database is found by the deferred check, the session locks, and the error names the latest good backup, which restores from the Unlock screen', async () => {
    const { backend, dataDir, clock } = await newStore();
    for (let i = 0; i < 40; i++) await valueOf(backend.invoke('roster.create', aMember({ lastName: `Member${i}`, workPhone: `(707) 555-${String(1000 + i)}` })));
    backend.close();
    clock.advance(DAY);
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    backend.close(); // today's backup, 40 members, made at the lock
    const file = join(dataDir, 'peerdesk.db');
    damageLastPage(file);
    clock.advance(DAY);
    const before = filesIn(dataDir);

    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    const refused = await backend.invoke('session.maintenance', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/failed its integrity check\. Restore the latest good backup/), details: { backup: expect.stringMatching(/-daily\.db$/) } } });
    expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ state: 'locked', maintenance: null });
    // No backup of the damaged file was made, and the file was not written to.
    expect(filesIn(dataDir)).toEqual(before);
    const name = refused.ok ? '' : String(refused.error.details?.backup);
    expect(await backend.invoke('session.restoreBackup', { passphrase: 'wrong passphrase here', name })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await valueOf(backend.invoke('session.restoreBackup', { passphrase: PASSPHRASE, name }))).toMatchObject({ state: 'unlocked' });
    expect(await memberNames(backend)).toHaveLength(40);
    expect(readdirSync(join(dataDir, 'backups')).some((n) => n.endsWith('-before-restore.db'))).toBe(true);
  });

  it('data safety: a write before the deferred check ran runs the check first: on a damaged file it is refused, the session locks, and nothing is written', async () => {
    const { backend, dataDir, clock } = await newStore();
    for (let i = 0; i < 40; i++) await valueOf(backend.invoke('roster.create', aMember({ lastName: `Member${i}`, workPhone: `(707) 555-${String(1000 + i)}` })));
    backend.close();
    damageLastPage(join(dataDir, 'peerdesk.db'));
    clock.advance(60_000);
    const before = filesIn(dataDir);
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    const refused = await backend.invoke('roster.create', aMember({ firstName: 'Never', lastName: 'Written', workPhone: '(707) 555-0998' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/failed its integrity check/), details: { backup: expect.stringMatching(/-daily\.db$/) } } });
    expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ state: 'locked' });
    expect(filesIn(dataDir)).toEqual(before);
  });
});
