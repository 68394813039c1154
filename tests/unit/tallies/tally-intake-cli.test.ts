import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillableTallyPdf } from '../../../src/main/documents/tally-forms';
import { defaultSettings } from '../../../src/shared/settings';
import { cliOnTestDay } from '../../helpers/cli';
import { fillPdf } from '../../helpers/fill-tally-forms';
import { aMember } from '../../helpers/members';
import { PASSPHRASE } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

const cli = (args: string[]) => cliOnTestDay(args, { PEERDESK_PASSPHRASE: PASSPHRASE });

describe('admin CLI: returned tally forms read from a folder given on the command line (§6)', () => {
  it('§6: intake-tallies lists the forms and stores nothing; with --commit it stores the valid ones', async () => {
    const dataDir = join(tempDir(), 'data');
    expect(cli(['init', '--data-dir', dataDir]).code).toBe(0);
    const created = cli(['call', 'roster.create', JSON.stringify(aMember({ firstName: 'Maria', lastName: 'Alvarez' })), '--data-dir', dataDir]);
    const memberId: number = JSON.parse(created.stdout).value.id;
    const folder = tempDir();
    const blank = await fillableTallyPdf({ month: '2026-10', dueOn: '2026-11-10', settings: defaultSettings }, [{ memberId, displayName: 'Maria Alvarez' }]);
    writeFileSync(join(folder, 'maria.pdf'), await fillPdf(blank, memberId, { 'contacts.oneOnOne': 2 }));
    writeFileSync(join(folder, 'notes.pdf'), await fillPdf(blank, memberId, { 'contacts.group': 'Jane Roe' }));

    const preview = cli(['intake-tallies', '--month', '2026-10', '--from', folder, '--data-dir', dataDir]);
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('maria.pdf  Maria Alvarez  2026-10  The same member and month twice in the folder');
    expect(preview.stdout).toContain('notes.pdf  Maria Alvarez  2026-10  Text in a figure field (Contacts: Group): only numbers are read; The same member and month twice in the folder');
    expect(preview.stdout).not.toContain('Jane');
    expect(preview.stdout).toContain('0 of 2 forms ready; nothing stored');

    writeFileSync(join(folder, 'notes.pdf'), 'gone');
    const committed = cli(['intake-tallies', '--month', '2026-10', '--from', folder, '--commit', '--data-dir', dataDir]);
    expect(committed.stdout).toContain('Stored 1 tallies; 1 forms not stored');
    const month = JSON.parse(cli(['call', 'tallies.month', '{"month":"2026-10"}', '--data-dir', dataDir]).stdout);
    expect(month.value.rows[0].tally.contacts.oneOnOne).toBe(2);
  });
});
