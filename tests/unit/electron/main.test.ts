import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_EVENT } from '../../../src/shared/channel-names';
import { channels } from '../../../src/shared/contract';
import { tempDir } from '../../helpers/temp-dir';

/** A stand-in for the parts of Electron the shell touches, recording what it was asked. */
const fake = vi.hoisted(() => {
  const state = {
    singleInstance: true,
    windows: [] as { options: Record<string, unknown>; loaded: string | null; sent: unknown[][] }[],
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    ipcChannels: [] as string[],
    ipcHandlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    privilegedSchemes: [] as unknown[],
    protocolHandlers: [] as string[],
    menuTemplate: null as unknown,
    permissionHandlerSet: false,
    beforeRequestSet: false,
    userData: '',
  };
  class BrowserWindow {
    record: { options: Record<string, unknown>; loaded: string | null; sent: unknown[][] };
    webContents: { send: (...args: unknown[]) => void };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: null, sent: [] };
      state.windows.push(this.record);
      this.webContents = { send: (...args) => this.record.sent.push(args) };
    }
    once() {}
    show() {}
    isMinimized() {
      return false;
    }
    focus() {}
    restore() {}
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => state.singleInstance,
      quit: vi.fn(),
      on: (event: string, listener: (...args: unknown[]) => void) => state.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    dialog: { showMessageBox: vi.fn() },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => {
        state.ipcChannels.push(channel);
        state.ipcHandlers.set(channel, handler);
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => (state.menuTemplate = template), setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string) => state.protocolHandlers.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => (state.permissionHandlerSet = true),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        webRequest: { onBeforeRequest: () => (state.beforeRequestSet = true) },
      },
    },
  };
  return { state, electron };
});
vi.mock('electron', () => fake.electron);

async function startShell() {
  vi.resetModules();
  await import('../../../src/main/electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('Electron shell start-up', () => {
  beforeEach(() => {
    Object.assign(fake.state, {
      singleInstance: true,
      windows: [],
      ipcChannels: [],
      privilegedSchemes: [],
      protocolHandlers: [],
      menuTemplate: null,
      permissionHandlerSet: false,
      beforeRequestSet: false,
      userData: tempDir(),
    });
    fake.state.appListeners.clear();
    fake.state.ipcHandlers.clear();
    fake.electron.app.quit.mockClear();
    delete process.env.PEERDESK_DATA_DIR;
  });

  it('opens one secure window on app://, registers every channel, locks the session down and sets the menu', async () => {
    await startShell();
    expect(fake.state.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.state.protocolHandlers).toEqual(['app']);
    expect(fake.state.windows).toHaveLength(1);
    const [window] = fake.state.windows;
    expect(window?.loaded).toBe('app://peerdesk/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect((window?.options.webPreferences as { preload?: string } | undefined)?.preload).toMatch(/preload[\\/]index\.js$/);
    expect(fake.state.ipcChannels.sort()).toEqual([...channels].sort());
    expect(fake.state.permissionHandlerSet).toBe(true);
    expect(fake.state.beforeRequestSet).toBe(true);
    expect(fake.state.menuTemplate).not.toBeNull();
    expect(fake.state.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.state.appListeners.has('second-instance')).toBe(true);
  });

  it('quits at once when another instance already runs (single-instance lock)', async () => {
    fake.state.singleInstance = false;
    await startShell();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('menu Lock closes the store and tells the window', async () => {
    await startShell();
    const fromApp = { senderFrame: { url: 'app://peerdesk/index.html', parent: null } };
    const passphrase = 'quiet harbour lantern 42';
    const setup = await fake.state.ipcHandlers.get('session.setup')?.(fromApp, { passphrase, confirmation: passphrase });
    expect(setup).toMatchObject({ ok: true });
    const template = fake.state.menuTemplate as { submenu?: { label?: string; click?: () => void }[] }[];
    template.flatMap((m) => m.submenu ?? []).find((i) => i.label === 'Lock')?.click?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.state.windows[0]?.sent).toContainEqual([SESSION_EVENT, 'locked']);
    expect(await fake.state.ipcHandlers.get('settings.get')?.(fromApp, {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});
