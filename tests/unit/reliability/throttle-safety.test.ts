import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS } from '../../../src/main/store/vault/unlock-throttle';
import { tempDir } from '../../helpers/temp-dir';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';

const HOUR_MS = 3_600_000;
const NEXT = 'amber meadow violin 77';
const throttleFile = (dataDir: string) => join(dataDir, 'unlock-throttle.json');
const storedFailures = (dataDir: string) => (JSON.parse(readFileSync(throttleFile(dataDir), 'utf8')) as { failures: number }).failures;

describe('data safety: the unlock throttle cannot be turned against the user or around (issue 13, item 8)', () => {
  it('data safety: a damaged throttle file means one 30 s delay, then the file is rewritten and the passphrase opens', async () => {
    const { backend, dataDir, clock } = await newStore();
    backend.close();
    writeFileSync(throttleFile(dataDir), '{"failures": 7, "lastFail');
    expect(await backend.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked', details: { retryAfterMs: 30_000 } } });
    expect(JSON.parse(readFileSync(throttleFile(dataDir), 'utf8'))).toEqual({ failures: FREE_ATTEMPTS, lastFailureAt: clock().toISOString() });
    clock.advance(10_000);
    // Still the same delay running out, not a new one starting at every read.
    expect(await backend.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { details: { retryAfterMs: 20_000 } } });
    clock.advance(20_000);
    expect(await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }))).toMatchObject({ state: 'unlocked' });
  });

  it('data safety: a last failure stored in the future makes the wait at most one hour, after which the passphrase opens', async () => {
    const { backend, dataDir, clock } = await newStore();
    backend.close();
    writeFileSync(throttleFile(dataDir), JSON.stringify({ failures: 40, lastFailureAt: '2099-01-01T00:00:00.000Z' }));
    const status = await valueOf(backend.invoke('session.status', {}));
    expect(status.retryAfterMs).toBeLessThanOrEqual(HOUR_MS);
    const refused = await backend.invoke('session.unlock', { passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(refused.ok || (refused.error.details?.retryAfterMs as number)).toBeLessThanOrEqual(HOUR_MS);
    clock.advance(HOUR_MS);
    expect(await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }))).toMatchObject({ state: 'unlocked' });
  });

  it('data safety: twelve wrong unlocks in flight at once are tried one at a time: five are counted, the rest wait for the delay', async () => {
    const { backend, dataDir } = await newStore();
    backend.close();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => backend.invoke('session.unlock', { passphrase: `wrong guess ${i}` })));
    const wrong = answers.filter((a) => !a.ok && a.error.message === 'Wrong passphrase');
    const throttled = answers.filter((a) => !a.ok && a.error.message.startsWith('Too many wrong attempts'));
    expect(wrong).toHaveLength(FREE_ATTEMPTS);
    expect(throttled).toHaveLength(12 - FREE_ATTEMPTS);
    expect(storedFailures(dataDir)).toBe(FREE_ATTEMPTS);
  });

  it('data safety: four processes counting 50 wrong attempts each on one throttle file leave exactly 200', async () => {
    const writer = join('out', 'test', 'throttle-failure-writer.cjs');
    buildSync({ entryPoints: ['tests/unit/reliability/throttle-failure-writer.ts'], outfile: writer, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
    const file = join(tempDir(), 'unlock-throttle.json');
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [writer, file, '50', '2026-11-22T09:00:00Z'], { stdio: 'ignore' });
        child.on('exit', resolve);
      });
    expect(await Promise.all([run(), run(), run(), run()])).toEqual([0, 0, 0, 0]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ failures: 200, lastFailureAt: '2026-11-22T09:00:00.000Z' });
  });

  it('data safety: a wrong current passphrase in "change passphrase" is counted and throttled like a wrong unlock', async () => {
    const { backend, dataDir, clock } = await newStore();
    const change = (current: string) => backend.invoke('session.changePassphrase', { current, next: NEXT, confirmation: NEXT });
    expect(await change('not it at all')).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'current' }] } } });
    expect(storedFailures(dataDir)).toBe(1);
    for (let i = 1; i < FREE_ATTEMPTS; i++) await change(`not it either ${i}`);
    expect(storedFailures(dataDir)).toBe(FREE_ATTEMPTS);
    expect(await change(PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/^Too many wrong attempts/) } });
    clock.advance(30_000);
    await valueOf(change(PASSPHRASE));
  });

  it('data safety: a used recovery code is replaced by a new one, returned once: the old code no longer opens, the new one does', async () => {
    const { backend, recoveryCode } = await newStore();
    backend.close();
    const recovered = await valueOf(backend.invoke('session.recover', { recoveryCode, next: NEXT, confirmation: NEXT }));
    expect(recovered).toMatchObject({ state: 'unlocked', recoveryCode: expect.stringMatching(/^([2-9A-Z]{5}-){7}[2-9A-Z]{5}$/) });
    expect(recovered.recoveryCode).not.toBe(recoveryCode);
    backend.close();
    const third = 'copper willow signal 19';
    expect(await backend.invoke('session.recover', { recoveryCode, next: third, confirmation: third })).toMatchObject({ ok: false, error: { code: 'locked', message: 'Wrong recovery code' } });
    const again = await valueOf(backend.invoke('session.recover', { recoveryCode: recovered.recoveryCode, next: third, confirmation: third }));
    expect(again.recoveryCode).not.toBe(recovered.recoveryCode);
    backend.close();
    await valueOf(backend.invoke('session.unlock', { passphrase: third }));
  });
});
