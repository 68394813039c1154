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

/** A real encrypted store in a temp folder, set up and unlocked. */
export async function newStore(options: Partial<BackendOptions> = {}, clock: TestClock = testClock()): Promise<StoreUnderTest> {
  const dataDir = options.dataDir ?? join(tempDir(), 'data');
  const make = (extra: Partial<BackendOptions> = {}) =>
    createBackend({ dataDir, kdfParams: fastKdf, logError: () => undefined, ...options, clock, ...extra });
  const backend = make();
  const setup = await backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
  if (!setup.ok) throw new Error(setup.error.message);
  return { backend, dataDir, clock, recoveryCode: setup.value.recoveryCode, reopen: make };
}

/** The value of a successful call; fails the test with the error otherwise. */
export async function valueOf<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`Expected success, got: ${settled.error.message}`);
  return settled.value;
}
