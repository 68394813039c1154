import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import type { Backend } from '../../src/main/backend/backend';

/**
 * Serves the built renderer under a fixed origin and provides `window.peerDesk` backed by
 * a real backend in this process — exactly the preload's contract. Used by the end-to-end
 * harness and by the browser benchmarks. Requests to any other origin are aborted and
 * reported through `onBlocked` (the air gap).
 */
export const APP_ORIGIN = 'https://peerdesk.test';
const rendererDir = resolve('out/renderer');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** What the preload exposes, rebuilt over Playwright bindings. */
const bridgeScript = `
  (() => {
    const listeners = new Set();
    window.__peerDeskSessionChanged = (state) => listeners.forEach((listener) => listener(state));
    window.peerDesk = {
      invoke: (channel, input) => window.__peerDeskInvoke(channel, input),
      onSessionChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  })();
`;

export async function attachBackend(page: Page, backend: Backend, onBlocked: (url: string) => void = () => undefined): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      onBlocked(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(rendererDir + sep)) {
      await route.fulfill({ status: 404 });
      return;
    }
    try {
      await route.fulfill({ status: 200, body: readFileSync(file), contentType: contentTypes[extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  await page.exposeBinding('__peerDeskInvoke', (_source, channel: unknown, input: unknown) => backend.invoke(channel, input));
  backend.onSessionChange((state) => {
    void page.evaluate((s) => (window as unknown as { __peerDeskSessionChanged?(s: string): void }).__peerDeskSessionChanged?.(s), state).catch(() => undefined);
  });
  // A string, not a function: transpilers may wrap functions in helpers the page does not have.
  await page.addInitScript({ content: bridgeScript });
}
