import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AppFramePage } from './pages/AppFramePage';
import { SetupPage } from './pages/SetupPage';
import { expect, test } from './harness';

// axe checks whole screens, several per test: on a busy two-core machine that takes minutes, not seconds.
test.describe.configure({ timeout: 180_000 });

const PASSPHRASE = 'quiet harbour lantern 42';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join(", ")})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`WCAG 2.1 AA (${scheme}): Setup, recovery code, Unlock and Settings have no serious or critical violations`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    const setup = new SetupPage(page);
    await expect(setup.heading()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await setup.choosePassphrase(PASSPHRASE);
    const code = await setup.recoveryCode();
    expect(await seriousViolations(page)).toEqual([]);
    await setup.confirmRecoveryCode(code);

    const frame = new AppFramePage(page);
    await frame.goTo('Settings');
    expect(await seriousViolations(page)).toEqual([]);
    for (const tab of ['Passphrase', 'Policy parameters', 'Backups', 'Audit log']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await seriousViolations(page)).toEqual([]);
    }

    await frame.lock();
    await expect(page.getByRole('heading', { name: 'Unlock PeerDesk' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('WCAG 2.1 AA: the Roster screen, a member drawer, the add form and the publish preview', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Roster');
  await expect(page.getByRole('table', { name: 'Team members' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('row', { name: /^Maria Alvarez/ }).click();
  await expect(page.getByRole('dialog', { name: 'Maria Alvarez' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Status history' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('form', { name: 'New member' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Publish to intranet…' }).click();
  await expect(page.getByRole('table', { name: 'Members to publish' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('WCAG 2.1 AA: the training matrix, a session with attendance, the catalog and the member training tab', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Training');
  await expect(page.getByRole('table', { name: 'Training matrix' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: /^Open QTM session/ }).nth(1).click();
  await expect(page.getByRole('list', { name: 'Attendance' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Course catalog' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await new AppFramePage(page).goTo('Roster');
  await page.getByRole('row', { name: /^Thomas Becker/ }).click();
  await page.getByRole('tab', { name: 'Training' }).click();
  await expect(page.getByRole('table', { name: 'Courses' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('WCAG 2.1 AA: the monthly tallies grid', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Statistics');
  await expect(page.getByRole('table', { name: 'Monthly tallies' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('WCAG 2.1 AA: incidents, overtime and exception notices', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Incidents');
  await expect(page.getByRole('form', { name: 'Record an incident' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  for (const tab of ['Overtime', 'Exception notices']) {
    await page.getByRole('tab', { name: tab }).click();
    expect(await seriousViolations(page)).toEqual([]);
  }
});

test('WCAG 2.1 AA: the selection board, table, rounds and a candidate drawer', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Selection');
  await expect(page.getByRole('region', { name: 'Stage Approvals' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /^Sofia Marchetti/ }).click();
  await expect(page.getByRole('form', { name: /Record an approval/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  for (const tab of ['Table', 'Rounds']) {
    await page.getByRole('tab', { name: tab }).click();
    expect(await seriousViolations(page)).toEqual([]);
  }
});

test('WCAG 2.1 AA: the dashboard and a report preview', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await expect(page.getByRole('list', { name: 'Needs your attention' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await new AppFramePage(page).goTo('Reports');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('article', { name: 'Report preview' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
