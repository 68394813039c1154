import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl } from './app-origin';

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
