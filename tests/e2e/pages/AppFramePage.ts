import type { Page } from '@playwright/test';

export class AppFramePage {
  constructor(private readonly page: Page) {}

  async goTo(screen: string) {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen }).click();
    await this.page.getByRole('heading', { level: 1, name: screen }).waitFor();
  }

  async lock() {
    await this.page.getByRole('button', { name: 'Lock' }).click();
  }
}
