import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/main/files/atomic-write';
import { filesIn } from '../../helpers/files-in';
import { aMember } from '../../helpers/members';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

const writer = join('out', 'test', 'file-writer.cjs');
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('atomic file writes', () => {
  it('replaces the content and leaves no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'keys.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['keys.json']);
  });

  it('a file given in parts (a backup: header, database, log) is the parts in order, nothing lost at their seams', () => {
    const dir = tempDir();
    const target = join(dir, 'backup.db');
    // A file copied in, larger than one chunk of the copy, with a last chunk that is not full.
    const database = join(tempDir(), 'vacuumed.db');
    const databaseBytes = Buffer.from(Array.from({ length: 2_500_000 }, (_, i) => i % 251));
    writeFileSync(database, databaseBytes);
    writeFileAtomic(target, [Buffer.from('head'), Buffer.alloc(0), { copyOf: database }, Buffer.alloc(200_000, 7), Buffer.from('tail')]);
    expect(readFileSync(target).equals(Buffer.concat([Buffer.from('head'), databaseBytes, Buffer.alloc(200_000, 7), Buffer.from('tail')]))).toBe(true);
    expect(readdirSync(dir)).toEqual(['backup.db']);
  });

  it('leaves the previous file intact when the folder cannot be written', () => {
    const dir = tempDir();
    const target = join(dir, 'keys.json');
    writeFileSync(target, 'old');
    // A target path whose folder is a file fails on every platform and for root too.
    expect(() => writeFileAtomic(join(target, 'nested.json'), 'new')).toThrow(/ENOTDIR/);
    expect(() => writeFileAtomic(join(dir, 'missing', 'keys.json'), 'new')).toThrow(/ENOENT/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['keys.json']);
  });

  it('data safety: the temporary file of a write killed with SIGKILL before its rename is removed by the next write; a live writer\'s is kept', () => {
    buildSync({ entryPoints: ['tests/unit/reliability/file-writer.ts'], outfile: writer, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
    const dir = tempDir();
    const target = join(dir, 'keys.json');
    writeFileSync(target, 'old');
    const killed = spawnSync(process.execPath, [writer, 'atomic', target], { encoding: 'utf8' });
    expect(killed.signal).toBe('SIGKILL');
    const leftovers = readdirSync(dir).filter((name) => name !== 'keys.json');
    expect(leftovers).toEqual([expect.stringMatching(new RegExp(`^\\.keys\\.json\\.${killed.pid}\\.[0-9a-f]{12}\\.tmp$`))]);
    expect(readFileSync(target, 'utf8')).toBe('old');
    // A write in progress in a running process (our parent runs), and one of an earlier version from long ago.
    const live = `.keys.json.${process.ppid}.0123456789ab.tmp`;
    const ancient = '.keys.json.abcdef012345.tmp';
    writeFileSync(join(dir, live), 'in progress');
    writeFileSync(join(dir, ancient), 'left by an earlier version');
    utimesSync(join(dir, ancient), new Date('2001-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z'));

    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual([live, 'keys.json']);
  });

  it.skipIf(process.platform === 'win32')('data safety: the data folder and its backups folder are 0700 and every file PeerDesk creates in them is 0600', async () => {
    const file = join(tempDir(), 'drive-backup.db');
    const dialogs = { chooseSaveFile: async () => file, chooseOpenFile: async () => file, chooseFolder: async () => null };
    // The app's data folder exists before setup (Electron makes it, 0755): setup makes it the owner's.
    const dataDir = join(tempDir(), 'PeerDesk');
    mkdirSync(dataDir, { mode: 0o755 });
    const { backend, reopen } = await newStore({ dataDir, dialogs });
    await valueOf(backend.invoke('roster.create', aMember()));
    await valueOf(backend.invoke('backups.create', {}));
    await valueOf(backend.invoke('backups.restoreFile', {}));
    backend.close();
    const again = reopen();
    expect(await again.invoke('session.unlock', { passphrase: 'not the passphrase' })).toMatchObject({ ok: false });
    expect(mode(join(dataDir, 'unlock-throttle.json'))).toBe('600');
    await valueOf(again.invoke('session.unlock', { passphrase: PASSPHRASE }));
    await valueOf(again.invoke('roster.create', aMember({ firstName: 'Second', workPhone: '(707) 555-0190' })));
    expect(mode(dataDir)).toBe('700');
    expect(mode(join(dataDir, 'backups'))).toBe('700');
    const created = Object.keys(filesIn(dataDir));
    expect(created).toEqual(expect.arrayContaining(['keys.json', 'peerdesk.db', 'peerdesk.db-wal', 'peerdesk.db-shm']));
    expect(created.filter((name) => name.startsWith('backups/')).length).toBeGreaterThanOrEqual(2);
    expect(Object.fromEntries(created.map((name) => [name, mode(join(dataDir, name))]))).toEqual(Object.fromEntries(created.map((name) => [name, '600'])));
    expect(mode(file)).toBe('600');
  });
});
