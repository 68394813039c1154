import { addDays } from '../../src/shared/calendar';
import { addTrainedMember, aMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { RosterPage } from './pages/RosterPage';
import { TrainingPage } from './pages/TrainingPage';
import { expect, test } from './harness';

test('§4.I: two consecutive absences make a member inactive with the reason and remove them from the intranet list; a make-up restores them', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await addTrainedMember(backend, { firstName: 'Thomas', lastName: 'Becker', workPhone: '(707) 555-0116', joinedOn: '2025-01-15' });
  await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111', joinedOn: '2025-01-15' });
  const frame = new AppFramePage(page);
  const training = new TrainingPage(page);
  const today = app.today();

  await frame.goTo('Training');
  await training.planQuarterly(addDays(today, -60));
  await training.takeAttendance({ 'Thomas Becker': 'Absent' });
  await training.planQuarterly(addDays(today, -20));
  await training.takeAttendance({ 'Thomas Becker': 'Absent' });

  await frame.goTo('Roster');
  const roster = new RosterPage(page);
  await expect(roster.row('Thomas Becker')).toContainText('Inactive — training deficiency');
  await roster.open('Thomas Becker');
  await expect(roster.drawer().getByText(/missed 2 consecutive quarterly sessions/)).toBeVisible();
  await roster.closeDrawer();
  await page.getByRole('button', { name: 'Publish to intranet…' }).click();
  const preview = page.getByRole('table', { name: 'Members to publish' });
  await expect(preview).toContainText('Maria Alvarez');
  await expect(preview).not.toContainText('Thomas Becker');
  await page.keyboard.press('Escape');

  await frame.goTo('Training');
  await training.planQuarterly(addDays(today, -5));
  await page.getByRole('radiogroup', { name: 'Attendance of Thomas Becker' }).getByText('Make-up', { exact: true }).click();
  // A member left unmarked would count as absent: saving asks first, naming them.
  await page.getByRole('button', { name: 'Save attendance' }).click();
  const unmarked = page.getByRole('dialog', { name: 'Save with 1 not marked?' });
  await expect(unmarked).toContainText('a member not marked counts as absent (§4.I): Maria Alvarez.');
  await unmarked.getByRole('button', { name: 'Mark them first' }).click();
  // The matrix legend's letters mark attendance from the keyboard: P present, A absent.
  const maria = page.getByRole('radiogroup', { name: 'Attendance of Maria Alvarez' });
  await maria.getByRole('radio').first().focus();
  await page.keyboard.press('a');
  await expect(maria.getByRole('radio', { name: 'Absent' })).toBeChecked();
  await page.keyboard.press('p');
  await expect(maria.getByRole('radio', { name: 'Attended' })).toBeChecked();
  // ↑/↓ move between members as in the tally grid; they never change a status.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radiogroup', { name: 'Attendance of Thomas Becker' }).getByRole('radio', { name: 'Make-up' })).toBeFocused();
  await expect(maria.getByRole('radio', { name: 'Attended' })).toBeChecked();
  await page.getByRole('button', { name: 'Save attendance' }).click();
  await expect(page.getByText('Attendance: 2 present of 2')).toBeVisible();
  await frame.goTo('Roster');
  await expect(roster.row('Thomas Becker')).toContainText('Active');
});

test('§8: a member missing Group Crisis Intervention cannot be deployed anywhere and the reason is given; recording it in the matrix fixes that', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  const created = await backend.invoke('roster.create', aMember({ firstName: 'Hector', lastName: 'Ramirez', listingConsent: true }));
  if (!created.ok) throw new Error(created.error.message);
  const frame = new AppFramePage(page);
  await frame.goTo('Training');
  const row = page.getByRole('table', { name: 'Training matrix' }).getByRole('row', { name: /Hector Ramirez/ });
  await expect(row).toContainText('Training pending');
  await row.getByRole('button', { name: /^Hector Ramirez, Individual Crisis Intervention.*: Missing/ }).click();
  await page.getByRole('button', { name: 'Record completion' }).click();
  await expect(row.getByRole('button', { name: /^Hector Ramirez, Individual Crisis Intervention.*: Completed/ })).toBeVisible();
  await expect(row.getByRole('button', { name: /^Hector Ramirez, Group Crisis Intervention: Missing/ })).toBeVisible();
  await expect(row).toContainText('Training pending');

  await frame.goTo('Roster');
  const roster = new RosterPage(page);
  await page.getByRole('checkbox', { name: 'Deployable only' }).check();
  await expect(page.getByText('No member matches these filters.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Deployable only' }).uncheck();
  await roster.open('Hector Ramirez');
  await expect(roster.drawer().getByText('Not deployable')).toBeVisible();
  await expect(roster.drawer().getByText(/has not completed Group Crisis Intervention, required before providing peer assistance \(§8\)/)).toBeVisible();

  await roster.drawer().getByRole('tab', { name: 'Training' }).click();
  await roster.drawer().getByRole('button', { name: 'Record GCI completion' }).click();
  await page.getByRole('button', { name: 'Record completion' }).click();
  await expect(roster.drawer().getByText('Deployable', { exact: true })).toBeVisible();
});

test('demo training: the matrix, sessions and catalog show the seeded program', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Training');
  const matrix = page.getByRole('table', { name: 'Training matrix' });
  await expect(matrix.getByRole('row', { name: /Thomas Becker/ })).toContainText('Inactive — training deficiency');
  await expect(matrix.getByRole('row', { name: /Hector Ramirez/ })).toContainText('Training pending');
  // Arrow keys move across the matrix like a spreadsheet; Enter opens the cell's record form.
  const first = matrix.getByRole('button', { name: /Record a completion/ }).first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(matrix.getByRole('button', { name: /Record a completion/ }).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();
  await page.getByRole('checkbox', { name: 'Only gaps and warnings' }).check();
  await expect(page.getByText(/^3 of \d+ members/)).toBeVisible();
  await page.getByRole('tab', { name: 'Sessions' }).click();
  const sessions = page.getByRole('table', { name: 'Training sessions' });
  await expect(sessions.getByRole('row')).toHaveCount(11);

  // §4.H: a planned session is cancelled with a reason, and leaves the list.
  const planned = sessions.getByRole('row').filter({ hasText: 'Planned' });
  const before = await sessions.getByRole('row').count();
  await planned.first().getByRole('button', { name: /^Open / }).click();
  await page.getByRole('button', { name: /^Cancel: the .* session of/ }).click();
  const cancel = page.getByRole('dialog', { name: /^Cancel the .* session of/ });
  await cancel.getByRole('combobox', { name: /^Reason/ }).click();
  await page.getByRole('option', { name: 'Did not take place' }).click();
  await cancel.getByRole('button', { name: 'Cancel the session' }).click();
  await expect(sessions.getByRole('row')).toHaveCount(before - 1);
  await page.getByRole('tab', { name: 'Course catalog' }).click();
  await expect(page.getByRole('table', { name: 'Course catalog' })).toContainText('Group Crisis Intervention');
});
