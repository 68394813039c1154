import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** What `npm run cli` runs: the shipped entry, which always works on today's date. */
export const shippedCli = resolve('scripts/cli.mjs');
/** The same commands through the test entry, on the test's day (tests/helpers/cli-test-entry.ts). */
const onTestDay = resolve('out', 'test', 'cli-test-entry.cjs');
let built = false;

export function spawnCli(entry: string, args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', env: { ...process.env, PEERDESK_DATA_DIR: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the admin CLI in a process of its own, on the test's day. */
export function cliOnTestDay(args: string[], env: Record<string, string>) {
  if (!built) {
    buildSync({ entryPoints: ['tests/helpers/cli-test-entry.ts'], outfile: onTestDay, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
    built = true;
  }
  return spawnCli(onTestDay, args, env);
}
