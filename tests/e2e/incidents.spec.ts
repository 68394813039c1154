import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { aMember, addTrainedMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

test('§7, §3.G: record an incident and its assessment; a member who is not deployable is refused with the §8 reason; a deployable one is deployed', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang', staffGroup: 'Juvenile Hall' });
  await backend.invoke('roster.create', aMember({ firstName: 'Hector', lastName: 'Ramirez' }));
  await new AppFramePage(page).goTo('Incidents');
  await expect(page.getByText(/No critical incidents recorded/)).toBeVisible();

  const form = page.getByRole('form', { name: 'Record an incident' });
  await form.getByLabel(/^When it happened/).fill('2026-11-20T14:30');
  await form.getByRole('combobox', { name: /^Category/ }).click();
  await page.getByRole('option', { name: 'Assault on staff' }).click();
  await form.getByRole('combobox', { name: /^Staff groups affected/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'Juvenile Hall' }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Record incident' }).click();
  const panel = page.getByRole('region', { name: /Assault on staff — Nov 20, 2026/ });
  await expect(panel.getByText(/Assess the need for an intervention/)).toBeVisible();

  const assessment = panel.getByRole('form', { name: 'Assessment' });
  await assessment.getByLabel(/^Assessed at/).fill('2026-11-20T16:00');
  await assessment.getByRole('combobox', { name: /^Assessed with/ }).click();
  await page.getByRole('option', { name: 'Employee Assistance Program (EAP)' }).click();
  await assessment.getByRole('combobox', { name: /^Decision/ }).click();
  await page.getByRole('option', { name: 'Debriefing' }).click();
  await assessment.getByRole('button', { name: 'Record assessment' }).click();
  await expect(panel.getByText(/Assessed Nov 20, 2026.* with the Employee Assistance Program \(EAP\)/)).toBeVisible();

  const deploy = panel.getByRole('form', { name: 'Deploy a member' });
  await deploy.getByRole('combobox', { name: /^Member to deploy/ }).click();
  await page.getByRole('option', { name: /Hector Ramirez — not deployable/ }).click();
  await deploy.getByRole('button', { name: 'Deploy' }).click();
  await expect(deploy.getByRole('alert')).toContainText(/cannot be deployed \(§8\).*Group Crisis Intervention/);

  await deploy.getByRole('combobox', { name: /^Member to deploy/ }).click();
  await page.getByRole('option', { name: 'Lena Hoang', exact: true }).click();
  await deploy.getByRole('button', { name: 'Deploy' }).click();
  await expect(panel.getByText(/Lena Hoang · 2 h · directed by the Coordinator/)).toBeVisible();
  await expect(panel.getByText('Possible conflict: works in an affected unit')).toBeVisible();
});

test('§3.B, §9: overtime is absent from the totals until the manager approves it', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez' });
  await new AppFramePage(page).goTo('Incidents');
  await page.getByRole('tab', { name: 'Overtime' }).click();
  const form = page.getByRole('form', { name: 'Record overtime' });
  await form.getByRole('combobox', { name: /^Member/ }).click();
  await page.getByRole('option', { name: 'Maria Alvarez' }).click();
  await form.getByRole('textbox', { name: /^Hours/ }).fill('2.5');
  await form.getByRole('button', { name: /Record overtime/ }).click();
  await expect(page.getByText('0 approved hours · 1 awaiting the manager')).toBeVisible();
  const totals = await backend.invoke('overtime.approvedHours', { from: '2000-01-01', to: '2100-01-01' });
  expect(totals.ok && totals.value.hours).toBe(0);

  await page.getByRole('button', { name: 'Record decision…' }).click();
  const decision = page.getByRole('form', { name: 'Overtime decision' });
  await decision.getByRole('textbox', { name: /^Manager/ }).fill('R. Castillo');
  // Nothing is chosen for the Coordinator: the manager's answer must be picked.
  await expect(decision.getByRole('combobox', { name: /^Decision/ })).toHaveValue('');
  await decision.getByRole('combobox', { name: /^Decision/ }).click();
  await page.getByRole('option', { name: 'Approved' }).click();
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText('2.5 approved hours · 0 awaiting the manager')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Overtime requests' })).toContainText('Approved by R. Castillo');
  await page.getByRole('button', { name: 'Export (XLSX)…' }).click();
  await expect(page.getByText('Overtime requests saved as overtime-requests.xlsx')).toBeVisible();
  expect(existsSync(join(app.exportDir, 'overtime-requests.xlsx'))).toBe(true);
});

test('demo activity: incidents, overtime and exception notices are on screen', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Incidents');
  await expect(page.getByRole('region', { name: /Serious injury/ }).getByText(/Assess the need for an intervention/)).toBeVisible();
  await expect(page.getByRole('region', { name: /Assault on staff/ }).getByRole('table', { name: 'Group interventions' })).toContainText('Within the window');
  await page.getByRole('tab', { name: 'Exception notices' }).click();
  await expect(page.getByRole('table', { name: 'Exception notices' }).getByRole('row')).toHaveCount(3);
});

test('§3.E, §7: a recorded incident is corrected with a reason and voided when entered in error; it then leaves the list and the audit log says why', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  const recorded = await backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'assault-on-staff', affectedStaffGroups: [], supervisorNotifiedAt: null });
  expect(recorded.ok).toBe(true);
  await new AppFramePage(page).goTo('Incidents');
  const panel = page.getByRole('region', { name: /Assault on staff — Nov 20, 2026/ });

  // Correct the time: the reason is asked for, then the panel shows the corrected incident.
  await panel.getByRole('button', { name: /^Correct: the incident of/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Correct the incident of/ });
  await dialog.getByLabel(/^When it happened/).fill('2026-11-20T13:15');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog.getByText('Choose a reason')).toBeVisible();
  await dialog.getByRole('combobox', { name: /^Reason/ }).click();
  await page.getByRole('option', { name: 'Details were wrong' }).click();
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  const corrected = page.getByRole('region', { name: /Assault on staff — Nov 20, 2026.*1:15/ });
  await expect(corrected).toBeVisible();

  // Void it: confirmed with what happens, then gone from the list; the audit log keeps the reason code.
  await corrected.getByRole('button', { name: /^Void: the incident of/ }).click();
  const confirm = page.getByRole('dialog', { name: /^Void the incident of/ });
  await expect(confirm.getByText(/pending overtime requests, are voided with it/)).toBeVisible();
  await confirm.getByRole('combobox', { name: /^Reason/ }).click();
  await page.getByRole('option', { name: 'Entered in error' }).click();
  await confirm.getByRole('button', { name: 'Void', exact: true }).click();
  await expect(page.getByText(/No critical incidents recorded/)).toBeVisible();
  const audit = await backend.invoke('audit.list', {});
  expect(audit.ok && audit.value.entries.slice(0, 2).map((e) => e.action)).toEqual(['incidents.void', 'incidents.update']);

  // Undo, while nothing else has changed: the incident is back as it was, and the undo is audited too.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: 1 record(s) back as they were.')).toBeVisible();
  await expect(corrected).toBeVisible();
  const after = await backend.invoke('audit.list', {});
  expect(after.ok && after.value.entries[0]?.action).toBe('audit.undoVoid');
});

test('§3.B: a form is checked by the backend\'s own rules before anything is sent; lists search and sort', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked({ demo: true });
  await new AppFramePage(page).goTo('Incidents');
  await page.getByRole('tab', { name: 'Overtime' }).click();
  // Overtime's own lines of the audit log.
  const overtimeLines = async () => {
    const lines = await backend.invoke('audit.list', { area: 'overtime' });
    return lines.ok ? lines.value.total : -1;
  };
  const before = await overtimeLines();
  const form = page.getByRole('form', { name: 'Record overtime' });
  await form.getByRole('button', { name: /Record overtime/ }).click();
  // The message is the one the backend would give, beside the field, and nothing was sent.
  await expect(form.getByText('Required')).toBeVisible();
  expect(await overtimeLines()).toBe(before);

  // Sorted by hours, smallest first; then searched by a member's first name.
  const table = page.getByRole('table', { name: 'Overtime requests' });
  await page.getByRole('button', { name: 'Hours' }).click();
  await expect(table.getByRole('columnheader', { name: /Hours/ })).toHaveAttribute('aria-sort', 'ascending');
  const hours = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.children[2]?.textContent)));
  expect(hours.length).toBeGreaterThan(1);
  expect(hours).toEqual([...hours].sort((a, b) => a - b));
  const name = ((await table.locator('tbody tr').first().getByRole('cell').allTextContents())[1] ?? '').split(' ')[0] ?? '';
  const requests = await backend.invoke('overtime.list', {});
  const expected = requests.ok ? requests.value.filter((r) => r.memberName.toLowerCase().includes(name.toLowerCase())).length : -1;
  await page.getByRole('searchbox', { name: 'Search overtime' }).fill(name);
  // The table narrows a frame after typing: wait for it, then every row is that member's.
  await expect(table.locator('tbody tr')).toHaveCount(expected);
  for (const text of await table.locator('tbody tr').allTextContents()) expect(text).toContain(name);
});
