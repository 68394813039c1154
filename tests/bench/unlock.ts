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

/** The first unlock of a day on its own, and the maintenance the renderer asks for after it. */
export async function firstUnlockOfDayMs(backend: Backend, passphrase: string, nextDay: () => void): Promise<{ unlock: number; maintenance: number }> {
  backend.close();
  nextDay();
  const unlock = await timedUnlock(backend, passphrase);
  const start = performance.now();
  // Step by step, as the status bar does (see StatusBar.tsx).
  while ((await call(backend.invoke('session.status', {}))).maintenance) await call(backend.invoke('session.maintenance', {}));
  return { unlock, maintenance: performance.now() - start };
}
