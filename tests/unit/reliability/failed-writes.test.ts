import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

const root = process.getuid?.() === 0;

/** Immutable files refuse writes even to a process that already has them open (root included). */
function freeze(files: string[]): () => void {
  execFileSync('chattr', ['+i', ...files]);
  return () => execFileSync('chattr', ['-i', ...files]);
}

/** A tiny RAM disk, when this machine allows mounting one (as root in the test container). */
function smallDisk(): { dir: string; release(): void } | null {
  if (!root) return null;
  const dir = mkdtempSync(join(tmpdir(), 'peerdesk-full-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]).status !== 0) return null;
  return { dir, release: () => (spawnSync('umount', [dir]), rmSync(dir, { recursive: true, force: true })) };
}

describe('a write that cannot reach the disk', () => {
  it.runIf(root)('unwritable data files during a write: a clear io error, and the previous state intact', async () => {
    const { backend, dataDir } = await newStore();
    await valueOf(backend.invoke('roster.create', aMember({ lastName: 'Before' })));
    const thaw = freeze([join(dataDir, 'peerdesk.db'), join(dataDir, 'peerdesk.db-wal')]);
    try {
      const failed = await backend.invoke('roster.create', aMember({ lastName: 'During', workPhone: '(707) 555-0199' }));
      expect(failed).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/could not be written.*Nothing was changed/) } });
    } finally {
      thaw();
    }
    expect((await valueOf(backend.invoke('roster.list', {}))).members.map((m) => m.lastName)).toEqual(['Before']);
    await valueOf(backend.invoke('roster.create', aMember({ lastName: 'After', workPhone: '(707) 555-0198' })));
    expect((await valueOf(backend.invoke('roster.list', {}))).members).toHaveLength(2);
  });

  it('a full disk during a write: a clear io error, and the previous state intact', async (context) => {
    const disk = smallDisk();
    if (!disk) return context.skip('mounting a small RAM disk needs root');
    try {
      const dataDir = join(disk.dir, 'data');
      mkdirSync(dataDir);
      const { backend } = await newStore({ dataDir });
      await valueOf(backend.invoke('roster.create', aMember({ lastName: 'Before' })));
      writeFileSync(join(disk.dir, 'filler'), Buffer.alloc(0));
      // Fill what is left of the disk, leaving the database no room to grow.
      spawnSync('dd', ['if=/dev/zero', `of=${join(disk.dir, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
      const adminNote = 'x'.repeat(80);
      let failure: unknown = null;
      for (let i = 0; i < 200 && !failure; i++) {
        const result = await backend.invoke('roster.create', aMember({ lastName: `Fill${i}`, adminNote, workPhone: `(707) 555-${1000 + i}` }));
        if (!result.ok) failure = result;
      }
      expect(failure).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/could not be written/) } });
      const members = (await valueOf(backend.invoke('roster.list', {}))).members.map((m) => m.lastName);
      expect(members[0]).toBe('Before');
      rmSync(join(disk.dir, 'filler'));
      await valueOf(backend.invoke('roster.create', aMember({ lastName: 'AfterSpaceFreed', workPhone: '(707) 555-0100' })));
      backend.close();
    } finally {
      disk.release();
    }
  });
});
