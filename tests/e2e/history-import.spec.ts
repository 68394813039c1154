import { addMonths, monthOf } from '../../src/shared/calendar';
import { addTrainedMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

test('§6: earlier tallies from a spreadsheet are previewed with their problems, then the valid rows imported', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', joinedOn: '2024-01-15' });
  await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor', joinedOn: '2024-01-15' });
  const last = addMonths(monthOf(app.today()), -1);
  const earlier = addMonths(last, -1);
  const csv = [
    'Member,Month,One-on-one,Group,Hours on duty,Grief',
    `Maria Alvarez,${earlier},3,1,2.5,1`,
    `Daniel Okafor,${earlier},2,0,1,2`,
    `Maria Alvarez,${last},4,2,3,1`,
    `Daniel Okafor,${last},see notes,0,1,0`,
    `Tess Wong,${last},1,0,1,0`,
  ].join('\n');

  await new AppFramePage(page).goTo('Statistics');
  await page.getByRole('button', { name: 'Import history…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import earlier tallies' });
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'tallies-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(dialog.getByText('3 rows ready')).toBeVisible();
  await expect(dialog.getByText('2 rows with errors')).toBeVisible();
  const rows = dialog.getByRole('table', { name: 'Rows to import' });
  await expect(rows.getByRole('row', { name: /Daniel Okafor/ }).filter({ hasText: last })).toContainText('Not a number');
  await expect(rows.getByRole('row', { name: /Tess Wong/ })).toContainText('No member named "Tess Wong"');
  await rows.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('history-import.png') });

  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Imported 3 tallies, skipped 2 rows with errors')).toBeVisible();
  await page.getByRole('button', { name: 'Previous month' }).click();
  await page.getByRole('button', { name: 'Next month' }).click();
  const grid = page.getByRole('table', { name: 'Monthly tallies' });
  await expect(grid.getByRole('row', { name: /Maria Alvarez/ })).toContainText('On time');
});
