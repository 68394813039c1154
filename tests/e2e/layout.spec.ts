import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

// axe checks whole screens, several per test: on a busy two-core machine that takes minutes, not seconds.
test.describe.configure({ timeout: 180_000 });

const screens = ['Dashboard', 'Roster', 'Selection', 'Training', 'Statistics', 'Incidents', 'Reports', 'Supporters', 'Resources', 'Settings'];

/** How the page sits in the window: page-level horizontal scroll, the main area's width, and any table cut off with no way to scroll to it. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const main = document.querySelector('main');
    const clipped = [...document.querySelectorAll('main table')].flatMap((table) => {
      const box = table.getBoundingClientRect();
      if (box.width === 0) return [];
      // Only the spreadsheets (frozen first column) may scroll sideways; any other table must fit.
      let scroller = table.parentElement;
      while (scroller && scroller !== main && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      const spreadsheet = scroller?.hasAttribute('data-scrolls-sideways') ?? false;
      const overflows = box.right > window.innerWidth + 1 || (scroller !== null && scroller !== main && scroller.scrollWidth > scroller.clientWidth + 1);
      return overflows && !spreadsheet ? [table.getAttribute('aria-label') ?? 'a table'] : [];
    });
    // Scroll containers inside scroll containers (besides the page itself): what scrolls vertically in the view.
    const verticalScrollers = [...document.querySelectorAll('main *')].filter((el) => {
      const style = getComputedStyle(el);
      return ['auto', 'scroll'].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    }).length;
    return { pageScrollsSideways: root.scrollWidth > root.clientWidth + 1, mainWidth: main?.getBoundingClientRect().width ?? 0, clipped, verticalScrollers };
  });
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`layout at ${viewport.width}×${viewport.height}: no screen scrolls sideways or cuts a column off, the width is used, one scroll container a view, and no serious accessibility violation`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(viewport);
    await app.openUnlocked({ demo: true });
    const frame = new AppFramePage(page);
    for (const screen of screens) {
      await frame.goTo(screen);
      await page.waitForLoadState('networkidle');
      await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
      const m = await measure(page);
      expect.soft(m.pageScrollsSideways, `${screen} scrolls sideways`).toBe(false);
      expect.soft(m.clipped, `${screen} cuts off a table`).toEqual([]);
      expect.soft(m.verticalScrollers, `${screen} nests scroll containers`).toBeLessThanOrEqual(1);
      // The main area takes the window's width beside the navigation (190 px) and its padding.
      expect.soft(m.mainWidth, `${screen} leaves the width unused`).toBeGreaterThan(viewport.width - 190 - 80);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect.soft(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id}`)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`${screen.toLowerCase()}-${viewport.width}.png`) });
    }
  });
}
