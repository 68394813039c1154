import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defaultKdfParams, newDataKey, wrapKey } from '../../src/main/store/vault/key-wrapping';
import { medianMs } from './measure';

/**
 * How much an admin CLI `call` costs beyond the key derivation it cannot avoid: one
 * `call settings.get` run as the README tells users to (`node scripts/cli.mjs …`), start to
 * exit, divided by one scrypt with the production parameters.
 *
 * The scrypt is timed in this process: the derivation's own cost, the part the issue calls
 * deliberate. Starting Node, loading the CLI and opening the database are what the ratio
 * judges, so they are not in the divisor. `scryptInNewProcessMs` gives the other reading
 * (a fresh Node process doing only the scrypt, start to exit).
 */
const RUNS = 7;
const launcher = resolve('scripts/cli.mjs');

export async function cliCallRatio(dataDir: string, passphrase: string): Promise<{ cliMs: number; scryptMs: number; ratio: number }> {
  // One untimed run first, so a stale bundle is rebuilt outside the measurement.
  runCli(dataDir, passphrase);
  const cliMs = await medianMs(RUNS, () => runCli(dataDir, passphrase));
  // wrapKey is one scrypt (the cost) and an AES-GCM of 32 bytes (microseconds).
  const scryptMs = await medianMs(RUNS, () => wrapKey(newDataKey(), passphrase, defaultKdfParams));
  return { cliMs, scryptMs, ratio: cliMs / scryptMs };
}

/** One scrypt with the production parameters in a Node process of its own, start to exit. */
export async function scryptInNewProcessMs(): Promise<number> {
  const { N, r, p } = defaultKdfParams;
  // maxmem only caps the memory scrypt may take; 128 × N × r bytes is what it needs.
  const script = `require('node:crypto').scryptSync('x', 'salt', 32, { N: ${N}, r: ${r}, p: ${p}, maxmem: ${256 * N * r} })`;
  return medianMs(RUNS, () => {
    const run = spawnSync(process.execPath, ['-e', script]);
    if (run.status !== 0) throw new Error(String(run.stderr));
  });
}

function runCli(dataDir: string, passphrase: string): void {
  const run = spawnSync(process.execPath, [launcher, 'call', 'settings.get', '--data-dir', dataDir], {
    env: { ...process.env, PEERDESK_PASSPHRASE: passphrase },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`CLI call failed: ${run.stderr}`);
}
