import type { Page } from '@playwright/test';

export class UnlockPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Unlock PeerDesk' });
  }

  async unlock(passphrase: string) {
    await this.page.getByLabel('Passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  error() {
    return this.page.getByRole('alert');
  }
}
