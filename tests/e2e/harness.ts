import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createBackend, type Backend } from '../../src/main/backend';
import type { Clock } from '../../src/main/clock';
import { toIsoDate, type IsoDate } from '../../src/shared/calendar';
import type { Dialogs } from '../../src/main/files/dialogs';
import { seedDemo } from '../../src/main/cli/seed-demo';
import { testDate as defaultTestDate, testDayClock } from '../helpers/test-date';
import { APP_ORIGIN, attachBackend } from './attach-backend';

/**
 * Runs the built renderer in Chromium with `window.peerDesk` backed by the REAL backend
 * in this test process (real encrypted database, real rules) — exactly the preload's
 * contract, so the UI under test is the UI that ships. Every test gets its own data folder.
 */
export interface AppHarness {
  page: Page;
  backend: Backend;
  dataDir: string;
  /** The backend's clock: 09:00 on the test's day (never the real date) when the test began, running since. */
  clock: Clock;
  /** The backend's date, the one the app shows as today. */
  today(): IsoDate;
  /** Moves the backend's clock forward (auto-lock, throttling, due dates). */
  advanceClock(ms: number): void;
  /** The folder main's folder dialog answers with (the NAS in tests). */
  nasDir: string;
  /** Where main's save dialog saves exports. */
  exportDir: string;
  /** Requests to other origins that the page attempted (must stay empty: air gap). */
  blockedRequests: string[];
  open(): Promise<void>;
  /** Sets the store up through the backend (no UI) and opens the app unlocked; answers the recovery code. */
  openUnlocked(options?: { demo?: boolean }): Promise<string>;
}

function newestFileIn(dir: string): string | null {
  const files = readdirSync(dir).map((name) => ({ path: join(dir, name), at: statSync(join(dir, name)).mtimeMs }));
  return files.sort((a, b) => b.at - a.at)[0]?.path ?? null;
}

export const PASSPHRASE = 'quiet harbour lantern 42';

/** The day the backend's clock starts on: the fixed default, or a date-matrix project's (playwright.config.ts). */
export interface HarnessOptions {
  testDate: IsoDate;
}

export const test = base.extend<HarnessOptions & { app: AppHarness }>({
  testDate: [defaultTestDate(), { option: true }],
  app: async ({ page, testDate }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'peerdesk-e2e-'));
    const [dataDir, nasDir, exportDir] = ['data', 'nas', 'exports'].map((name) => join(root, name)) as [string, string, string];
    mkdirSync(nasDir);
    mkdirSync(exportDir);
    // Time flows from the test day's morning (idle lock and countdowns need it to) and jumps on advanceClock.
    const testDay = testDayClock(testDate);
    let advancedMs = 0;
    const clock: Clock = () => new Date(testDay().getTime() + advancedMs);
    const dialogs: Dialogs = {
      chooseFolder: async () => nasDir,
      chooseSaveFile: async ({ defaultName }) => join(exportDir, defaultName),
      // "Open" dialogs pick the newest file in the exports folder (a backup saved there earlier).
      chooseOpenFile: async () => newestFileIn(exportDir),
      // "Printing" keeps what was sent to the printer, for the test to read.
      printPdf: async (pdf, title) => {
        writeFileSync(join(exportDir, `printed-${title}`), pdf);
        return true;
      },
    };
    const backend = createBackend({ dataDir, clock, dialogs, logError: () => undefined });
    const blockedRequests: string[] = [];

    await attachBackend(page, backend, (url) => blockedRequests.push(url));

    await use({
      page,
      backend,
      dataDir,
      nasDir,
      exportDir,
      blockedRequests,
      clock,
      today: () => toIsoDate(clock()),
      advanceClock: (ms) => {
        advancedMs += ms;
      },
      open: async () => {
        await page.goto(`${APP_ORIGIN}/index.html`);
      },
      openUnlocked: async ({ demo = false } = {}) => {
        const setup = await backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
        if (!setup.ok) throw new Error(setup.error.message);
        if (demo) await seedDemo(backend, clock());
        await page.goto(`${APP_ORIGIN}/index.html`);
        return setup.value.recoveryCode;
      },
    });
    backend.close();
    rmSync(root, { recursive: true, force: true });
  },
});

export { expect };
