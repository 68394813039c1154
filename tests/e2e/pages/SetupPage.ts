import type { Page } from '@playwright/test';

export class SetupPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Set up PeerDesk' });
  }

  async choosePassphrase(passphrase: string, confirmation = passphrase) {
    await this.page.getByLabel(/^Passphrase( \*)?$/).fill(passphrase);
    await this.page.getByLabel('Type it again').fill(confirmation);
    await this.page.getByRole('button', { name: 'Create encrypted store' }).click();
  }

  async recoveryCode(): Promise<string> {
    return (await this.page.getByTestId('recovery-code').textContent())?.trim() ?? '';
  }

  /** Types back the two groups the screen asks for. */
  async confirmRecoveryCode(code: string) {
    const groups = code.split('-');
    await this.page.getByLabel('I have printed or written down the recovery code').check();
    for (const input of await this.page.getByLabel(/^Group \d+$/).all()) {
      const label = (await input.getAttribute('id')) ? await this.labelOf(input) : '';
      const index = Number(label.replace('Group ', '')) - 1;
      await input.fill(groups[index] ?? '');
    }
    await this.page.getByRole('button', { name: 'Continue to PeerDesk' }).click();
  }

  private async labelOf(input: import('@playwright/test').Locator): Promise<string> {
    const id = await input.getAttribute('id');
    return (await this.page.locator(`label[for="${id}"]`).textContent())?.replace(/\s*\*$/, '').trim() ?? '';
  }
}
