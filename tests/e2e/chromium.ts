import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Playwright's own Chromium when it is installed, else the system one (Debian's
 * `chromium`): the test run never downloads a browser.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.PEERDESK_CHROMIUM) return process.env.PEERDESK_CHROMIUM;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
