import { statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import * as z from 'zod';
import { contract, channels, isChannel, isSavingChannel, isSessionChannel } from '../../shared/contract';
import type { AppErrorPayload } from '../../shared/result';
import { createBackend, type Backend } from '../backend';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { KdfParams } from '../store/vault/key-wrapping';
import { resolveDataDir } from '../store/data-dir';
import { headlessDialogs, type Dialogs } from '../files/dialogs';
import { refuseDataFolder } from '../files/data-folder-guard';
import { promptPassphrase } from './prompt-passphrase';
import { seedDemo } from './seed-demo';

/**
 * The admin CLI: the same backend as the app, headless. Exit 0 when the call succeeds,
 * 1 when it fails, 2 when the command line itself is wrong.
 */
const USAGE = `Usage: node scripts/cli.mjs <command> [options]   (or: npm run --silent cli -- <command> [options])

  init --data-dir DIR               create the encrypted store; prints the recovery code
  channels                          every channel with its input JSON schema ("save": true
                                    marks the channels \`save\` accepts)
  call CHANNEL [JSON] --data-dir DIR
                                    unlock, run one channel, print the result envelope
  seed-demo --data-dir DIR          fill the store with a fictional demo program
  export-roster --to DIR --data-dir DIR
                                    publish the team list (HTML, CSV, PDF) into DIR (§7)
  intake-tallies --month YYYY-MM --from DIR [--commit] --data-dir DIR
                                    read the returned tally forms in DIR (§6); with --commit,
                                    store the valid ones in one transaction
  save CHANNEL [JSON] --out FILE --data-dir DIR
                                    save the document of a channel that saves a file through
                                    the app's save dialog (letters, memo, matrix, sign-in
                                    sheet, tally sheet, roster, exports, reports, backup) to
                                    FILE instead; never into the data folder
  report monthly --month YYYY-MM --out FILE [--as-of YYYY-MM-DD] --data-dir DIR
  report period --from YYYY-MM --to YYYY-MM --out FILE [--as-of YYYY-MM-DD] --data-dir DIR
                                    save the Chief's statistical summary as PDF (§3.E, §6);
                                    --as-of: as it stood at the end of that day (read only):
                                    records made, voids and first decisions taken after it are
                                    left out or undone; a tally corrected or a record edited
                                    after it keeps its latest values (PeerDesk keeps no earlier
                                    ones) and the PDF and stderr name such changes. The day is
                                    not in the future, nor before the summary's first month
                                    began or the store was set up
  backup --to FILE --data-dir DIR   write an encrypted backup (VACUUM INTO) to FILE
  verify FILE --data-dir DIR        check a backup: key, integrity, schema version
  restore --from FILE --data-dir DIR
                                    verify FILE, keep the current data as a backup, restore;
                                    into an empty DIR: recreate the store from FILE alone

The passphrase comes from PEERDESK_PASSPHRASE, or is asked for on a terminal. To restore a
backup file into an empty folder with its recovery code, set PEERDESK_RECOVERY_CODE; the
passphrase then becomes the store's new passphrase.
The data folder may also come from PEERDESK_DATA_DIR.`;

class UsageError extends Error {}

/**
 * What the CLI runs on. The shipped entry (main.ts) gives the system clock and the default
 * key-derivation cost; only the test entry gives another day (so no shipped command can
 * backdate a record) and a cheap key derivation (the same code, at a cost tests can afford).
 */
export interface CliHost {
  clock: Clock;
  kdfParams?: KdfParams;
}

/** Runs one command line and answers its exit code. */
export async function runCli(argv: string[], host: CliHost): Promise<number> {
  try {
    return await runCommand(argv, host);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function runCommand(argv: string[], host: CliHost): Promise<number> {
  const [command, ...rest] = argv;
  const positional = withoutOptions(rest);
  switch (command) {
    case 'channels':
      printJson(
        Object.fromEntries(
          channels.map((name) => [name, { summary: contract[name].summary, input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }), ...(isSavingChannel(name) ? { save: true } : {}) }]),
        ),
        true,
      );
      return 0;
    case 'init': {
      const backend = openBackend(rest, host);
      const passphrase = await passphraseFromEnvOrPrompt();
      const result = await backend.invoke('session.setup', { passphrase, confirmation: passphrase });
      backend.close();
      if (!result.ok) return reportFailure(result.error.message, result);
      process.stdout.write(
        `PeerDesk store created in ${backend.dataDir}\n\nRecovery code (print it and keep it in the Chief's safe; it is shown only once):\n\n  ${result.value.recoveryCode}\n`,
      );
      return 0;
    }
    case 'call': {
      const [channel, json] = positional;
      if (!channel) throw new UsageError('call needs a CHANNEL');
      if (!isChannel(channel)) throw new UsageError(`Unknown channel "${channel}". See: channels`);
      const input = parsedJson(json);
      const backend = openBackend(rest, host);
      try {
        if (!isSessionChannel(channel)) {
          // The integrity check the unlock owes runs as in the app: before the first write (a
          // damaged file is never written to) and with the day's backup when the store closes,
          // so a call that only reads answers without reading the whole file first.
          const unlocked = await backend.invoke('session.unlock', { passphrase: await passphraseFromEnvOrPrompt() });
          if (!unlocked.ok) return reportFailure(inCliTerms(unlocked.error, backend.dataDir), unlocked);
        }
        const result = await backend.invoke(channel, input);
        // A damage that check found is named like a refused unlock, with the backup to restore.
        if (!result.ok && typeof result.error.details?.backup === 'string') return reportFailure(inCliTerms(result.error, backend.dataDir), result);
        printJson(result);
        return result.ok ? 0 : 1;
      } finally {
        backend.close();
      }
    }
    case 'seed-demo':
      return withUnlockedBackend(rest, host, undefined, async (backend) => {
        for (const line of await seedDemo(backend, host.clock())) process.stdout.write(`seeded ${line}\n`);
        return 0;
      });
    case 'export-roster': {
      const to = optionValue(rest, '--to');
      if (!to) throw new UsageError('export-roster needs --to DIR');
      return withUnlockedBackend(rest, host, { ...headlessDialogs, chooseFolder: async () => resolve(to) }, async (backend) => {
        const result = await backend.invoke('roster.publishToFolder', {});
        if (!result.ok) return reportFailure(result.error.message, result);
        for (const file of result.value?.files ?? []) process.stdout.write(`${file.name}  ${file.bytes} bytes  sha256 ${file.sha256}\n`);
        process.stdout.write(`Published ${result.value?.memberCount ?? 0} members to ${resolve(to)}\n`);
        return 0;
      });
    }
    case 'save':
      return saveCommand(positional, rest, host);
    case 'intake-tallies': {
      const from = optionValue(rest, '--from');
      const month = optionValue(rest, '--month');
      if (!from || !month) throw new UsageError('intake-tallies needs --month YYYY-MM --from DIR');
      return withUnlockedBackend(rest, host, { ...headlessDialogs, chooseFolder: async () => resolve(from) }, async (backend) => {
        const preview = await backend.invoke('tallies.intakePreview', { month });
        if (!preview.ok) return reportFailure(preview.error.message, preview);
        for (const entry of preview.value.entries) process.stdout.write(`${entry.fileName}  ${entry.displayName ?? '-'}  ${entry.month ?? '-'}  ${entry.problems.join('; ') || 'ready'}\n`);
        if (!rest.includes('--commit') || preview.value.intakeId === null) {
          process.stdout.write(`${preview.value.valid} of ${preview.value.entries.length} forms ready; nothing stored (add --commit to store them)\n`);
          return 0;
        }
        const result = await backend.invoke('tallies.intakeCommit', { month, intakeId: preview.value.intakeId });
        if (!result.ok) return reportFailure(result.error.message, result);
        process.stdout.write(`Stored ${result.value.stored.length} tallies; ${result.value.refused.length} forms not stored\n`);
        return 0;
      });
    }
    case 'report': {
      const [kind] = positional;
      const out = optionValue(rest, '--out');
      if (!out) throw new UsageError('report needs --out FILE');
      // As it stood at the end of a past day: computed from a copy in memory, never written (see README).
      const asOfDay = optionValue(rest, '--as-of');
      if (rest.includes('--as-of') && (!asOfDay || asOfDay.startsWith('--'))) throw new UsageError('--as-of needs a day, YYYY-MM-DD');
      const asOf = asOfDay ? { asOf: asOfDay } : {};
      const request =
        kind === 'monthly'
          ? ({ save: 'reports.saveMonthly', show: 'reports.monthly', input: { month: optionValue(rest, '--month'), ...asOf } } as const)
          : kind === 'period'
            ? ({ save: 'reports.savePeriod', show: 'reports.period', input: { from: optionValue(rest, '--from'), to: optionValue(rest, '--to'), ...asOf } } as const)
            : null;
      if (!request) throw new UsageError('report monthly --month YYYY-MM, or report period --from YYYY-MM --to YYYY-MM');
      return withUnlockedBackend(rest, host, { ...headlessDialogs, chooseSaveFile: async () => resolve(out) }, async (backend) => {
        const result = await backend.invoke(request.save, request.input);
        if (!result.ok) return reportFailure(result.error.message, result);
        process.stdout.write(`Saved ${resolve(out)}${asOfDay ? ` (as it stood at the end of ${asOfDay})` : ''}\n`);
        if (asOfDay) {
          const shown = await backend.invoke(request.show, request.input);
          const kept = shown.ok ? (shown.value.asItStood?.keptChanges ?? []) : [];
          if (kept.length) process.stderr.write(`Later changes PeerDesk cannot take back (a record keeps only its latest values) are shown as made: ${kept.join('; ')}\n`);
        }
        return 0;
      });
    }
    case 'backup': {
      const to = optionValue(rest, '--to');
      if (!to) throw new UsageError('backup needs --to FILE');
      return withUnlockedBackend(rest, host, { ...headlessDialogs, chooseSaveFile: async () => resolve(to) }, async (backend) => {
        const result = await backend.invoke('backups.create', {});
        if (!result.ok) return reportFailure(result.error.message, result);
        process.stdout.write(`Backed up to ${resolve(to)}\n`);
        return 0;
      });
    }
    case 'verify': {
      const [file] = positional;
      if (!file) throw new UsageError('verify needs FILE');
      return withUnlockedBackend(rest, host, { ...headlessDialogs, chooseOpenFile: async () => resolve(file) }, async (backend) => {
        const result = await backend.invoke('backups.verifyFile', {});
        if (!result.ok) return reportFailure(result.error.message, result);
        const check = result.value;
        process.stdout.write(check?.ok ? `${check.fileName}: ok (schema ${check.schemaVersion}, ${check.members} members)\n` : `${check?.fileName}: NOT restorable — ${check?.problem}\n`);
        return check?.ok ? 0 : 1;
      });
    }
    case 'restore': {
      const from = optionValue(rest, '--from');
      if (!from) throw new UsageError('restore needs --from FILE');
      return restoreCommand(rest, host, resolve(from));
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

/**
 * `save CHANNEL [JSON] --out FILE`: runs a channel that saves a file through main's save dialog,
 * with a dialog that answers FILE. The channel makes the very document the app saves; the file
 * is refused inside the data folder like every other write (the backend's dialogs check it),
 * and refused when its extension is not the one the dialog would offer.
 */
async function saveCommand(positional: string[], args: string[], host: CliHost): Promise<number> {
  const [channel, json] = positional;
  const accepted = channels.filter(isSavingChannel).join(', ');
  if (!channel) throw new UsageError(`save needs a CHANNEL, one of: ${accepted}`);
  if (!isChannel(channel)) throw new UsageError(`Unknown channel "${channel}". See: channels`);
  if (!isSavingChannel(channel)) throw new UsageError(`"${channel}" does not save a file; save accepts: ${accepted}`);
  const out = optionValue(args, '--out');
  if (!out) throw new UsageError('save needs --out FILE');
  const input = parsedJson(json);
  const file = resolve(out);
  const dataDir = resolveDataDir(args, process.env, null);
  let asked = false;
  const dialogs: Dialogs = {
    ...headlessDialogs,
    chooseSaveFile: async ({ extensions }) => {
      asked = true;
      // The data folder first: whatever the name, nothing is saved there (the backend checks it again).
      if (dataDir) refuseDataFolder(file, dataDir);
      const extension = extname(file).slice(1).toLowerCase();
      if (!extensions.includes(extension)) {
        const expected = extensions.map((e) => `.${e}`).join(' or ');
        throw new AppError('validation', `This file is saved as ${expected}: give --out a name ending in ${expected}.`, { fields: [{ path: 'file', message: `Not ${expected}` }] });
      }
      return file;
    },
  };
  return withUnlockedBackend(args, host, dialogs, async (backend) => {
    const result = await backend.invoke(channel, input);
    if (!result.ok) return reportFailure(result.error.message, result);
    if (!asked) return reportFailure(`${channel} saved no file.`, result);
    process.stdout.write(`Saved ${file} (${statSync(file).size} bytes)\n`);
    return 0;
  });
}

/** The JSON input of `call` and `save`: none is `{}`. */
function parsedJson(json: string | undefined): unknown {
  if (json === undefined) return {};
  try {
    return JSON.parse(json);
  } catch {
    throw new UsageError('The input is not valid JSON');
  }
}

/**
 * `restore --from FILE`: into an empty data folder the backup file recreates the store on
 * its own; into a store whose database is missing or damaged, a backup from its own
 * `backups` folder is restored as the Unlock screen does; otherwise as "Restore from a file".
 */
async function restoreCommand(args: string[], host: CliHost, file: string): Promise<number> {
  const backend = openBackend(args, host, { ...headlessDialogs, chooseOpenFile: async () => file });
  try {
    const status = await backend.invoke('session.status', {});
    if (status.ok && status.value.state === 'needs-setup') {
      const passphrase = await passphraseFromEnvOrPrompt();
      const recoveryCode = process.env.PEERDESK_RECOVERY_CODE;
      const input = recoveryCode ? { recoveryCode, next: passphrase, confirmation: passphrase } : { passphrase };
      const result = await backend.invoke('session.restoreFromBackupFile', input);
      if (!result.ok) return reportFailure(result.error.message, result);
      process.stdout.write(`Restored the store from ${file} into ${backend.dataDir}\n`);
      if (result.value.recoveryCode) {
        process.stdout.write(`\nThe recovery code used no longer works. New recovery code (print it and keep it in the Chief's safe; it is shown only once):\n\n  ${result.value.recoveryCode}\n`);
      }
      return 0;
    }
    const passphrase = await passphraseFromEnvOrPrompt();
    const unlocked = await unlockAndCheck(backend, passphrase);
    if (!unlocked.ok) {
      // A database that is missing or failed its check cannot be unlocked, only restored.
      const ownBackup = unlocked.error.details?.backup !== undefined && dirname(file) === resolve(backend.dataDir, 'backups');
      if (!ownBackup) return reportFailure(inCliTerms(unlocked.error, backend.dataDir), unlocked);
      const restored = await backend.invoke('session.restoreBackup', { passphrase, name: basename(file) });
      if (!restored.ok) return reportFailure(restored.error.message, restored);
    } else {
      const result = await backend.invoke('backups.restoreFile', {});
      if (!result.ok) return reportFailure(result.error.message, result);
    }
    process.stdout.write(`Restored from ${file}; the data it replaced is kept in the data folder's backups.\n`);
    return 0;
  } finally {
    backend.close();
  }
}

/** Opens the store, unlocks it with the passphrase, runs one command, and always closes it. */
async function withUnlockedBackend(args: string[], host: CliHost, dialogs: Dialogs | undefined, run: (backend: Backend) => Promise<number>): Promise<number> {
  const backend = openBackend(args, host, dialogs);
  try {
    const unlocked = await unlockAndCheck(backend);
    if (!unlocked.ok) return reportFailure(inCliTerms(unlocked.error, backend.dataDir), unlocked);
    return await run(backend);
  } finally {
    backend.close();
  }
}

/**
 * Unlocks, then runs the integrity check the unlock owes before the command, so that a damaged
 * file is reported as such rather than answered from. The day's backup is left for the end:
 * closing the store makes it, after the command has answered.
 */
async function unlockAndCheck(backend: Backend, passphrase?: string) {
  const unlocked = await backend.invoke('session.unlock', { passphrase: passphrase ?? (await passphraseFromEnvOrPrompt()) });
  if (!unlocked.ok || unlocked.value.maintenance !== 'check') return unlocked;
  const checked = await backend.invoke('session.maintenance', {});
  return checked.ok ? unlocked : checked;
}

/** Why the store did not open, with the app's button turned into the command that does the same here. */
function inCliTerms(error: AppErrorPayload, dataDir: string): string {
  if (error.details?.keyFileCopy === true) return error.message.replace('choose "Use the copy"', 'run `call session.useKeyFileCopy`');
  const backup = error.details?.backup;
  if (typeof backup === 'string') return `${error.message} To restore it: restore --from ${join(resolve(dataDir), 'backups', backup)}`;
  return error.message;
}

function openBackend(args: string[], host: CliHost, dialogs?: Dialogs): Backend {
  const dataDir = resolveDataDir(args, process.env, null);
  if (!dataDir) throw new UsageError('Say which data folder: --data-dir DIR (or PEERDESK_DATA_DIR)');
  return createBackend({ dataDir, clock: host.clock, kdfParams: host.kdfParams, actor: 'cli', dialogs });
}

function optionValue(args: string[], name: string): string | null {
  const index = args.indexOf(name);
  return index >= 0 ? (args[index + 1] ?? null) : null;
}

async function passphraseFromEnvOrPrompt(): Promise<string> {
  return process.env.PEERDESK_PASSPHRASE ?? promptPassphrase('Passphrase: ');
}

function withoutOptions(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (['--data-dir', '--to', '--out', '--month', '--from', '--as-of'].includes(arg)) i++;
    else if (!arg.startsWith('--')) out.push(arg);
  }
  return out;
}

function reportFailure(message: string, envelope: unknown): number {
  process.stderr.write(`${message}\n`);
  printJson(envelope);
  return 1;
}

function printJson(value: unknown, pretty = false): void {
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}
