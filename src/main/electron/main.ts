import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { SESSION_EVENT } from '../../shared/channel-names';
import { createBackend, type Backend } from '../backend';
import { resolveDataDir } from '../store/data-dir';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { serveAppFile } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { electronDialogs } from './dialogs';
import { buildMenuTemplate } from './menu';
import { hardenWebContents, lockDownSession } from './security';

/**
 * The thin Electron shell: window, menu, protocol, IPC wiring and lifecycle. Everything
 * it calls lives in the backend, which never imports electron and is tested in plain Node.
 */
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const isDevelopment = devServerUrl !== null;
const IDLE_CHECK_MS = 15_000;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
  app.whenReady().then(() => {
    const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
    const backend = createBackend({ dataDir, dialogs: electronDialogs(() => window) });
    lockDownSession(session.defaultSession, devServerUrl);
    protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, join(__dirname, '../renderer')));
    registerIpcHandlers(ipcMain, backend, devServerUrl);
    window = createWindow();
    const idleTimer = setInterval(() => backend.lockIfIdle(), IDLE_CHECK_MS);
    backend.onSessionChange((state) => window?.webContents.send(SESSION_EVENT, state));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(menuActions(backend, () => window), isDevelopment)));
    app.on('window-all-closed', () => {
      clearInterval(idleTimer);
      backend.close();
      app.quit();
    });
  });
}

function createWindow(): BrowserWindow {
  // REMOTE_MODULE: the remote module was removed in Electron 14; there is no option left to set.
  const window = new BrowserWindow({ // eng-disable REMOTE_MODULE_JS_CHECK
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: 'PeerDesk',
    show: false,
    // Written out here, not built by a helper, so that reviewers and electronegativity see
    // the exact options: no Node in the page, an isolated world, the Chromium sandbox.
    webPreferences: {
      // PRELOAD: the preload exposes only window.peerDesk (invoke for contract channels, one event).
      preload: join(__dirname, '../preload/index.js'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      devTools: isDevelopment,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}

function menuActions(backend: Backend, currentWindow: () => BrowserWindow | null) {
  return {
    lock: () => void backend.invoke('session.lock', {}),
    quit: () => app.quit(),
    about: () => {
      const parent = currentWindow();
      const options = {
        type: 'info' as const,
        title: 'About PeerDesk',
        message: `PeerDesk ${app.getVersion()}`,
        detail: `Peer Support Program workstation.\n\nData folder:\n${backend.dataDir}`,
      };
      void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    },
  };
}
