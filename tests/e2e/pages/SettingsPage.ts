import type { Page } from '@playwright/test';

export class SettingsPage {
  constructor(private readonly page: Page) {}

  field(label: string) {
    return this.page.getByRole('textbox', { name: label });
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
    await this.page.getByText('Settings saved').waitFor();
  }
}
