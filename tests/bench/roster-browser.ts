import { chromium } from '@playwright/test';
import type { Backend } from '../../src/main/backend';
import { APP_ORIGIN, attachBackend } from '../e2e/attach-backend';
import { chromiumExecutable } from '../e2e/chromium';

/**
 * Runs in the page (as source text, so no transpiler helper leaks in): sets the search box
 * the way typing does, then waits until the member count changed and one more frame drew.
 */
const typeAndWaitForTable = `async (value) => {
  const input = document.querySelector('input[type="search"]');
  const output = document.querySelector('output');
  if (!input || !output) throw new Error('roster not on screen');
  const before = output.textContent;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const start = performance.now();
  setValue.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => {
    const check = () => (output.textContent !== before ? resolve() : requestAnimationFrame(check));
    check();
  });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}`;

/** Chromium with the built app over the given backend, as the end-to-end harness runs it. */
async function openApp(backend: Backend) {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await attachBackend(page, backend);
  await page.goto(`${APP_ORIGIN}/index.html`);
  return { browser, page };
}

/**
 * Time from a keystroke in the roster search box until the filtered table has rendered
 * (the next frame after the member count changed), in real Chromium over the real backend.
 */
export async function measureFilterKeystrokes(backend: Backend): Promise<number[]> {
  const { browser, page } = await openApp(backend);
  try {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
    await page.getByRole('table', { name: 'Team members' }).waitFor();
    const times: number[] = [];
    for (const text of ['m', 'ma', 'mar', 'ma', 'm', '', 'k', 'ki', 'k', '', 'o', 'ok', 'o', '']) {
      times.push(await page.evaluate(`(${typeAndWaitForTable})(${JSON.stringify(text)})`));
    }
    return times;
  } finally {
    await browser.close();
  }
}

/** Time from choosing the Training screen until the matrix table of every member is on screen. */
export async function measureMatrixScreen(backend: Backend): Promise<number[]> {
  const { browser, page } = await openApp(backend);
  try {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Dashboard' }).waitFor();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await nav.getByRole('button', { name: 'Dashboard' }).click();
      const start = Date.now();
      await nav.getByRole('button', { name: 'Training' }).click();
      await page.getByRole('table', { name: 'Training matrix' }).locator('tbody tr').nth(10).waitFor();
      times.push(Date.now() - start);
    }
    return times;
  } finally {
    await browser.close();
  }
}
