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
  /** The size of the synthetic program measured. */
  members: number;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

export function printFigures(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    console.log(`${f.name.padEnd(width)} ${String(f.members).padStart(5)} members ${f.value.toFixed(f.unit === 'x' ? 2 : 1).padStart(8)} ${f.unit.padEnd(3)} target ${f.target.padEnd(14)} ${f.ok ? 'ok' : 'MISSED'}`);
  }
}

export async function call<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}
