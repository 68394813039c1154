import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src/shared/contract';
import type { Backend } from '../../../src/main/backend';
import { registerIpcHandlers } from '../../../src/main/electron/ipc';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain;
  const invoke = vi.fn(async () => ({ ok: true, value: 'from backend' }));
  registerIpcHandlers(ipcMain, { invoke } as unknown as Backend, null);
  return { handlers, invoke };
}

const eventFrom = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

describe('IPC registration', () => {
  it('registers exactly one handler per contract channel', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it("passes calls from the app's own top-level page to the backend", async () => {
    const { handlers, invoke } = setup();
    const result = await handlers.get('settings.get')?.(eventFrom('app://peerdesk/index.html'), {});
    expect(result).toEqual({ ok: true, value: 'from backend' });
    expect(invoke).toHaveBeenCalledWith('settings.get', {});
  });

  it('rejects another origin, a file:// page and an iframe without reaching the backend', async () => {
    const { handlers, invoke } = setup();
    for (const event of [
      eventFrom('https://example.com/'),
      eventFrom('file:///tmp/evil.html'),
      eventFrom('app://peerdesk/index.html', { url: 'app://peerdesk/index.html' }),
      { senderFrame: null } as unknown as IpcMainInvokeEvent,
    ]) {
      expect(await handlers.get('settings.set')?.(event, { departmentName: 'x' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });
});
