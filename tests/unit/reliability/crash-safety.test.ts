import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { newStore, PASSPHRASE } from '../../helpers/test-backend';

const writer = join('out', 'test', 'crash-writer.cjs');
const KILLS = 50;

/** Starts the writer, lets it acknowledge some writes, kills it with SIGKILL; returns the acknowledged numbers. */
function writeUntilKilled(dataDir: string, startAt: number, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, PASSPHRASE, String(startAt)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`The writer stopped by itself: ${errors}`));
      // Only whole lines count: a number is acknowledged once its newline was written.
      else resolve(out.split('\n').slice(0, -1).map(Number));
    });
  });
}

describe('crash safety', () => {
  it(`a writer killed with SIGKILL at ${KILLS} random moments leaves a database that passes integrity_check and holds every acknowledged write`, async () => {
    buildSync({ entryPoints: ['tests/unit/reliability/crash-writer.ts'], outfile: writer, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
    const { backend, dataDir } = await newStore();
    backend.close();
    const acknowledged: number[] = [];
    let next = 1;
    for (let kill = 0; kill < KILLS; kill++) {
      const acked = await writeUntilKilled(dataDir, next, 5 + Math.floor(Math.random() * 120));
      acknowledged.push(...acked);
      next = (acked.at(-1) ?? next) + 1000; // numbers from a killed run never collide with the next
      const db = await openStoreDirectly(dataDir);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = new Set((db.prepare("SELECT last_name FROM members WHERE first_name = 'Crash'").all() as { last_name: string }[]).map((r) => r.last_name));
        expect(acknowledged.filter((n) => !present.has(`W${n}`))).toEqual([]);
      } finally {
        db.close();
      }
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
  }, 180_000);
});
