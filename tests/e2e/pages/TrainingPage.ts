import type { Page } from '@playwright/test';

/** The Training screen: matrix, sessions with attendance, catalog. */
export class TrainingPage {
  constructor(private readonly page: Page) {}

  async tab(name: 'Matrix' | 'Sessions' | 'Course catalog') {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Plans a quarterly session on the given date and opens it. */
  async planQuarterly(heldOn: string) {
    await this.tab('Sessions');
    const form = this.page.getByRole('form', { name: 'Plan a session' });
    await form.getByLabel(/^Date/).fill(heldOn);
    await form.getByRole('button', { name: 'Plan session' }).click();
    await this.page.getByRole('heading', { name: /Quarterly Training \/ Meeting —/ }).waitFor();
    await this.page.getByText('Attendance: not taken yet').waitFor();
  }

  /** Marks everyone present, then the given exceptions, and saves. */
  async takeAttendance(exceptions: Record<string, 'Absent' | 'Excused' | 'Make-up'> = {}, allPresent = true) {
    if (allPresent) await this.page.getByRole('button', { name: 'All present' }).click();
    for (const [name, status] of Object.entries(exceptions)) {
      await this.page.getByRole('radiogroup', { name: `Attendance of ${name}` }).getByText(status, { exact: true }).click();
    }
    await this.page.getByRole('button', { name: 'Save attendance' }).click();
    await this.page.getByText(/^Attendance: \d+ present of \d+$/).waitFor();
  }
}
