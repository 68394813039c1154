import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { finishInterruptedPublications, writePublication } from '../../../src/main/documents/publication/write-publication';
import { tempDir } from '../../helpers/temp-dir';
import { PUBLISHED, publicationSet } from './file-writer';

const writer = join('out', 'test', 'file-writer.cjs');
const TRIALS = 24;

beforeAll(() => {
  buildSync({ entryPoints: ['tests/unit/reliability/file-writer.ts'], outfile: writer, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
});

/**
 * Runs the writer until it is killed, by itself or by us: `killAfterMs` after it started,
 * or, with `afterFirstPublication`, that long after it acknowledged its first publication.
 * Returns the acknowledged numbers.
 */
function publishUntilKilled(args: string[], killAfterMs: number | null, afterFirstPublication = false): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, 'publish', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    const killLater = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs ?? 0));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (afterFirstPublication) killLater();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    if (killAfterMs !== null && !afterFirstPublication) killLater();
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`The writer stopped by itself: ${errors}`));
      else resolve(out.split('\n').slice(0, -1).map(Number));
    });
  });
}

/** The publication number of each published file present, by name. */
function visibleSet(folder: string): Record<string, number> {
  return Object.fromEntries(
    PUBLISHED.filter((name) => existsSync(join(folder, name))).map((name) => [name, Number(/^publication (\d+)\n/.exec(readFileSync(join(folder, name), 'latin1'))?.[1])]),
  );
}

function publishedBytes(folder: string): Record<string, Buffer> {
  return Object.fromEntries(PUBLISHED.filter((name) => existsSync(join(folder, name))).map((name) => [name, readFileSync(join(folder, name))]));
}

/** Whether a killed publication left its journal, i.e. was killed during its swap. */
const killedDuringSwap = (folder: string) => readdirSync(folder).some((entry) => entry.startsWith('.peerdesk-staging-') && existsSync(join(folder, entry, 'publication.json')));

describe('data safety: the NAS publication is replaced as a whole or not at all', () => {
  it(`data safety: a process publishing in a loop, killed with SIGKILL at ${TRIALS} varied moments, leaves one complete publication (the previous or the new), and the next publication removes every leftover`, async () => {
    const folder = join(tempDir(), 'nas');
    mkdirSync(folder);
    writePublication(folder, publicationSet(0));
    let current = 0;
    let next = 1;
    for (let trial = 0; trial < TRIALS; trial++) {
      // Half the kills land while the writer starts or stages its first publication, half
      // at a varied moment of the publications that follow.
      const acked = trial % 2 === 0 ? await publishUntilKilled([folder, String(next)], 60 + ((trial * 97) % 400)) : await publishUntilKilled([folder, String(next)], (trial * 37) % 150, true);
      const previous = acked.at(-1) ?? current;
      const inProgress = (acked.at(-1) ?? next - 1) + 1;
      if (killedDuringSwap(folder)) finishInterruptedPublications(folder, PUBLISHED);
      const seen = Object.values(visibleSet(folder));
      expect(seen, `trial ${trial}`).toHaveLength(3);
      expect(new Set(seen).size, `trial ${trial}: ${JSON.stringify(visibleSet(folder))}`).toBe(1);
      expect([previous, inProgress], `trial ${trial}`).toContain(seen[0]);
      current = seen[0] as number;
      next = inProgress + 1;
    }
    writePublication(folder, publicationSet(next));
    expect(readdirSync(folder).sort()).toEqual(PUBLISHED);
    expect(visibleSet(folder)).toEqual(Object.fromEntries(PUBLISHED.map((name) => [name, next])));
  }, 240_000);

  for (const [dieBefore, state] of [
    [1, 'before the first file is replaced'],
    [2, 'with index.html replaced'],
    [3, 'with index.html and the CSV replaced'],
  ] as const) {
    it(`data safety: killed during the swap ${state}, the previous publication comes back byte-identical, and the next publication removes every leftover`, async () => {
      const folder = join(tempDir(), 'nas');
      mkdirSync(folder);
      writePublication(folder, publicationSet(1));
      const before = publishedBytes(folder);
      await publishUntilKilled([folder, '2', String(dieBefore)], null);
      expect(Object.values(visibleSet(folder)).filter((n) => n === 2)).toHaveLength(dieBefore - 1);
      expect(killedDuringSwap(folder)).toBe(true);

      finishInterruptedPublications(folder, PUBLISHED); // what the next publication does first
      expect(publishedBytes(folder)).toEqual(before);
      expect(readdirSync(folder).sort()).toEqual(PUBLISHED);

      await publishUntilKilled([folder, '3', String(dieBefore)], null);
      writePublication(folder, publicationSet(4));
      expect(readdirSync(folder).sort()).toEqual(PUBLISHED);
      expect(visibleSet(folder)).toEqual(Object.fromEntries(PUBLISHED.map((name) => [name, 4])));
    });
  }

  it('data safety: a first publication killed during its swap leaves the folder as empty as it was', async () => {
    const folder = join(tempDir(), 'nas');
    mkdirSync(folder);
    await publishUntilKilled([folder, '1', '3'], null);
    expect(Object.keys(visibleSet(folder))).toEqual(['index.html', 'peer-support-team.csv']);
    finishInterruptedPublications(folder, PUBLISHED);
    expect(readdirSync(folder)).toEqual([]);
    writePublication(folder, publicationSet(2));
    expect(readdirSync(folder).sort()).toEqual(PUBLISHED);
    expect(visibleSet(folder)).toEqual(Object.fromEntries(PUBLISHED.map((name) => [name, 2])));
  });
});
