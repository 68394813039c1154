import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import { FREE_ATTEMPTS } from '../../../src/main/store/vault/unlock-throttle';
import { fastKdf } from '../../helpers/fast-kdf';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';
import { filesIn } from '../../helpers/files-in';
import { tempDir } from '../../helpers/temp-dir';

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(filesIn(dir)).map(([name, bytes]) => [name, bytes.toString('base64')]));
}

describe('first-run setup', () => {
  it('refuses a passphrase under 12 characters or a common one, with the reason, and creates nothing', async () => {
    const dataDir = join(tempDir(), 'data');
    const backend = createBackend({ dataDir, kdfParams: fastKdf });
    const short = await backend.invoke('session.setup', { passphrase: 'short pass', confirmation: 'short pass' });
    expect(short).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'passphrase' }] } } });
    expect(short.ok || short.error.message).toMatch(/at least 12 characters/);
    const common = await backend.invoke('session.setup', { passphrase: 'Password2026!', confirmation: 'Password2026!' });
    expect(common.ok || common.error.message).toMatch(/guessers try first/);
    const mismatch = await backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: `${PASSPHRASE}!` });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'confirmation' }] } } });
    await expect(valueOf(backend.invoke('session.status', {}))).resolves.toMatchObject({ state: 'needs-setup' });
  });

  it('returns a recovery code of 8 groups once and leaves the store unlocked', async () => {
    const { backend, recoveryCode } = await newStore();
    expect(recoveryCode).toMatch(/^([2-9A-HJKMNP-Z]{5}-){7}[2-9A-HJKMNP-Z]{5}$/);
    expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ state: 'unlocked', autoLockMinutes: 10 });
  });

  it('never overwrites a database whose key file is missing', async () => {
    const { backend, dataDir } = await newStore();
    await valueOf(backend.invoke('settings.set', { departmentName: 'Marlow County' }));
    backend.close();
    const database = readFileSync(join(dataDir, 'peerdesk.db'));
    rmSync(join(dataDir, 'keys.json'));
    const setup = await backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
    expect(setup).toMatchObject({ ok: false, error: { code: 'conflict', message: /key file/ } });
    expect(readFileSync(join(dataDir, 'peerdesk.db'))).toEqual(database);
  });

  it('cannot run twice on the same data folder', async () => {
    const { backend } = await newStore();
    const again = await backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('unlock', () => {
  it("answers a wrong passphrase with code 'locked' and \"Wrong passphrase\"", async () => {
    const { backend } = await newStore();
    await backend.invoke('session.lock', {});
    const wrong = await backend.invoke('session.unlock', { passphrase: 'not the passphrase' });
    expect(wrong).toEqual({ ok: false, error: { code: 'locked', message: 'Wrong passphrase' } });
    expect(await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }))).toMatchObject({ state: 'unlocked' });
  });

  it(`after ${FREE_ATTEMPTS} failures imposes a delay that grows and survives a restart`, async () => {
    const { backend, reopen, clock } = await newStore();
    backend.close();
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      expect(await backend.invoke('session.unlock', { passphrase: 'wrong guess number' })).toMatchObject({ ok: false, error: { message: 'Wrong passphrase' } });
    }
    // A restarted app (new backend on the same folder) still makes the next attempt wait.
    const restarted = reopen();
    const throttled = await restarted.invoke('session.unlock', { passphrase: PASSPHRASE });
    expect(throttled).toMatchObject({ ok: false, error: { code: 'locked', details: { retryAfterMs: 30_000 } } });
    expect(await valueOf(restarted.invoke('session.status', {}))).toMatchObject({ state: 'locked', retryAfterMs: expect.any(Number) });

    clock.advance(30_000);
    await restarted.invoke('session.unlock', { passphrase: 'wrong guess again' });
    const longer = await restarted.invoke('session.unlock', { passphrase: PASSPHRASE });
    expect(longer).toMatchObject({ ok: false, error: { details: { retryAfterMs: 60_000 } } });

    clock.advance(60_000);
    expect(await valueOf(restarted.invoke('session.unlock', { passphrase: PASSPHRASE }))).toMatchObject({ state: 'unlocked' });
    restarted.close();
    // Success cleared the count: five more free attempts.
    const again = reopen();
    await again.invoke('session.unlock', { passphrase: 'wrong guess number' });
    expect(await again.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  });

  it('data safety: in the admin CLI mode wrong passphrases are counted too, and only the throttle file changes', async () => {
    const { backend, dataDir, reopen } = await newStore();
    backend.close();
    const before = snapshot(dataDir);
    const cli = reopen({ actor: 'cli' });
    for (let i = 0; i < FREE_ATTEMPTS; i++) await cli.invoke('session.unlock', { passphrase: 'wrong guess number' });
    expect(await cli.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked', details: { retryAfterMs: 30_000 } } });
    const { 'unlock-throttle.json': throttle, ...rest } = snapshot(dataDir);
    expect(JSON.parse(Buffer.from(throttle ?? '', 'base64').toString('utf8'))).toMatchObject({ failures: FREE_ATTEMPTS });
    expect(rest).toEqual(before);
  });
});

describe('passphrase change and recovery', () => {
  it('changing the passphrase rewraps the key only: the old one stops working, the data stays', async () => {
    const { backend, dataDir } = await newStore();
    await valueOf(backend.invoke('settings.set', { departmentName: 'Marlow County' }));
    const keysBefore = readFileSync(join(dataDir, 'keys.json'), 'utf8');
    await valueOf(backend.invoke('session.changePassphrase', { current: PASSPHRASE, next: 'amber meadow violin 77', confirmation: 'amber meadow violin 77' }));
    expect(readFileSync(join(dataDir, 'keys.json'), 'utf8')).not.toEqual(keysBefore);
    expect(JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')).recoveryCode).toEqual(JSON.parse(keysBefore).recoveryCode);
    backend.close();
    expect(await backend.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked' } });
    await valueOf(backend.invoke('session.unlock', { passphrase: 'amber meadow violin 77' }));
    expect(await valueOf(backend.invoke('settings.get', {}))).toMatchObject({ departmentName: 'Marlow County' });
  });

  it('refuses a wrong current passphrase and a weak new one, keeping the old passphrase', async () => {
    const { backend } = await newStore();
    const wrong = await backend.invoke('session.changePassphrase', { current: 'not it at all', next: 'amber meadow violin 77', confirmation: 'amber meadow violin 77' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'current' }] } } });
    const weak = await backend.invoke('session.changePassphrase', { current: PASSPHRASE, next: 'aaaaaaaaaaaaaa', confirmation: 'aaaaaaaaaaaaaa' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'next' }] } } });
    backend.close();
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
  });

  it('the recovery code opens the store and forces a new passphrase (a successor Coordinator takes over)', async () => {
    const { backend, recoveryCode } = await newStore();
    await valueOf(backend.invoke('settings.set', { coordinatorName: 'Jordan Ellery' }));
    backend.close();
    const typed = recoveryCode.toLowerCase().replaceAll('-', ' ');
    const withoutNew = await backend.invoke('session.recover', { recoveryCode: typed, next: '', confirmation: '' });
    expect(withoutNew).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('session.recover', { recoveryCode: 'AAAAA-BBBBB', next: 'amber meadow violin 77', confirmation: 'amber meadow violin 77' })).toMatchObject({
      ok: false,
      error: { code: 'locked', message: 'Wrong recovery code' },
    });
    await valueOf(backend.invoke('session.recover', { recoveryCode: typed, next: 'amber meadow violin 77', confirmation: 'amber meadow violin 77' }));
    expect(await valueOf(backend.invoke('settings.get', {}))).toMatchObject({ coordinatorName: 'Jordan Ellery' });
    backend.close();
    expect(await backend.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false });
    await valueOf(backend.invoke('session.unlock', { passphrase: 'amber meadow violin 77' }));
  });
});

describe('auto-lock', () => {
  it('closes the database after the configured idle minutes and tells listeners', async () => {
    const { backend, clock } = await newStore();
    await valueOf(backend.invoke('settings.set', { autoLockMinutes: 5 }));
    const states: string[] = [];
    backend.onSessionChange((s) => states.push(s));
    clock.advance(4 * 60_000);
    expect(backend.lockIfIdle()).toBe(false);
    await backend.invoke('settings.get', {}); // activity resets the idle time
    clock.advance(4 * 60_000);
    expect(backend.lockIfIdle()).toBe(false);
    clock.advance(60_000);
    expect(backend.lockIfIdle()).toBe(true);
    expect(states).toEqual(['locked']);
    expect(await backend.invoke('settings.get', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

});
