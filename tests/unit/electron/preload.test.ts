import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_EVENT } from '../../../src/shared/channel-names';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 1 })), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload bridge', () => {
  beforeEach(() => vi.clearAllMocks());

  it('exposes window.peerDesk with invoke and onSessionChange only — never ipcRenderer', async () => {
    vi.resetModules();
    await import('../../../src/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe('peerDesk');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onSessionChange']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards contract channels and refuses any other name without sending it', async () => {
    const { peerDeskBridge } = await import('../../../src/preload/index');
    expect(await peerDeskBridge.invoke('settings.get', {})).toEqual({ ok: true, value: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('settings.get', {});
    electron.ipcRenderer.invoke.mockClear();
    const refused = await (peerDeskBridge.invoke as (c: string, i: unknown) => Promise<unknown>)('ELECTRON_BROWSER_REQUIRE', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('subscribes to the one session event and can unsubscribe', async () => {
    const { peerDeskBridge } = await import('../../../src/preload/index');
    const listener = vi.fn();
    const unsubscribe = peerDeskBridge.onSessionChange(listener);
    const [event, forward] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (e: unknown, s: string) => void];
    expect(event).toBe(SESSION_EVENT);
    forward({ sender: 'hidden' }, 'locked');
    expect(listener).toHaveBeenCalledWith('locked');
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(SESSION_EVENT, forward);
  });
});
