import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import type { Backend } from '../../src/main/backend';

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
      invoke: async (channel, input) => JSON.parse(await window.__peerDeskInvoke(channel, input === undefined ? '{}' : JSON.stringify(input))),
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
  // Values cross as one JSON string each way: Playwright serialises a large object graph
  // node by node (slowly), while the app's own IPC clones plain data in a few milliseconds.
  await page.exposeBinding('__peerDeskInvoke', async (_source, channel: unknown, input: string) => JSON.stringify(await backend.invoke(channel, JSON.parse(input))));
  backend.onSessionChange((state) => {
    void page.evaluate((s) => (window as unknown as { __peerDeskSessionChanged?(s: string): void }).__peerDeskSessionChanged?.(s), state).catch(() => undefined);
  });
  // A string, not a function: transpilers may wrap functions in helpers the page does not have.
  await page.addInitScript({ content: bridgeScript });
}
