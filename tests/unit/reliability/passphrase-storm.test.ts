import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aMember } from '../../helpers/members';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('wrong-passphrase storm', () => {
  it('100 wrong attempts corrupt nothing, and the wait grows 30 s, 60 s, … up to one hour', async () => {
    const { backend, clock, dataDir } = await newStore();
    await valueOf(backend.invoke('roster.create', aMember()));
    backend.close();
    const database = join(dataDir, 'peerdesk.db');
    const before = sha(database);
    const waits: number[] = [];
    const tooEarly: unknown[] = [];
    const answers: unknown[] = [];
    for (let attempt = 1; attempt <= 100; attempt++) {
      const status = await valueOf(backend.invoke('session.status', {}));
      const waitMs = status.retryAfterMs ?? 0;
      if (waitMs > 0) {
        waits.push(Math.round(waitMs / 1000));
        tooEarly.push(await backend.invoke('session.unlock', { passphrase: 'guess before the wait is over' }));
        clock.advance(waitMs);
      }
      answers.push(await backend.invoke('session.unlock', { passphrase: `wrong guess ${attempt}` }));
    }
    for (const answer of tooEarly) expect(answer).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/^Too many wrong attempts/) } });
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'locked', message: 'Wrong passphrase' } });
    expect(waits.slice(0, 9)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect(waits).toHaveLength(95);
    expect(new Set(waits.slice(7))).toEqual(new Set([3600]));
    expect(sha(database)).toBe(before);

    clock.advance(3_600_000);
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect((await valueOf(backend.invoke('roster.list', {}))).members).toHaveLength(1);
    backend.close();
    const db = await openStoreDirectly(dataDir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
