import { closeSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aMember } from '../../helpers/members';
import { filesIn } from '../../helpers/files-in';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';

const DAY = 86_400_000;

/** A store with 5 members, a daily backup that holds them, locked. */
async function lockedStoreWithBackup() {
  const store = await newStore();
  for (let i = 0; i < 5; i++) await valueOf(store.backend.invoke('roster.create', aMember({ lastName: `Member${i}`, workPhone: `(707) 555-${1000 + i}` })));
  store.backend.close();
  store.clock.advance(DAY);
  await valueOf(store.backend.invoke('session.unlock', { passphrase: PASSPHRASE })); // today's backup: 5 members
  store.backend.close();
  const newest = Object.keys(filesIn(join(store.dataDir, 'backups'))).sort().at(-1) as string;
  return { ...store, newest };
}

function halfTruncate(file: string): void {
  truncateSync(file, Math.floor(statSync(file).size / 2));
}

describe('data safety: a missing or damaged peerdesk.db is never replaced by an empty store', () => {
  for (const [what, damage, problem] of [
    ['deleted', (f: string) => rmSync(f), /^peerdesk\.db is missing from the data folder; PeerDesk did not create a new, empty one\./],
    ['truncated to 0 bytes', (f: string) => truncateSync(f, 0), /^peerdesk\.db is empty \(0 bytes\)/],
    ['overwritten from the start', (f: string) => writeFileSync(f, Buffer.alloc(8192, 0x41)), /^peerdesk\.db is damaged: it does not open with its key\./],
  ] as const) {
    it(`data safety: peerdesk.db ${what} → unlock refused, naming the problem and the newest good backup; the folder stays byte-identical`, async () => {
      const { backend, dataDir, newest } = await lockedStoreWithBackup();
      damage(join(dataDir, 'peerdesk.db'));
      const before = filesIn(dataDir);
      const refused = await backend.invoke('session.unlock', { passphrase: PASSPHRASE });
      expect(refused).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(problem), details: { backup: newest } } });
      expect(refused.ok ? '' : refused.error.message).toContain(`Restore the latest good backup, made 2026-11-23 09:00 UTC (backups/${newest}).`);
      expect(filesIn(dataDir)).toEqual(before);
      expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ state: 'locked' });

      // The user chooses to restore it; the store opens with every member.
      await valueOf(backend.invoke('session.restoreBackup', { passphrase: PASSPHRASE, name: newest }));
      expect((await valueOf(backend.invoke('roster.list', {}))).members).toHaveLength(5);
      backend.close();
    });
  }

  it('data safety: peerdesk.db deleted and no backup in the folder → refused with the way to restore from a drive, and no new database', async () => {
    const { backend, dataDir } = await lockedStoreWithBackup();
    rmSync(join(dataDir, 'peerdesk.db'));
    rmSync(join(dataDir, 'backups'), { recursive: true });
    const before = filesIn(dataDir);
    expect(await backend.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/^peerdesk\.db is missing .* There is no good backup in the data folder\. To restore one from your removable drive/), details: { backup: null } },
    });
    expect(filesIn(dataDir)).toEqual(before);
  });

  it('data safety: a wrong passphrase is still "Wrong passphrase" when the database is missing (the key is checked first)', async () => {
    const { backend, dataDir } = await lockedStoreWithBackup();
    rmSync(join(dataDir, 'peerdesk.db'));
    expect(await backend.invoke('session.unlock', { passphrase: 'not the passphrase at all' })).toMatchObject({ ok: false, error: { code: 'locked', message: 'Wrong passphrase' } });
  });
});

describe('data safety: keys.json is kept with a copy, and damage is named as such', () => {
  it('data safety: keys.backup.json is written in step with keys.json at setup, passphrase change and recovery', async () => {
    const { backend, dataDir, recoveryCode } = await newStore();
    const keys = () => readFileSync(join(dataDir, 'keys.json'), 'utf8');
    const copy = () => readFileSync(join(dataDir, 'keys.backup.json'), 'utf8');
    expect(copy()).toBe(keys());
    const next = 'another long passphrase 77';
    await valueOf(backend.invoke('session.changePassphrase', { current: PASSPHRASE, next, confirmation: next }));
    expect(copy()).toBe(keys());
    backend.close();
    const third = 'a third long passphrase 88';
    await valueOf(backend.invoke('session.recover', { recoveryCode, next: third, confirmation: third }));
    expect(copy()).toBe(keys());
    // A store made before the copy existed gets one at its next unlock.
    backend.close();
    rmSync(join(dataDir, 'keys.backup.json'));
    await valueOf(backend.invoke('session.unlock', { passphrase: third }));
    expect(copy()).toBe(keys());
    backend.close();
  });

  for (const [what, damage, problem] of [
    ['half-truncated', halfTruncate, 'keys.json is damaged: it is cut short or overwritten'],
    ['empty', (f: string) => truncateSync(f, 0), 'keys.json is damaged: it is empty'],
    ['replaced by other JSON', (f: string) => writeFileSync(f, '{"format":1}'), 'keys.json is damaged: it does not hold the wrapped keys'],
    ['missing', (f: string) => rmSync(f), 'keys.json is missing'],
  ] as const) {
    it(`data safety: keys.json ${what} is named as such (never "Wrong passphrase"), and its intact copy is offered and restores it`, async () => {
      const { backend, dataDir } = await lockedStoreWithBackup();
      const keysFile = join(dataDir, 'keys.json');
      const good = readFileSync(keysFile, 'utf8');
      damage(keysFile);
      const before = filesIn(dataDir);
      for (const passphrase of [PASSPHRASE, 'not the passphrase at all']) {
        const refused = await backend.invoke('session.unlock', { passphrase });
        expect(refused).toMatchObject({ ok: false, error: { code: 'io', details: { keyFileCopy: true } } });
        expect(refused.ok ? '' : refused.error.message).toContain(`${problem}`);
        expect(refused.ok ? '' : refused.error.message).toContain('Its copy, keys.backup.json, is intact: choose "Use the copy"');
      }
      expect(filesIn(dataDir)).toEqual(before);
      expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ state: 'locked' });

      expect(await valueOf(backend.invoke('session.useKeyFileCopy', {}))).toMatchObject({ state: 'locked' });
      expect(readFileSync(keysFile, 'utf8')).toBe(good);
      // The damaged file is kept, byte for byte, under a dated name.
      const kept = readdirSync(dataDir).filter((name) => name.startsWith('keys.damaged-'));
      expect(kept.map((name) => readFileSync(join(dataDir, name)))).toEqual(before['keys.json'] ? [before['keys.json']] : []);
      await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
      expect((await valueOf(backend.invoke('roster.list', {}))).members).toHaveLength(5);
      backend.close();
    });
  }

  it('data safety: keys.json damaged and its copy too → a plain sentence that points to a backup file, no "internal", nothing changed', async () => {
    const { backend, dataDir } = await lockedStoreWithBackup();
    halfTruncate(join(dataDir, 'keys.json'));
    const fd = openSync(join(dataDir, 'keys.backup.json'), 'r+');
    writeSync(fd, 'garbage', 0);
    closeSync(fd);
    const before = filesIn(dataDir);
    expect(await backend.invoke('session.unlock', { passphrase: PASSPHRASE })).toEqual({
      ok: false,
      error: {
        code: 'io',
        message:
          'keys.json is damaged: it is cut short or overwritten (not a complete key file), and its copy keys.backup.json is damaged too: it is cut short or overwritten (not a complete key file). Restore a backup file into an empty data folder: a backup carries its own keys.',
      },
    });
    expect(await backend.invoke('session.useKeyFileCopy', {})).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(filesIn(dataDir)).toEqual(before);
  });
});
