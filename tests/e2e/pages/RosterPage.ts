import type { Locator, Page } from '@playwright/test';

/** The Roster screen and the member drawer. */
export class RosterPage {
  constructor(private readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Team members' });
  }

  row(name: string): Locator {
    return this.table().getByRole('row', { name: new RegExp(`^${name}`) });
  }

  async addMember(fields: { firstName: string; lastName: string; staffGroup: string; workPhone: string; email?: string; workLocation?: string; adminNote?: string; joinedOn?: string; listed?: boolean }) {
    const form = this.page.getByRole('form', { name: 'New member' });
    await form.waitFor({ state: 'hidden' });
    await this.page.getByRole('button', { name: 'Add member' }).click();
    await form.getByRole('textbox', { name: /^First name/ }).fill(fields.firstName);
    await form.getByRole('textbox', { name: /^Last name/ }).fill(fields.lastName);
    await this.choose(form, /^Staff group/, fields.staffGroup);
    await form.getByRole('textbox', { name: 'Work phone' }).fill(fields.workPhone);
    if (fields.email) await form.getByRole('textbox', { name: 'Intranet email' }).fill(fields.email);
    if (fields.workLocation) await form.getByRole('textbox', { name: 'Unit / work location' }).fill(fields.workLocation);
    if (fields.adminNote) await form.getByRole('textbox', { name: 'Administrative note' }).fill(fields.adminNote);
    if (fields.joinedOn) await form.getByLabel(/^Joined the team/).fill(fields.joinedOn);
    if (fields.listed) await form.getByRole('switch', { name: /Consents to be listed/ }).check();
    await form.getByRole('button', { name: 'Add to the roster' }).click();
  }

  async open(name: string) {
    await this.row(name).click();
    await this.page.getByRole('dialog', { name }).waitFor();
  }

  drawer(): Locator {
    return this.page.getByRole('dialog').last();
  }

  async changeStatus(status: string, extra: { expectedReturnOn?: string; reason?: string; chiefDecisionOn?: string; effectiveOn?: string } = {}) {
    const drawer = this.drawer();
    await drawer.getByRole('tab', { name: 'Status history' }).click();
    const form = drawer.getByRole('form', { name: 'Change status' });
    await this.choose(form, /^New status/, status);
    if (extra.effectiveOn) await form.getByLabel(/^Effective from/).fill(extra.effectiveOn);
    if (extra.expectedReturnOn) await form.getByLabel('Expected return (optional)').fill(extra.expectedReturnOn);
    if (extra.reason) await this.choose(form, /^Reason/, extra.reason);
    if (extra.chiefDecisionOn) await form.getByLabel(/^Chief's decision on/).fill(extra.chiefDecisionOn);
    await form.getByRole('button', { name: /Record status change|Remove from the team/ }).click();
  }

  /** §4.J: brings back a member removed for cause, recording the Chief's decision. */
  async reinstate(decision: { decidedOn: string; decidedBy: string; exceptionReference: string }) {
    const drawer = this.drawer();
    await drawer.getByRole('tab', { name: 'Status history' }).click();
    const form = drawer.getByRole('form', { name: 'Change status' });
    await this.choose(form, /^New status/, 'Active');
    await form.getByLabel(/^Chief's decision on/).fill(decision.decidedOn);
    await form.getByLabel(/^Decided by/).fill(decision.decidedBy);
    await form.getByLabel(/^Exception reference/).fill(decision.exceptionReference);
    await form.getByRole('button', { name: /Reinstate by the Chief/ }).click();
  }

  async closeDrawer() {
    await this.page.keyboard.press('Escape');
    await this.drawer().waitFor({ state: 'hidden' });
  }

  /** Picks an option of a Mantine Select by its label. */
  async choose(scope: Locator, label: RegExp, option: string) {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
