import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

const NOMINATORS = ['Ruth Abernathy', 'Tomás Delgado'];

async function nominate(page: Page, nominatedBy: string) {
  await page.getByRole('button', { name: 'Record a nomination' }).click();
  const form = page.getByRole('form', { name: 'Nominee' });
  await form.getByRole('textbox', { name: /^First name/ }).fill('Maya');
  await form.getByRole('textbox', { name: /^Last name/ }).fill('Okafor');
  await form.getByRole('combobox', { name: /^Staff group/ }).click();
  await page.getByRole('option', { name: 'Juvenile Hall' }).click();
  await form.getByRole('textbox', { name: /^Job title/ }).fill('Senior Counselor');
  await form.getByRole('textbox', { name: /^Nominated by/ }).fill(nominatedBy);
  await form.getByRole('button', { name: 'Record nomination' }).click();
  await expect(form).toBeHidden();
}

/** Every text the app wrote to a folder: PDFs through pdftotext, the rest as they are. */
function textOfFiles(dir: string): string {
  return readdirSync(dir)
    .map((name) => (name.endsWith('.pdf') ? execFileSync('pdftotext', [join(dir, name), '-'], { encoding: 'utf8' }) : readFileSync(join(dir, name), 'utf8')))
    .join('\n');
}

test('§2, §2.F, §10: a round, two nominations of one person, one next step at a time with nothing preselected; selection blocked by the manager\'s refusal until the Chief\'s exception, confirmed, then the member joins training pending and stays off the NAS', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await backend.invoke('settings.set', { departmentName: 'Marlow County Probation Department', coordinatorName: 'Jordan Ellery', coordinatorPhone: '(707) 555-0100', nasFolder: app.nasDir });
  await new AppFramePage(page).goTo('Selection');
  await expect(page.getByText(/Open a recruitment round first/)).toBeVisible();

  await page.getByRole('button', { name: 'Open round' }).click();
  const rounds = page.getByRole('table', { name: 'Recruitment rounds' });
  await expect(rounds.getByRole('row')).toHaveCount(2);
  await rounds.getByRole('button', { name: 'Save memo (PDF)…' }).click();
  await expect(page.getByText(/^Saved peer-support-nominations-/)).toBeVisible();

  await nominate(page, NOMINATORS[0] ?? '');
  await nominate(page, NOMINATORS[1] ?? '');
  await expect(page.getByText('Maya Okafor now has 2 nominations.')).toBeVisible();
  await page.getByRole('tab', { name: 'Board' }).click();
  const nominated = page.getByRole('region', { name: 'Stage Nominated' });
  await expect(nominated.getByText('2 nominations')).toBeVisible();
  await nominated.getByRole('button', { name: /^Maya Okafor/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Maya Okafor' });
  await expect(drawer.getByText('2 nominations')).toBeVisible();
  for (const name of NOMINATORS) expect(await page.content()).not.toContain(name);

  // One step at a time, and nothing ticked or chosen for the Coordinator.
  const contact = drawer.getByRole('form', { name: /Record the contact/ });
  await expect(drawer.getByRole('form')).toHaveCount(1);
  for (const box of await contact.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  await contact.getByRole('checkbox', { name: /desire to serve/ }).check();
  await contact.getByRole('checkbox', { name: /minimum commitment/ }).check();
  await contact.getByRole('textbox', { name: /^Work phone/ }).fill('(707) 555-0142');
  await contact.getByRole('button', { name: 'Record contact' }).click();

  const eligibility = drawer.getByRole('form', { name: /Record eligibility/ });
  await eligibility.getByLabel('Initial probation completed on').fill('2021-03-01');
  const attestations = await eligibility.getByRole('radiogroup').all();
  expect(attestations).toHaveLength(4);
  for (const group of attestations) {
    await expect(group).toHaveAccessibleName(/§2\.[CDE]/);
    for (const radio of await group.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  }
  await eligibility.getByRole('button', { name: 'Record eligibility' }).click();
  await expect(eligibility.getByText('Choose one')).toHaveCount(4); // nothing recorded by default
  for (const group of attestations) await group.getByText('Yes', { exact: true }).click();
  await eligibility.getByRole('button', { name: 'Record eligibility' }).click();

  const approval = drawer.getByRole('form', { name: /Record an approval/ });
  await approval.getByRole('textbox', { name: /^Name/ }).fill('Dana Whitfield');
  await approval.getByRole('combobox', { name: /^Decision/ }).click();
  await page.getByRole('option', { name: 'Approved', exact: true }).click();
  await approval.getByRole('button', { name: 'Record approval' }).click();
  await expect(drawer.getByText(/Approved by Dana Whitfield/)).toBeVisible();
  await approval.getByRole('textbox', { name: /^Name/ }).fill('Luis Ortega');
  await approval.getByRole('combobox', { name: /^Decision/ }).click();
  await page.getByRole('option', { name: 'Declined', exact: true }).click();
  await approval.getByRole('button', { name: 'Record approval' }).click();
  await expect(drawer.getByText(/Declined by Luis Ortega/)).toBeVisible();

  const interview = drawer.getByRole('form', { name: 'Record the interview' });
  const scores = ['Judgement', 'Interpersonal communication', 'Motivation to serve', 'Understanding of confidentiality'].map((area) => interview.getByRole('textbox', { name: new RegExp(`^${area}`) }));
  for (const score of scores) await expect(score).toHaveValue('');
  await interview.getByRole('combobox', { name: /^Panel/ }).fill('Jordan Ellery');
  await interview.getByRole('combobox', { name: /^Panel/ }).press('Enter');
  for (const score of scores) await score.fill('4');
  await interview.getByRole('combobox', { name: /^Recommendation/ }).click();
  await page.getByRole('option').first().click();
  await interview.getByRole('button', { name: 'Record interview' }).click();

  const decide = drawer.getByRole('form', { name: 'Decide' });
  await expect(decide.getByRole('combobox', { name: /^Decision/ })).toHaveValue('');
  await expect(decide.getByRole('combobox', { name: /^Reason/ })).toHaveValue('');
  const decideSelected = async () => {
    await decide.getByRole('combobox', { name: /^Decision/ }).click();
    await page.getByRole('option', { name: 'Selected', exact: true }).click();
    await decide.getByRole('combobox', { name: /^Reason/ }).click();
    await page.getByRole('option', { name: /meets all/i }).click();
    await decide.getByRole('button', { name: 'Record decision…' }).click();
    const confirm = page.getByRole('dialog', { name: /^Record “Selected” for Maya Okafor\?/ });
    await expect(confirm).toContainText(/joins the team that day/);
    await confirm.getByRole('button', { name: 'Record decision' }).click();
    return confirm;
  };
  const refused = await decideSelected();
  await expect(refused.getByRole('alert')).toContainText(/cannot be selected yet \(§2\.F\).*Manager's approval/);
  // Escape answers the question only: the candidate's drawer stays open beneath it.
  await page.keyboard.press('Escape');
  await expect(refused).toBeHidden();
  await expect(drawer).toBeVisible();

  await drawer.getByRole('button', { name: "Record a Chief's exception (§10)…" }).click();
  const exception = drawer.getByRole('form', { name: /Chief's written exception/ });
  await exception.getByLabel(/^Chief's decision on/).fill(app.today());
  await exception.getByRole('textbox', { name: /^Decided by/ }).fill('Chief R. Alvarez');
  await exception.getByRole('textbox', { name: /^Exception reference/ }).fill('CPO memo 26-114');
  await exception.getByRole('button', { name: 'Record exception' }).click();
  await expect(drawer.getByText(/Chief's exception CPO memo 26-114, .*by Chief R\. Alvarez \(§10\)/)).toBeVisible();
  await decideSelected();
  await expect(drawer.getByText(/Added to the roster, training pending/)).toBeVisible();
  await drawer.getByRole('button', { name: /Save selection letter/ }).click();
  await expect(page.getByText(/^Saved selection-letter-okafor\.pdf/)).toBeVisible();

  for (const name of NOMINATORS) expect(await page.content()).not.toContain(name);
  await drawer.getByRole('button', { name: 'Reveal…' }).first().click();
  await page.getByRole('button', { name: 'Reveal and record it' }).click();
  await expect(drawer.getByText(NOMINATORS[0] ?? '')).toBeVisible();
  await page.keyboard.press('Escape');

  await new AppFramePage(page).goTo('Roster');
  await expect(page.getByRole('row', { name: 'Maya Okafor, training pending' })).toBeVisible();
  const published = await backend.invoke('roster.publish', {});
  expect(published.ok).toBe(true);
  expect(await backend.invoke('roster.export', { format: 'csv' })).toMatchObject({ ok: true });
  expect(textOfFiles(app.nasDir)).not.toContain('Okafor');
  const everything = textOfFiles(app.nasDir) + textOfFiles(app.exportDir);
  expect(everything).toContain('Maya Okafor'); // the letter and the roster export are about her
  for (const name of NOMINATORS) expect(everything).not.toContain(name.split(' ')[1]);

  // §2.A: two years on, the names of those who nominated her are purged; the confirmation says when the backups let go of them.
  app.advanceClock(731 * 86_400_000);
  await new AppFramePage(page).goTo('Selection');
  await page.getByRole('button', { name: 'Purge expired records (0 candidate(s), 2 nominator name(s))…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Purge expired candidate records?' });
  await expect(confirm).toContainText('2 nominator name(s) of candidates selected');
  await expect(confirm).toContainText(/rotated out by the first backup on or after [A-Z][a-z]{2} 1, 20\d\d/);
  await expect(confirm).toContainText('“Delete this and older…” on the newest backup in Settings → Backups');
  await confirm.getByRole('button', { name: 'Purge' }).click();
  await expect(page.getByText(/Purged 0 candidate record\(s\) and 2 nominator name\(s\)/)).toBeVisible();
  await page.getByRole('tab', { name: 'Board' }).click();
  await page.getByRole('region', { name: 'Stage Decided' }).getByRole('button', { name: /^Maya Okafor/ }).click();
  await expect(page.getByRole('dialog', { name: 'Maya Okafor' }).getByText('purged after the retention period (§2.A)')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Reveal…' })).toHaveCount(0);
});
