import { addMonths, monthOf } from '../../src/shared/calendar';
import { addTrainedMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

test('§6: the month of every demo member is entered through the keyboard grid until nothing is missing', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Statistics');
  const grid = page.getByRole('table', { name: 'Monthly tallies' });
  await expect(page.getByText(/\d+ missing/)).toBeVisible();
  const outstanding = grid.getByRole('row').filter({ hasText: /Missing|Not due yet/ });
  const names = await outstanding.locator('.name').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const [index, name] of names.entries()) {
    if (index === 0) {
      await grid.getByRole('checkbox', { name: `${name}: no contacts this month` }).check();
      continue;
    }
    // Type like a spreadsheet: one-on-one, Tab to group, Tab … to hours on duty.
    await grid.getByRole('textbox', { name: `${name}: Contacts, One-on-one` }).fill('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await grid.getByRole('textbox', { name: `${name}: Hours, On duty` }).fill('3.5');
  }
  await page.getByRole('button', { name: /^Save \d+ changed/ }).click();
  await expect(page.getByText(/ 0 missing · 0 not due yet/)).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: /Missing|Not due yet/ })).toHaveCount(0);
});

test('§6 and §3.E: unsubmitted tallies turn missing after the due day; a reviewed month needs a reason to change', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', joinedOn: '2025-01-15' });
  await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor', joinedOn: '2025-01-15' });
  const frame = new AppFramePage(page);
  await frame.goTo('Statistics');
  // The current month: not due until the 10th of next month.
  await page.getByRole('button', { name: 'Next month' }).click();
  const thisMonth = monthOf(app.today());
  await expect(page.getByRole('textbox', { name: 'Month' })).toHaveValue(thisMonth);
  const grid = page.getByRole('table', { name: 'Monthly tallies' });
  await expect(grid.getByRole('row', { name: /Maria Alvarez/ })).toContainText('Not due yet');
  await grid.getByRole('textbox', { name: 'Maria Alvarez: Contacts, One-on-one' }).fill('1');
  await page.getByRole('button', { name: /^Save 1 changed/ }).click();
  await expect(grid.getByRole('row', { name: /Maria Alvarez/ })).toContainText('On time');

  // Move the clock past the due day: Daniel's silence becomes "missing", never zero.
  const due = `${addMonths(thisMonth, 1)}-11T12:00:00`;
  app.advanceClock(Date.parse(due) - app.clock().getTime());
  await page.getByRole('button', { name: 'Previous month' }).click();
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(grid.getByRole('row', { name: /Daniel Okafor/ })).toContainText('Missing');
  await expect(grid.getByRole('row', { name: /Maria Alvarez/ })).toContainText('On time');

  await page.getByRole('button', { name: 'Mark month reviewed…' }).click();
  await page.getByRole('button', { name: 'Mark reviewed' }).click();
  // People are named, not roles: with no name in Settings yet, "the Coordinator".
  await expect(page.getByText(/Reviewed by the Coordinator on/)).toBeVisible();
  await page.getByRole('button', { name: 'Export month (XLSX)…' }).click();
  await expect(page.getByText(`Tallies saved as tallies-${thisMonth}.xlsx`)).toBeVisible();
  await grid.getByRole('textbox', { name: 'Maria Alvarez: Contacts, One-on-one' }).fill('2');
  await page.getByRole('button', { name: /^Save 1 changed/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct a reviewed month' });
  await dialog.getByRole('combobox', { name: 'Reason' }).click();
  await page.getByRole('option', { name: 'Data entry error' }).click();
  await dialog.getByRole('button', { name: 'Save corrections' }).click();
  await expect(grid.getByRole('row', { name: /Maria Alvarez/ })).toContainText('corrected 1×');
  const audit = await backend.invoke('audit.list', {});
  expect(audit.ok && audit.value.entries[0]?.action).toBe('tallies.correct');
});
