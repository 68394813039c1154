import { join } from 'node:path';
import { createBackend, type Backend, type BackendOptions } from '../../src/main/backend';
import { fastKdf } from './fast-kdf';
import { tempDir } from './temp-dir';

export const PASSPHRASE = 'quiet harbour lantern 42';


export interface TestClock {
  (): Date;
  advance(ms: number): void;
}

export function testClock(start = '2026-11-22T09:00:00Z'): TestClock {
  let now = Date.parse(start);
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

export interface StoreUnderTest {
  backend: Backend;
  dataDir: string;
  clock: TestClock;
  recoveryCode: string;
  reopen(options?: Partial<BackendOptions>): Backend;
}

/**
 * What the window does once its first screen is shown after unlocking: every step the unlock
 * owes (the integrity check, the day's backup), one call each. Answers the steps run.
 */
export async function finishMaintenance(backend: Backend): Promise<string[]> {
  const ran: string[] = [];
  for (;;) {
    const report = await backend.invoke('session.maintenance', {});
    if (!report.ok) throw new Error(report.error.message);
    if (!report.value.ran) return ran;
    ran.push(report.value.ran);
  }
}

/** A real encrypted store in a temp folder, set up and unlocked, as the app leaves it once its first screen is shown (today's backup made). */
export async function newStore(options: Partial<BackendOptions> = {}, clock: TestClock = testClock()): Promise<StoreUnderTest> {
  const dataDir = options.dataDir ?? join(tempDir(), 'data');
  const make = (extra: Partial<BackendOptions> = {}) =>
    createBackend({ dataDir, kdfParams: fastKdf, logError: () => undefined, ...options, clock, ...extra });
  const backend = make();
  const setup = await backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
  if (!setup.ok) throw new Error(setup.error.message);
  await finishMaintenance(backend);
  return { backend, dataDir, clock, recoveryCode: setup.value.recoveryCode, reopen: make };
}

/** The value of a successful call; fails the test with the error otherwise. */
export async function valueOf<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`Expected success, got: ${settled.error.message}`);
  return settled.value;
}
