import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenWebContents, lockDownSession } from '../../../src/main/electron/security';

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | null = null;
  const contents = {
    setWindowOpenHandler: (handler: Listener) => {
      openHandler = handler;
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
  };
  return { contents: contents as unknown as WebContents, listeners, openWindow: (url: string) => openHandler?.({ url }) };
}

function fakeSession() {
  const captured: { request?: Listener; check?: Listener; device?: Listener; beforeRequest?: Listener } = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (captured.request = h),
    setPermissionCheckHandler: (h: Listener) => (captured.check = h),
    setDevicePermissionHandler: (h: Listener) => (captured.device = h),
    webRequest: { onBeforeRequest: (h: Listener) => (captured.beforeRequest = h) },
  };
  return { session: session as unknown as Session, captured };
}

function requestVerdict(beforeRequest: Listener | undefined, url: string): boolean {
  let cancel: boolean | undefined;
  beforeRequest?.({ url }, (response: { cancel: boolean }) => (cancel = response.cancel));
  return cancel as boolean;
}

describe('window hardening', () => {
  it('denies window.open, blocks navigation and redirects away from the app, and <webview>', () => {
    const { contents, listeners, openWindow } = fakeWebContents();
    hardenWebContents(contents, null);
    expect(openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(openWindow('app://peerdesk/index.html')).toEqual({ action: 'deny' });

    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      listeners.get(event)?.(away, 'https://example.com/');
      expect(away.preventDefault, event).toHaveBeenCalled();
      const fileUrl = { preventDefault: vi.fn() };
      listeners.get(event)?.(fileUrl, 'file:///etc/passwd');
      expect(fileUrl.preventDefault, event).toHaveBeenCalled();
      const inside = { preventDefault: vi.fn() };
      listeners.get(event)?.(inside, 'app://peerdesk/index.html');
      expect(inside.preventDefault, event).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('session lock-down', () => {
  it('denies every permission request and check', () => {
    const { session, captured } = fakeSession();
    lockDownSession(session, null);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      captured.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(captured.check?.({}, permission)).toBe(false);
    }
    expect(captured.device?.({})).toBe(false);
  });

  it('cancels every request that is not for the app’s own files (air gap)', () => {
    const { session, captured } = fakeSession();
    lockDownSession(session, null);
    expect(requestVerdict(captured.beforeRequest, 'app://peerdesk/index.html')).toBe(false);
    expect(requestVerdict(captured.beforeRequest, 'app://peerdesk/assets/index.js')).toBe(false);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'ws://intranet.local/',
      'app://elsewhere/index.html',
      'devtools://devtools/bundled/inspector.html',
      'data:text/html,hi',
    ]) {
      expect(requestVerdict(captured.beforeRequest, url), url).toBe(true);
    }
  });

  it('in development also lets the dev server and devtools through, nothing else', () => {
    const { session, captured } = fakeSession();
    lockDownSession(session, 'http://localhost:5173');
    expect(requestVerdict(captured.beforeRequest, 'http://localhost:5173/src/main.tsx')).toBe(false);
    expect(requestVerdict(captured.beforeRequest, 'devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(requestVerdict(captured.beforeRequest, 'https://example.com/')).toBe(true);
  });
});
