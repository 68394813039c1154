import { contract, isChannel, isSessionChannel, type Channel, type ChannelOutput } from '../shared/contract';
import type { AppErrorPayload, FieldIssue, Result } from '../shared/result';
import type { SessionState } from '../shared/session';
import { storeFilesIn } from './store/store-files';
import type { KdfParams } from './store/vault/key-wrapping';
import { AppError } from './errors';
import { systemClock, type Clock } from './clock';
import { headlessDialogs, refusingDataFolder, type Dialogs } from './files/dialogs';
import { handlers } from './channels';
import type { HandlerContext } from './channels/channel';
import { Session } from './session/session';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  actor?: string;
  kdfParams?: KdfParams;
  /** File and folder choices (the shell's system dialogs); cancels when not given. */
  dialogs?: Dialogs;
  /** Where unexpected errors are reported; never given the input of the call. */
  logError?: (message: string) => void;
}

export interface Backend {
  /** The one entry point for IPC, the CLI and the end-to-end harness: validate, dispatch, wrap. */
  invoke<C extends Channel>(channel: C, input: unknown): Promise<Result<ChannelOutput<C>>>;
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  onSessionChange(listener: (state: SessionState) => void): () => void;
  /** Locks when idle; the shell calls it on a timer. */
  lockIfIdle(): boolean;
  close(): void;
  readonly dataDir: string;
}

export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const logError = options.logError ?? ((message: string) => console.error(message));
  const dialogs = refusingDataFolder(options.dialogs ?? headlessDialogs, options.dataDir);
  const session = new Session({
    files: storeFilesIn(options.dataDir),
    clock,
    actor: options.actor ?? 'coordinator',
    kdfParams: options.kdfParams,
  });

  async function invoke(channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return failure({ code: 'validation', message: `Unknown channel: ${String(channel).slice(0, 80)}` });
    }
    if (!isSessionChannel(channel) && session.state !== 'unlocked') {
      return failure({ code: 'locked', message: 'PeerDesk is locked. Unlock it with your passphrase.' });
    }
    const parsed = contract[channel].input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      const fields: FieldIssue[] = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      return failure({ code: 'validation', message: describeFields(fields), details: { fields } });
    }
    try {
      session.touch();
      const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
      return { ok: true, value: await handler(parsed.data, { session, clock, dialogs }) };
    } catch (error) {
      return failure(toErrorPayload(error, channel, logError));
    }
  }

  return {
    invoke: invoke as Backend['invoke'],
    onSessionChange: (listener) => session.onChange(listener),
    lockIfIdle: () => session.lockIfIdle(),
    close: () => session.lock(),
    dataDir: options.dataDir,
  };
}

function failure(error: AppErrorPayload): Result<never> {
  return { ok: false, error };
}

function describeFields(fields: FieldIssue[]): string {
  const named = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message));
  return `Invalid input — ${named.slice(0, 5).join('; ')}${named.length > 5 ? ` (and ${named.length - 5} more)` : ''}`;
}

const ioCodes = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EIO', 'EDQUOT', 'EBUSY', 'ENOTDIR', 'EISDIR']);

/** Maps anything thrown to the envelope's error; unexpected errors are logged without input. */
export function toErrorPayload(error: unknown, channel: string, logError: (message: string) => void): AppErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  const code = typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    // Another process held the write lock past the busy timeout (see Session.write).
    return { code: 'conflict', message: 'PeerDesk is busy in another window or process. Try again; nothing was changed.' };
  }
  if (ioCodes.has(code) || /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|PERM)/.test(code)) {
    return { code: 'io', message: `The data folder could not be written or read (${code}). Nothing was changed.` };
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return { code: 'io', message: 'The database file is damaged or does not match its key.' };
  }
  logError(`${channel}: unexpected ${error instanceof Error ? error.stack : String(error)}`);
  return { code: 'internal', message: 'Something went wrong inside PeerDesk. Nothing was changed.' };
}
