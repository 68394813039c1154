import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import { headlessDialogs } from '../../../src/main/files/dialogs';
import { filesIn } from '../../helpers/files-in';
import { tempDir } from '../../helpers/temp-dir';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';

/** Names the demo writes: a member, a sealed nominator, an approving manager, the department. */
const KNOWN = ['Grace Mensah', 'Colleague R. Iwu', 'K. Adeyemi', 'Marlow County'];

function plaintextHits(dir: string): string[] {
  return Object.entries(filesIn(dir)).flatMap(([name, bytes]) =>
    KNOWN.filter((text) => bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'))).map((text) => `${name}: ${text}`),
  );
}

describe('no plaintext at rest', () => {
  it('after a full demo session, no file of the data folder — database, WAL, backups, temporary files — holds a known name', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    // "Back up now" goes to a drive: the data folder itself is refused as a place to save.
    const drive = join(root, 'drive');
    mkdirSync(drive);
    const { backend, clock } = await newStore({ dataDir, dialogs: { ...headlessDialogs, chooseSaveFile: async ({ defaultName }) => join(drive, defaultName) } });
    await seedDemo(backend, clock());
    await valueOf(backend.invoke('backups.create', {}));
    await valueOf(backend.invoke('selection.overview', {}));
    expect(plaintextHits(dataDir)).toEqual([]); // unlocked: the WAL is live
    backend.close();
    clock.advance(86_400_000);
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE })); // a daily backup of the seeded data
    backend.close();
    expect(Object.keys(filesIn(dataDir)).filter((f) => f.startsWith('backups')).length).toBeGreaterThanOrEqual(2);
    expect(plaintextHits(dataDir)).toEqual([]);
    expect(Object.keys(filesIn(drive))).toHaveLength(1);
    expect(plaintextHits(drive)).toEqual([]);
    // The scan itself finds plaintext where there is some.
    writeFileSync(join(dataDir, 'probe.txt'), 'Grace Mensah');
    expect(plaintextHits(dataDir)).toEqual(['probe.txt: Grace Mensah']);
  });
});
