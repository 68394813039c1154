import type { Session, WebContents, WebPreferences } from 'electron';
import { isAllowedRequest, isAppUrl } from './app-origin';

/** The renderer gets no Node, an isolated world, the Chromium sandbox and a CommonJS preload. */
export function secureWebPreferences(preloadPath: string, isDevelopment: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
    devTools: isDevelopment,
  };
}

/** No new windows, no navigation away, no <webview>: the window only ever shows the app. */
export function hardenWebContents(contents: WebContents, devServerUrl: string | null): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Denies every permission (camera, notifications, geolocation …) and cancels every request
 * that is not for the app's own files: PeerDesk has no network code, and this proves it.
 */
export function lockDownSession(session: Session, devServerUrl: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
}
