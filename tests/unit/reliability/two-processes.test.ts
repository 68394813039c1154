import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliOnTestDay } from '../../helpers/cli';
import { addTrainedMember } from '../../helpers/members';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';

const writer = join('out', 'test', 'store-writer.cjs');
const OPEN_ELSEWHERE = 'PeerDesk is open in another window or process; close it, then restore.';

interface Writer {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the acknowledged names and the refusals once the writer printed `done`. */
  finished: Promise<{ acknowledged: string[]; refused: string[] }>;
}

/** A second process on the store: adds `count` members, then stays unlocked until stopped. */
function startWriter(dataDir: string, prefix: string, count: number): Writer {
  const child = spawn(process.execPath, [writer, dataDir, PASSPHRASE, prefix, String(count)], { stdio: 'pipe' });
  let out = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const finished = new Promise<{ acknowledged: string[]; refused: string[] }>((resolveLines, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n').slice(0, -1);
      if (lines.at(-1) === 'done') {
        const body = lines.slice(0, -1);
        resolveLines({ acknowledged: body.filter((l) => !l.startsWith('ERR ')), refused: body.filter((l) => l.startsWith('ERR ')) });
      }
    });
    child.on('exit', (code) => reject(new Error(`The writer stopped (${code}): ${errors}`)));
  });
  return { child, finished };
}

function stop(writerProcess: Writer): Promise<void> {
  return new Promise((done) => {
    writerProcess.child.on('exit', () => done());
    writerProcess.child.stdin.end();
  });
}

/** The admin CLI, as an administrator runs it beside the open app. */
function cli(args: string[]) {
  return cliOnTestDay(args, { PEERDESK_PASSPHRASE: PASSPHRASE });
}

describe('data safety: two processes on one store (issue 13, item 4)', () => {
  beforeAll(() => {
    buildSync({ entryPoints: ['tests/unit/reliability/store-writer.ts'], outfile: writer, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
  });

  it('data safety: two processes adding 100 members each and changing their status at the same time, beside the app writing too: every acknowledged write is kept, none refused', async () => {
    const { backend, dataDir } = await newStore();
    const first = startWriter(dataDir, 'A', 100);
    const second = startWriter(dataDir, 'B', 100);
    const ours: string[] = [];
    const refusedHere: string[] = [];
    for (let n = 0; n < 30; n++) {
      const created = await backend.invoke('settings.set', { departmentName: `Marlow County ${n}` });
      if (created.ok) ours.push(`S${n}`);
      else refusedHere.push(created.error.message);
    }
    const [a, b] = await Promise.all([first.finished, second.finished]);
    await Promise.all([stop(first), stop(second)]);
    expect([...a.refused, ...b.refused, ...refusedHere]).toEqual([]);
    expect(a.acknowledged).toHaveLength(100);
    expect(b.acknowledged).toHaveLength(100);
    expect(ours).toHaveLength(30);
    backend.close();
    const db = await openStoreDirectly(dataDir);
    try {
      const present = new Set(
        (db.prepare("SELECT last_name FROM members m WHERE first_name = 'Writer' AND EXISTS (SELECT 1 FROM member_status_changes s WHERE s.member_id = m.id AND s.status = 'temporarily-inactive')").all() as { last_name: string }[]).map((r) => r.last_name),
      );
      expect([...a.acknowledged, ...b.acknowledged].filter((name) => !present.has(name))).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 120_000);

  it('data safety: a write that waits longer than the busy timeout for another holder of the write lock is refused in plain words, and nothing is changed', async () => {
    const { backend, dataDir } = await newStore();
    const other = await openStoreDirectly(dataDir);
    try {
      other.exec('BEGIN IMMEDIATE');
      const refused = await backend.invoke('settings.set', { departmentName: 'Marlow County' });
      expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: 'PeerDesk is busy in another window or process. Try again; nothing was changed.' } });
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect((await valueOf(backend.invoke('settings.get', {}))).departmentName).not.toBe('Marlow County');
    await valueOf(backend.invoke('settings.set', { departmentName: 'Marlow County' }));
  }, 60_000);

  it('data safety: the app sees at its next read a member the admin CLI removed or added beside it; the intranet preview never lists a member just removed', async () => {
    const { backend, dataDir } = await newStore();
    const member = await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor' });
    const before = await valueOf(backend.invoke('roster.publishPreview', {}));
    expect(before.members.map((m) => m.name)).toEqual(['Daniel Okafor']);

    const resigned = cli(['call', 'roster.changeStatus', JSON.stringify({ id: member.id, status: 'resigned', effectiveOn: '2026-11-01' }), '--data-dir', dataDir]);
    expect(resigned.code, resigned.stderr).toBe(0);
    expect((await valueOf(backend.invoke('roster.publishPreview', {}))).members).toEqual([]);

    const added = cli(['call', 'roster.create', JSON.stringify({ firstName: 'Grace', lastName: 'Liu', sworn: false, staffGroup: 'Juvenile Hall', joinedOn: '2025-01-06', workPhone: '(707) 555-0199' }), '--data-dir', dataDir]);
    expect(added.code, added.stderr + added.stdout).toBe(0);
    const roster = await valueOf(backend.invoke('roster.list', {}));
    expect(roster.members.map((m) => m.displayName).sort()).toEqual(['Daniel Okafor', 'Grace Liu']);
    expect(roster.members.find((m) => m.displayName === 'Daniel Okafor')?.standing.decided).toBe('resigned');
  }, 120_000);

  it('data safety: a restore is refused while another live process has the store unlocked — from the CLI beside the app, and in the app beside a second process', async () => {
    const { backend, dataDir } = await newStore();
    await addTrainedMember(backend);
    const backups = await valueOf(backend.invoke('backups.list', {}));
    const name = backups.backups[0]?.name ?? '';
    expect(name).not.toBe('');

    const fromCli = cli(['restore', '--from', join(dataDir, 'backups', name), '--data-dir', dataDir]);
    expect(fromCli.code).toBe(1);
    expect(fromCli.stderr.trim()).toBe(OPEN_ELSEWHERE);

    const other = startWriter(dataDir, 'C', 1);
    await other.finished;
    expect(await backend.invoke('backups.restoreAutomatic', { name })).toEqual({ ok: false, error: { code: 'conflict', message: OPEN_ELSEWHERE } });
    await stop(other);
    // Once the other process locked (its marker gone), the restore runs.
    expect(await valueOf(backend.invoke('backups.restoreAutomatic', { name }))).toEqual({ restored: true });
  }, 120_000);
});
