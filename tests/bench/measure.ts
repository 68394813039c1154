import type { Backend } from '../../src/main/backend';
import type { Channel } from '../../src/shared/contract';

/** Runs `task` several times and reports the median, so one slow run does not decide. */
export async function medianMs(runs: number, task: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

export function printFigures(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    console.log(`${f.name.padEnd(width)}  ${f.value.toFixed(f.unit === 'x' ? 2 : 1).padStart(8)} ${f.unit.padEnd(3)} target ${f.target.padEnd(14)} ${f.ok ? 'ok' : 'MISSED'}`);
  }
}

export async function call<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/**
 * The first read after a write recomputes every member's standing and training (later
 * reads reuse it until the next write), so this is the figure that matters.
 */
export async function afterWrite(backend: Backend, channel: Channel, input: unknown = {}): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    await call(backend.invoke('settings.set', { autoLockMinutes: 10 + (i % 2) }));
    const start = performance.now();
    await call(backend.invoke(channel, input));
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[5] ?? Number.NaN;
}
