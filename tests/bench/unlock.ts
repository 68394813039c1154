import type { Backend } from '../../src/main/backend';

async function call<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/** One unlock from locked, timed from the call to its answer (what the Coordinator waits for). */
async function timedUnlock(backend: Backend, passphrase: string): Promise<number> {
  backend.close();
  const start = performance.now();
  await call(backend.invoke('session.unlock', { passphrase }));
  return performance.now() - start;
}

/**
 * The median time of several unlocks, scrypt included. When `nextDay` moves the backend's
 * clock a day forward, one of the runs is the first unlock of a day (the one that owes the
 * daily backup); without it every run is a later unlock of the same day.
 */
export async function unlockMs(backend: Backend, passphrase: string, nextDay?: () => void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    if (i === 2) nextDay?.();
    times.push(await timedUnlock(backend, passphrase));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
