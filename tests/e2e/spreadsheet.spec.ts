import { addTrainedMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { UnlockPage } from './pages/UnlockPage';
import { expect, PASSPHRASE, test } from './harness';

/** Pastes text into the element in focus as a spreadsheet's copy would (text/plain, tab and newline separated). */
async function paste(page: import('@playwright/test').Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

test('§6: the tally grid keeps a spreadsheet\'s keys — arrows and Enter move, typing replaces, a pasted block fills, 0 is a value, one save', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  const names = ['Ann Ames', 'Ben Bose', 'Cleo Cruz'];
  for (const name of names) {
    const [firstName, lastName] = name.split(' ') as [string, string];
    await addTrainedMember(backend, { firstName, lastName, joinedOn: '2025-01-15' });
  }
  await new AppFramePage(page).goTo('Statistics');
  const grid = page.getByRole('table', { name: 'Monthly tallies' });
  const cell = (name: string, column: string) => grid.getByRole('textbox', { name: `${name}: ${column}` });

  // ↓ moves to the next member and never changes the number; typing replaces what is there.
  await cell('Ann Ames', 'Contacts, One-on-one').click();
  await page.keyboard.type('4');
  await page.keyboard.press('ArrowDown');
  await expect(cell('Ben Bose', 'Contacts, One-on-one')).toBeFocused();
  await expect(cell('Ann Ames', 'Contacts, One-on-one')).toHaveValue('4');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('5');
  await expect(cell('Ann Ames', 'Contacts, One-on-one')).toHaveValue('5');
  // → leaves the cell once the caret is at the end; Enter goes down the same column.
  await page.keyboard.press('ArrowRight');
  await expect(cell('Ann Ames', 'Contacts, Group')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell('Ben Bose', 'Contacts, Group')).toBeFocused();
  await page.keyboard.press('Shift+Enter');
  await expect(cell('Ann Ames', 'Contacts, Group')).toBeFocused();

  // A 2×2 block copied from Excel lands on Ben and Cleo from the cell in focus.
  await cell('Ben Bose', 'Contacts, One-on-one').focus();
  await paste(page, '2\t1\r\n0\t0\r\n');
  await expect(cell('Ben Bose', 'Contacts, One-on-one')).toHaveValue('2');
  await expect(cell('Ben Bose', 'Contacts, Group')).toHaveValue('1');
  await expect(cell('Cleo Cruz', 'Contacts, One-on-one')).toHaveValue('0');

  // Three rows changed, one save, one transaction: three audit lines, Cleo's zeros saved as "no contacts".
  const before = await backend.invoke('audit.list', {});
  await page.keyboard.press('Control+s');
  await expect(page.getByText('3 tallies saved')).toBeVisible();
  const after = await backend.invoke('audit.list', {});
  expect(after.ok && before.ok && after.value.total - before.value.total).toBe(3);
  await expect(grid.getByRole('checkbox', { name: 'Cleo Cruz: no contacts this month' })).toBeChecked();
});

test('§6: one refused row saves nothing of the grid and is marked; unsaved rows survive leaving the month and the idle lock', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await addTrainedMember(backend, { firstName: 'Ann', lastName: 'Ames', joinedOn: '2025-01-15' });
  await addTrainedMember(backend, { firstName: 'Ben', lastName: 'Bose', joinedOn: '2025-01-15' });
  await new AppFramePage(page).goTo('Statistics');
  const grid = page.getByRole('table', { name: 'Monthly tallies' });
  await grid.getByRole('textbox', { name: 'Ann Ames: Contacts, One-on-one' }).fill('3');
  await grid.getByRole('textbox', { name: 'Ben Bose: Contacts, One-on-one' }).fill('2');
  await grid.getByRole('textbox', { name: 'Ben Bose: Hours, On duty' }).fill('900');
  await page.getByRole('button', { name: /^Save 2 changed/ }).click();
  await expect(page.getByText(/1 row\(s\) need attention; nothing was saved/)).toBeVisible();
  await expect(grid.getByRole('row', { name: /Ben Bose/ }).getByRole('alert')).toBeVisible();
  const month = await backend.invoke('tallies.month', { month: await page.getByRole('textbox', { name: 'Month' }).inputValue() });
  expect(month.ok && month.value.rows.every((r) => r.tally === null)).toBe(true);

  // Away to another month and back: the two rows wait, named as kept.
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page.getByText('Changes not saved yet in:')).toBeVisible();
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(grid.getByRole('textbox', { name: 'Ann Ames: Contacts, One-on-one' })).toHaveValue('3');

  // The idle lock, then unlock: back on Statistics with the rows as they were.
  app.advanceClock(11 * 60_000);
  expect(app.backend.lockIfIdle()).toBe(true);
  const unlock = new UnlockPage(page);
  await expect(unlock.heading()).toBeVisible();
  await unlock.unlock(PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(grid.getByRole('textbox', { name: 'Ben Bose: Hours, On duty' })).toHaveValue('900');
  await expect(page.getByText(/2 unsaved row\(s\) of .* were kept for you/)).toBeVisible();

  await grid.getByRole('textbox', { name: 'Ben Bose: Hours, On duty' }).fill('9');
  await page.getByRole('button', { name: /^Save 2 changed/ }).click();
  await expect(page.getByText('2 tallies saved')).toBeVisible();
  await expect(page.getByText(/were kept for you/)).toHaveCount(0);
});

test('§3: a half-typed new member and the open screen come back after the idle lock, from memory', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked();
  await new AppFramePage(page).goTo('Roster');
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a team member' });
  await dialog.getByRole('textbox', { name: 'First name' }).fill('Priya');
  await dialog.getByRole('textbox', { name: 'Last name' }).fill('Natarajan');

  app.advanceClock(11 * 60_000);
  expect(app.backend.lockIfIdle()).toBe(true);
  const unlock = new UnlockPage(page);
  await expect(unlock.heading()).toBeVisible();
  // Locked: nothing of the draft is on the page.
  await expect(page.getByText('Natarajan')).toHaveCount(0);
  await unlock.unlock(PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Last name' })).toHaveValue('Natarajan');
  await expect(dialog.getByText('Your unsaved changes were kept.')).toBeVisible();

  // Cancel asks, and discarding forgets the draft for good.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Last name' })).toHaveValue('');
});
