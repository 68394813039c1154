import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths, monthOf } from '../../src/shared/calendar';
import { fillPdf, fillXlsx } from '../helpers/fill-tally-forms';
import { addTrainedMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

test('§6: returned fillable forms and workbooks are imported from a folder at once; a form with text in a figure field is listed, not stored', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  const maria = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', joinedOn: '2025-01-15' });
  const daniel = await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor', joinedOn: '2025-01-15' });
  const lena = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang', joinedOn: '2025-01-15' });
  await new AppFramePage(page).goTo('Statistics');
  const month = addMonths(monthOf(app.today()), -1);

  // The Coordinator saves the forms to hand out (main's dialog saves into the exports folder).
  await page.getByRole('button', { name: 'Save fillable form…' }).click();
  await expect(page.getByText(`Fillable tally form saved as tally-form-${month}.pdf`)).toBeVisible();
  await page.getByRole('button', { name: 'Save workbook template…' }).click();
  await expect(page.getByText(`Tally workbook template saved as tally-workbook-${month}.xlsx`)).toBeVisible();
  const pdf = readFileSync(join(app.exportDir, `tally-form-${month}.pdf`));
  const xlsx = readFileSync(join(app.exportDir, `tally-workbook-${month}.xlsx`));

  // Members return them into a shared folder (main's folder dialog answers that folder).
  writeFileSync(join(app.nasDir, 'maria.pdf'), await fillPdf(pdf, maria.id, { 'contacts.oneOnOne': 3, hoursOnDuty: '2.5' }));
  writeFileSync(join(app.nasDir, 'daniel.xlsx'), fillXlsx(xlsx, daniel.id, { noContacts: 'x' }));
  writeFileSync(join(app.nasDir, 'lena.pdf'), await fillPdf(pdf, lena.id, { 'contacts.group': 'met J. Roe at home' }));

  await page.getByRole('button', { name: 'Import returned forms…' }).click();
  const dialog = page.getByRole('dialog', { name: /Import returned tally forms/ });
  const table = dialog.getByRole('table', { name: 'Returned forms' });
  await expect(table.getByRole('row', { name: /maria\.pdf/ })).toContainText('Ready');
  await expect(table.getByRole('row', { name: /daniel\.xlsx/ })).toContainText('No contacts');
  await expect(table.getByRole('row', { name: /lena\.pdf/ })).toContainText('Text in a figure field (Contacts: Group)');
  await expect(dialog).not.toContainText('Roe');
  await page.screenshot({ path: test.info().outputPath('tally-intake.png') });

  await dialog.getByRole('button', { name: 'Import 2 ready' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('2 tallies were imported. 1 form was not:')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const grid = page.getByRole('table', { name: 'Monthly tallies' });
  await expect(grid.getByRole('row', { name: /Maria Alvarez/ })).not.toContainText(/Missing|Not due yet/);
  await expect(grid.getByRole('row', { name: /Lena Hoang/ })).toContainText(/Missing|Not due yet/);
});
