import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createBackend, type Backend } from '../../src/main/backend/backend';
import type { Clock } from '../../src/main/backend/clock';
import type { Dialogs } from '../../src/main/backend/dialogs';

/**
 * Runs the built renderer in Chromium with `window.peerDesk` backed by the REAL backend
 * in this test process (real encrypted database, real rules) — exactly the preload's
 * contract, so the UI under test is the UI that ships. Every test gets its own data folder.
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

export interface AppHarness {
  page: Page;
  backend: Backend;
  dataDir: string;
  /** Moves the backend's clock forward (auto-lock, throttling, due dates). */
  advanceClock(ms: number): void;
  /** The folder main's folder dialog answers with (the NAS in tests). */
  nasDir: string;
  /** Where main's save dialog saves exports. */
  exportDir: string;
  /** Requests to other origins that the page attempted (must stay empty: air gap). */
  blockedRequests: string[];
  open(): Promise<void>;
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'peerdesk-e2e-'));
    const [dataDir, nasDir, exportDir] = ['data', 'nas', 'exports'].map((name) => join(root, name)) as [string, string, string];
    mkdirSync(nasDir);
    mkdirSync(exportDir);
    let offsetMs = 0;
    const clock: Clock = () => new Date(Date.now() + offsetMs);
    const dialogs: Dialogs = {
      chooseFolder: async () => nasDir,
      chooseSaveFile: async ({ defaultName }) => join(exportDir, defaultName),
    };
    const backend = createBackend({ dataDir, clock, dialogs, logError: () => undefined });
    const blockedRequests: string[] = [];

    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== APP_ORIGIN) {
        blockedRequests.push(url.href);
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
    await page.addInitScript(() => {
      const listeners = new Set<(state: string) => void>();
      const w = window as unknown as Record<string, unknown>;
      w.__peerDeskSessionChanged = (state: string) => listeners.forEach((l) => l(state));
      w.peerDesk = {
        invoke: (channel: string, input: unknown) => (w.__peerDeskInvoke as (c: string, i: unknown) => Promise<unknown>)(channel, input),
        onSessionChange(listener: (state: string) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
    });

    await use({
      page,
      backend,
      dataDir,
      nasDir,
      exportDir,
      blockedRequests,
      advanceClock: (ms) => {
        offsetMs += ms;
      },
      open: async () => {
        await page.goto(`${APP_ORIGIN}/index.html`);
      },
    });
    backend.close();
    rmSync(root, { recursive: true, force: true });
  },
});

export { expect };
