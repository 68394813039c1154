import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Backend } from '../backend';
import { isAppUrl } from './app-origin';

/** Only the app's own top-level page may call the backend — never an iframe or another origin. */
function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl: string | null): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}

/** One handler per contract channel, each checking the sender before the backend sees the input. */
export function registerIpcHandlers(ipcMain: IpcMain, backend: Backend, devServerUrl: string | null): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: { code: 'validation', message: 'Calls are accepted only from PeerDesk itself.' } };
      }
      return backend.invoke(channel, input);
    });
  }
}
