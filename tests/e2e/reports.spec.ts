import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths, monthOf } from '../../src/shared/calendar';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

test('an empty program: the dashboard says what to do first and leads to Settings', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked();
  await expect(page.getByText(/Start with the program details in Settings/)).toBeVisible();
  await page.getByRole('button', { name: 'Open Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('§6, §4.I, §2.F: the dashboard lists what needs the Coordinator, each item opens its screen, and charts 12 months', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  const list = page.getByRole('list', { name: 'Needs your attention' });
  await expect(list.getByText(/tallies missing for/)).toBeVisible();
  await expect(list.getByText(/is inactive for training/)).toBeVisible();
  await expect(list.getByText('The intranet list is out of date')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contacts and hours by month' }).getByRole('row')).toHaveCount(12);
  await list.getByRole('button', { name: /Open Selection: 2 candidates waiting on approvals/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Selection' })).toBeVisible();

  // Each card opens the very thing it counts: the month with the missing tallies, the member, the publish step.
  const frame = new AppFramePage(page);
  const board = await app.backend.invoke('dashboard.today', {});
  const missing = board.ok ? board.value.items.find((i) => i.id === 'tallies-missing')?.link : undefined;
  expect(missing).toMatchObject({ screen: 'statistics', month: expect.stringMatching(/^\d{4}-\d{2}$/) });
  await frame.goTo('Dashboard');
  await list.getByRole('button', { name: /Open Statistics: \d+ tallies missing for/ }).click();
  await expect(page.getByRole('textbox', { name: 'Month' })).toHaveValue(missing?.screen === 'statistics' ? missing.month : '');
  await frame.goTo('Dashboard');
  await list.getByRole('button', { name: /Open Roster: Thomas Becker is inactive for training/ }).click();
  await expect(page.getByRole('dialog', { name: 'Thomas Becker' })).toBeVisible();
  await page.keyboard.press('Escape');
  await frame.goTo('Dashboard');
  await list.getByRole('button', { name: /Open Roster: The intranet list is out of date/ }).click();
  await expect(page.getByRole('dialog', { name: 'Publish the team list to the intranet' })).toBeVisible();
});

test('§3.E: the Reports screen previews a month, saves the PDF through main, and a period summary', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Reports');
  // The month just finished is offered first.
  const iso = addMonths(monthOf(app.today()), -1);
  await expect(page.getByRole('textbox', { name: 'Month' })).toHaveValue(iso);
  await page.getByRole('button', { name: 'Preview' }).click();
  const sheet = page.getByRole('article', { name: 'Report preview' });
  await expect(sheet.getByRole('heading', { name: /^Monthly statistical summary — / })).toBeVisible();
  await expect(sheet.getByRole('table', { name: 'Activity' }).getByRole('columnheader', { name: 'Year to date' })).toBeVisible();
  await expect(sheet.getByText('Confidential — statistical information only')).toBeVisible();
  // §6: the breakdowns show what prints — a hidden cell as "x", with the note saying why.
  for (const name of ['Contacts by concern', 'Referrals by destination', 'Incidents by staff group affected']) await expect(sheet.getByRole('table', { name })).toBeVisible();
  await expect(sheet.getByText(/^x: not printed — a count from 1 to 2/)).toBeVisible();

  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText(`Saved peer-support-summary-${iso}.pdf`)).toBeVisible();
  expect(readdirSync(app.exportDir)).toContain(`peer-support-summary-${iso}.pdf`);
  const saved = execFileSync('pdftotext', [join(app.exportDir, `peer-support-summary-${iso}.pdf`), '-'], { encoding: 'utf8' });
  expect(saved).toMatch(/Monthly statistical summary/);
  // Print sends that very document to the system's print dialog, never a print of the screen.
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByText('Sent to the printer: the same PDF as saved.')).toBeVisible();
  expect(execFileSync('pdftotext', [join(app.exportDir, `printed-peer-support-summary-${iso}.pdf`), '-'], { encoding: 'utf8' })).toBe(saved);

  await page.getByText('Quarter or year', { exact: true }).click();
  // Presets: the department's fiscal year (July by default) so far, from the month just finished.
  await page.getByRole('button', { name: 'Fiscal year to date' }).click();
  await expect(page.getByLabel('To')).toHaveValue(iso);
  await expect(page.getByLabel('From')).toHaveValue(/-07$/);
  await page.getByLabel('From').fill('2026-01');
  await page.getByLabel('To').fill('2026-03');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(sheet.getByRole('columnheader', { name: 'This period' })).toBeVisible();
  await expect(sheet.getByText(/Over a period each month is protected on its own/)).toBeVisible();
  await page.getByLabel('To').fill('2025-12');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('alert', { name: 'No report' })).toBeVisible();
  await expect(page.getByText('The period ends after it starts')).toBeVisible();
});
