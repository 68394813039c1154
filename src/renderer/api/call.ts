import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { AppErrorPayload } from '../../shared/result';

/** A failed call, carrying the backend's error code, message and field issues. */
export class CallError extends Error {
  readonly payload: AppErrorPayload;
  constructor(payload: AppErrorPayload) {
    super(payload.message);
    this.payload = payload;
  }
  /** The message for one field, for showing beside that input. */
  fieldMessage(path: string): string | undefined {
    return this.payload.details?.fields?.find((f) => f.path === path)?.message;
  }
}

const lockedListeners = new Set<() => void>();

/** Called when any call finds the store locked (e.g. it auto-locked while a screen was open). */
export function onLockedCall(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

let succeeded: (channel: Channel) => void = () => undefined;

/** Told of every call that succeeded, so the cache can drop what a write made stale. */
export function onCallSucceeded(listener: (channel: Channel) => void): void {
  succeeded = listener;
}

/** Calls the backend; resolves with the value or rejects with a CallError. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await window.peerDesk.invoke(channel, input);
  if (result.ok) {
    succeeded(channel);
    return result.value;
  }
  if (result.error.code === 'locked' && !channel.startsWith('session.')) lockedListeners.forEach((l) => l());
  throw new CallError(result.error);
}

/** Any failure as a CallError, so forms can show field messages and the summary alike. */
export function toCallError(error: unknown): CallError {
  return error instanceof CallError ? error : new CallError({ code: 'internal', message: errorMessage(error) });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
