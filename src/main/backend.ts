import { contract, isChannel, isSessionChannel, type Channel, type ChannelOutput } from '../shared/contract';
import type { AppErrorPayload, FieldIssue, Result } from '../shared/result';
import type { SessionState } from '../shared/session';
import { storeFilesIn } from './store/store-files';
import type { KdfParams } from './store/vault/key-wrapping';
import { toErrorPayload } from './errors';
import { systemClock, type Clock } from './clock';
import { headlessDialogs, refusingDataFolder, type Dialogs } from './files/dialogs';
import { toIsoDate } from '../shared/calendar';
import { channels } from './channels';
import type { ChannelContext } from './channels/channel';
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
      // oxlint-disable-next-line typescript/consistent-type-assertions -- the contract parsed the input for this very channel, so its binding accepts it.
      const binding = channels[channel] as (input: unknown, ctx: ChannelContext) => unknown;
      const context: ChannelContext = {
        session,
        get store() {
          return session.store();
        },
        clock,
        today: toIsoDate(clock()),
        dialogs,
      };
      return { ok: true, value: await binding(parsed.data, context) };
    } catch (error) {
      return failure(toErrorPayload(error, channel, logError));
    }
  }

  return {
    // oxlint-disable-next-line typescript/consistent-type-assertions -- the overloads narrow the output by channel; the implementation returns what the binding returned.
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
