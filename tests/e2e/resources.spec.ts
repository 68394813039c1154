import { execFileSync } from 'node:child_process';
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import { addDays } from '../../src/shared/calendar';
import { addTrainedMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

test('§3.A, §4.D: the Resources screen adds a resource from the keyboard, flags a stale one from the dashboard, marks it verified, saves the wallet card and removes with confirmation', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111' });
  const saved = await backend.invoke('resources.save', { kind: 'eap', name: 'Solano County EAP', phones: ['(707) 555-0190'], hours: 'Mon–Fri 8–5', afterHours: false, lastVerifiedOn: addDays(app.today(), -400) });
  expect(saved.ok).toBe(true);

  // The dashboard names the stale entry's count and opens the screen.
  const frame = new AppFramePage(page);
  await frame.goTo('Dashboard');
  await page.getByRole('button', { name: /Open Resources: 1 resource not verified in 12 months/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Resources' }).waitFor();
  const table = page.getByRole('table', { name: 'Outside resources' });
  await expect(table.getByRole('row', { name: /Solano County EAP/ })).toContainText('Stale');

  // Add one, keyboard first: the kind has focus when the form opens.
  await page.getByRole('button', { name: 'Add resource' }).click();
  const form = page.getByRole('form', { name: 'Outside resource' });
  await expect(form.getByRole('combobox', { name: /^Kind/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'Crisis line' }).click();
  await form.getByRole('textbox', { name: /^Name/ }).fill('Suicide & Crisis Lifeline');
  await form.getByRole('combobox', { name: /^Phones/ }).fill('988');
  await page.keyboard.press('Enter');
  await form.getByRole('textbox', { name: /^Hours/ }).fill('24/7');
  await form.getByRole('switch', { name: 'Answers after hours' }).check();
  await form.getByRole('button', { name: 'Save resource' }).click();
  await expect(form).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Suicide & Crisis Lifeline/ })).toContainText('988');
  await page.screenshot({ path: test.info().outputPath('resources.png') });
  // The screen itself; the toast saying it saved is Mantine's, shared by every screen.
  const axe = await new AxeBuilder({ page }).exclude('.mantine-Notifications-root').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`)).toEqual([]);

  await page.getByRole('button', { name: 'Mark verified today: Solano County EAP' }).click();
  await expect(table.getByRole('row', { name: /Solano County EAP/ })).not.toContainText('Stale');

  await page.getByRole('button', { name: 'Save wallet card…' }).click();
  await expect(page.getByText('The wallet cards saved as peer-support-wallet-cards.pdf')).toBeVisible();
  const card = execFileSync('pdftotext', ['-layout', join(app.exportDir, 'peer-support-wallet-cards.pdf'), '-'], { encoding: 'utf8' });
  for (const text of ['Maria Alvarez', '(707) 555-0111', '988', '(707) 555-0190']) expect(card).toContain(text);

  await page.getByRole('button', { name: 'Remove…: Solano County EAP' }).click();
  const question = page.getByRole('dialog', { name: 'Remove this resource?' });
  await question.getByRole('button', { name: 'Remove' }).click();
  await expect(question).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Solano County EAP/ })).toHaveCount(0);
});
