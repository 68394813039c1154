import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addYears } from '../../src/shared/calendar';
import { completeRequiredTraining } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { RosterPage } from './pages/RosterPage';
import { expect, test } from './harness';

test('§4.J–L, §7: add, edit, inactivate, reactivate and remove members, then publish exactly who may serve', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked();
  const frame = new AppFramePage(page);

  await frame.goTo('Settings');
  await page.getByRole('button', { name: 'Choose…' }).click();
  await expect(page.getByRole('textbox', { name: 'Intranet (NAS) folder' })).toHaveValue(app.nasDir);

  await frame.goTo('Roster');
  await expect(page.getByText('No team members yet.')).toBeVisible();
  const roster = new RosterPage(page);
  const secrets = { email: 'maria.private@marlow.example', workLocation: 'Basement Annex 7', adminNote: 'Prefers texts on weekends', joinedOn: '2024-05-06' };
  await roster.addMember({ firstName: 'Maria', lastName: 'Alvarez', staffGroup: 'Adult Field Services', workPhone: '(707) 555-0111', listed: true, ...secrets });
  await roster.addMember({ firstName: 'Daniel', lastName: 'Okafor', staffGroup: 'Juvenile Hall', workPhone: '(707) 555-0113', listed: true });
  await roster.addMember({ firstName: 'Robert', lastName: 'Kim', staffGroup: 'Administration', workPhone: '(707) 555-0121' });
  await roster.addMember({ firstName: 'Kevin', lastName: 'Doyle', staffGroup: 'Support Services', workPhone: '(707) 555-0127', listed: true });
  await expect(page.getByText('Showing 4 of 4 members')).toBeVisible();
  // §8: new members are training pending until the required courses are recorded.
  await expect(roster.row('Maria Alvarez')).toContainText('Training pending');
  const members = await app.backend.invoke('roster.list', {});
  for (const member of members.ok ? members.value.members : []) await completeRequiredTraining(app.backend, member.id);
  await page.reload();
  await frame.goTo('Roster');
  await expect(roster.row('Maria Alvarez')).toContainText('Active');

  // Edit
  await roster.open('Maria Alvarez');
  await roster.drawer().getByRole('textbox', { name: 'Job title' }).fill('Deputy Probation Officer III');
  await roster.drawer().getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Member saved')).toBeVisible();
  await roster.closeDrawer();
  await expect(roster.row('Maria Alvarez')).toContainText('Deputy Probation Officer III');

  // Temporarily inactivate, then reactivate (§4.L)
  await roster.open('Daniel Okafor');
  await roster.changeStatus('Temporarily inactive', { expectedReturnOn: addDays(app.today(), 70) });
  await expect(roster.drawer().getByText('Temporarily inactive from')).toBeVisible();
  await roster.closeDrawer();
  await expect(roster.row('Daniel Okafor')).toContainText('Temporarily inactive');
  await roster.open('Daniel Okafor');
  await roster.changeStatus('Active');
  await roster.closeDrawer();
  await expect(roster.row('Daniel Okafor')).toContainText('Active');

  // Remove for cause, with confirmation (§4.J)
  await roster.open('Kevin Doyle');
  await roster.changeStatus('Removed', { reason: 'Conduct unbecoming (§4.K)', chiefDecisionOn: app.today() });
  await page.getByRole('button', { name: 'Remove member' }).click();
  await expect(roster.drawer().getByText(/^Removed from/)).toBeVisible();
  await roster.closeDrawer();
  // The roster shows the current team by default: a removed member is one tick away.
  await expect(roster.row('Kevin Doyle')).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Current team only/ }).uncheck();
  await expect(roster.row('Kevin Doyle')).toContainText('Removed');

  // Publish (§7)
  await page.getByRole('button', { name: 'Publish to intranet…' }).click();
  const modal = page.getByRole('dialog', { name: 'Publish the team list to the intranet' });
  await expect(modal.getByText('2 added')).toBeVisible();
  await modal.getByRole('button', { name: 'Publish 2 members' }).click();
  await expect(page.getByText('Published 2 members to the intranet folder')).toBeVisible();

  expect(readdirSync(app.nasDir).sort()).toEqual(['index.html', 'outside-resources.csv', 'peer-support-team.csv', 'peer-support-team.pdf']);
  const csv = readFileSync(join(app.nasDir, 'peer-support-team.csv'), 'utf8').trim().split('\r\n');
  expect(csv).toEqual([
    'Name,Staff group,Job title,Work phone,Mobile phone,Languages',
    'Maria Alvarez,Adult Field Services,Deputy Probation Officer III,(707) 555-0111,,English',
    'Daniel Okafor,Juvenile Hall,,(707) 555-0113,,English',
  ]);
  const html = readFileSync(join(app.nasDir, 'index.html'), 'utf8');
  const pdf = execFileSync('pdftotext', ['-layout', join(app.nasDir, 'peer-support-team.pdf'), '-'], { encoding: 'utf8' });
  for (const text of [html, pdf, csv.join('\n')]) {
    expect(text).toContain('Maria Alvarez');
    expect(text).toContain('Daniel Okafor');
    expect(text).not.toContain('Robert Kim');
    expect(text).not.toContain('Kevin Doyle');
    for (const secret of [...Object.values(secrets), 'marlow.example', '2024']) expect(text).not.toContain(secret);
  }

  // Removal is final unless the Chief decides otherwise (§4.J, §10): the decision is in the history
  await roster.open('Kevin Doyle');
  await roster.reinstate({ decidedOn: app.today(), decidedBy: 'Chief Probation Officer', exceptionReference: 'CPO-2026-14' });
  await expect(roster.drawer().getByText(/by Chief Probation Officer, exception CPO-2026-14 \(§10\)/)).toBeVisible();
  await roster.closeDrawer();
  await expect(roster.row('Kevin Doyle')).not.toContainText('Removed');
  expect(app.blockedRequests).toEqual([]);
});

test('bad input: missing names and an invalid phone are shown beside the fields; a duplicate is refused', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked();
  await new AppFramePage(page).goTo('Roster');
  const roster = new RosterPage(page);
  await roster.addMember({ firstName: ' ', lastName: '', staffGroup: 'Adult Field Services', workPhone: 'call me' });
  const form = page.getByRole('form', { name: 'New member' });
  await expect(form.getByRole('textbox', { name: /^First name/ })).toHaveAccessibleDescription(/Required/);
  await expect(form.getByRole('textbox', { name: /^Last name/ })).toHaveAccessibleDescription(/Required/);
  await expect(form.getByRole('textbox', { name: 'Work phone' })).toHaveAccessibleDescription(/Use digits, spaces/);
  await expect(form.getByText('Check the fields marked in red.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();

  await roster.addMember({ firstName: 'Maria', lastName: 'Alvarez', staffGroup: 'Adult Field Services', workPhone: '(707) 555-0111' });
  await roster.addMember({ firstName: 'Maria', lastName: 'Alvarez', staffGroup: 'Adult Field Services', workPhone: '707 555 0111' });
  await expect(page.getByText(/already on the roster/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByText('Showing 1 of 1 members')).toBeVisible();
});

test('work is never lost: Escape or Cancel on a form with unsaved changes asks first; Keep editing keeps every field', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked();
  await new AppFramePage(page).goTo('Roster');
  const form = page.getByRole('form', { name: 'New member' });
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });

  // A form left as it opened closes at once.
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(discard).toBeHidden();

  await page.getByRole('button', { name: 'Add member' }).click();
  await form.getByRole('textbox', { name: /^First name/ }).fill('Maria');
  await form.getByRole('textbox', { name: /^Last name/ }).fill('Alvarez');
  await page.keyboard.press('Escape');
  await expect(discard).toContainText('has not been saved');
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(form.getByRole('textbox', { name: /^First name/ })).toHaveValue('Maria');
  await expect(form.getByRole('textbox', { name: /^Last name/ })).toHaveValue('Alvarez');
  // Escape on the question itself means "keep editing", not "ask again" or "close everything".
  await page.keyboard.press('Escape');
  await expect(discard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(form.getByRole('textbox', { name: /^Last name/ })).toHaveValue('Alvarez');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(form).toBeHidden();

  // The same in a member's drawer: an edit in progress is not closed away.
  await page.getByRole('button', { name: 'Add member' }).click();
  await form.getByRole('textbox', { name: /^First name/ }).fill('Maria');
  await form.getByRole('textbox', { name: /^Last name/ }).fill('Alvarez');
  await form.getByRole('combobox', { name: /^Staff group/ }).click();
  await page.getByRole('option', { name: 'Adult Field Services' }).click();
  await form.getByRole('textbox', { name: 'Work phone' }).fill('(707) 555-0111');
  await form.getByRole('button', { name: 'Add to the roster' }).click();
  await expect(form).toBeHidden();
  const roster = new RosterPage(page);
  await roster.open('Maria Alvarez');
  const details = page.getByRole('form', { name: 'Member details' });
  await details.getByRole('textbox', { name: 'Job title' }).fill('Deputy Probation Officer II');
  // Another tab and back: the edit is still there.
  await page.getByRole('tab', { name: 'Status history' }).click();
  await page.getByRole('tab', { name: 'Profile' }).click();
  await expect(details.getByRole('textbox', { name: 'Job title' })).toHaveValue('Deputy Probation Officer II');
  await page.keyboard.press('Escape');
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(details.getByRole('textbox', { name: 'Job title' })).toHaveValue('Deputy Probation Officer II');
  await details.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Member saved')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Maria Alvarez' })).toBeHidden();
});

test('data safety: a join or status date more than a year ahead is saved only after "That date is more than a year away — is it right?"', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked();
  await new AppFramePage(page).goTo('Roster');
  const roster = new RosterPage(page);
  const farAhead = addYears(app.today(), 3);
  const question = page.getByText('That date is more than a year away — is it right?');

  await roster.addMember({ firstName: 'Daniel', lastName: 'Okafor', staffGroup: 'Juvenile Hall', workPhone: '(707) 555-0113' });
  await expect(page.getByText('Showing 1 of 1 members')).toBeVisible();
  await roster.open('Daniel Okafor');
  await roster.changeStatus('Temporarily inactive', { effectiveOn: farAhead });
  await expect(question).toBeVisible();
  await page.getByRole('button', { name: 'Change the date' }).click();
  await expect(question).toBeHidden();
  await expect(roster.drawer().getByText('Temporarily inactive from')).toHaveCount(0);
  await roster.changeStatus('Temporarily inactive', { effectiveOn: app.today() });
  await expect(roster.drawer().getByText('Temporarily inactive from')).toBeVisible();
  await roster.closeDrawer();

  await roster.addMember({ firstName: 'Maria', lastName: 'Alvarez', staffGroup: 'Adult Field Services', workPhone: '(707) 555-0111', joinedOn: farAhead });
  await expect(question).toBeVisible();
  await page.getByRole('button', { name: 'Change the date' }).click();
  await expect(question).toBeHidden();
  expect(await app.backend.invoke('roster.list', {})).toMatchObject({ ok: true, value: { members: [{ displayName: 'Daniel Okafor' }] } });
  await page.getByRole('form', { name: 'New member' }).getByRole('button', { name: 'Add to the roster' }).click();
  await page.getByRole('button', { name: 'Yes, the date is right' }).click();
  await expect(page.getByText('Showing 2 of 2 members')).toBeVisible();
});

test('search, filters, sort and keyboard navigation on the demo roster', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Roster');
  const roster = new RosterPage(page);
  // The current team by default: the demo's resigned, term-ended and removed members are one tick away.
  await expect(page.getByText('Showing 15 of 18 members')).toBeVisible();

  await page.keyboard.press('/');
  await page.keyboard.type('alv');
  await expect(page.getByText('Showing 1 of 18 members')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('555-0117');
  await expect(roster.row('Lena Hoang')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('checkbox', { name: /Current team only/ }).uncheck();
  await expect(page.getByText('Showing 18 of 18 members')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Deployable only' }).check();
  await expect(page.getByText(/Showing 11 of 18 members/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Deployable only' }).uncheck();

  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  await roster.table().getByRole('row').nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(roster.drawer()).toBeVisible();
  await expect(roster.drawer().getByRole('tab', { name: 'Profile' })).toBeVisible();
});
