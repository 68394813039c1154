import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/shared/calendar';
import { cliOnTestDay } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-dir';
import { PASSPHRASE } from '../../helpers/test-backend';

/** The admin CLI run on a given day (the test entry's clock; the shipped CLI always runs on today). */
function on(day: IsoDate, args: string[]) {
  return cliOnTestDay(args, { PEERDESK_PASSPHRASE: PASSPHRASE, PEERDESK_TEST_DATE: day });
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** An October tally: contacts, hours and concerns. */
const tally = (memberId: number, oneOnOne: number, extra: object = {}) => ({ memberId, month: '2026-10', noContacts: false, contacts: { oneOnOne }, hoursOnDuty: 2, concerns: { workplace: oneOnOne }, ...extra });

describe('admin CLI: report --as-of YYYY-MM-DD', () => {
  it('§3.E, §6: the October summary printed on 5 November equals `report --as-of 2026-11-05` printed later, after late tallies, a void, a new incident, an overtime decision, the review, a new member, a backdated status and a policy change', () => {
    const dataDir = join(tempDir(), 'data');
    const d = ['--data-dir', dataDir];
    const ok = (day: IsoDate, args: string[]) => {
      const run = on(day, [...args, ...d]);
      expect(run.code, `${args.join(' ')}: ${run.stderr}${run.stdout}`).toBe(0);
      return args[0] === 'call' ? (JSON.parse(run.stdout) as { value: { id: number } }).value : null;
    };
    const call = (day: IsoDate, channel: string, input: unknown) => ok(day, ['call', channel, JSON.stringify(input)]) as { id: number };

    expect(on('2026-10-01', ['init', ...d]).code).toBe(0);
    const member = (lastName: string, phone: string, day: IsoDate = '2026-10-01') =>
      call(day, 'roster.create', { firstName: 'Ana', lastName, sworn: true, staffGroup: 'Juvenile Hall', joinedOn: '2025-01-06', workPhone: phone }).id;
    const [a, b, c] = [member('Abebe', '(707) 555-0101'), member('Baptiste', '(707) 555-0102'), member('Castillo', '(707) 555-0103')];
    const courses = ok('2026-10-01', ['call', 'training.courses', '{}']) as unknown as { id: number; code: string }[];
    for (const memberId of [a, b, c]) {
      for (const code of ['ICI-PS', 'GCI']) call('2026-10-01', 'training.recordCompletion', { memberId, courseId: courses.find((x) => x.code === code)?.id, completedOn: '2025-02-01' });
    }
    const incident = call('2026-10-20', 'incidents.record', { occurredAt: '2026-10-12T16:20', category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'], supervisorNotifiedAt: '2026-10-12T17:05' }).id;
    const overtime = call('2026-10-20', 'overtime.request', { memberId: a, workedOn: '2026-10-15', hours: 3, activity: 'peer-contact', incidentId: null }).id;
    call('2026-11-05', 'tallies.submit', tally(a, 4));
    call('2026-11-05', 'tallies.submit', tally(b, 6));

    const out = tempDir();
    const printedThen = join(out, 'then.pdf');
    ok('2026-11-05', ['report', 'monthly', '--month', '2026-10', '--out', printedThen]);

    // Two weeks later the October figures change in every way the summary reads.
    call('2026-11-20', 'tallies.submit', tally(c, 9));
    call('2026-11-20', 'incidents.void', { id: incident, reason: 'entered-in-error' });
    call('2026-11-20', 'incidents.record', { occurredAt: '2026-10-28T09:00', category: 'serious-injury', affectedStaffGroups: ['Adult Field Services'], supervisorNotifiedAt: '2026-10-28T09:30' });
    call('2026-11-20', 'overtime.decide', { id: overtime, managerName: 'R. Castillo', decidedOn: '2026-11-20', decision: 'approved' });
    call('2026-11-20', 'tallies.review', { month: '2026-10' });
    member('Dlamini', '(707) 555-0104', '2026-11-20');
    call('2026-11-20', 'roster.changeStatus', { id: b, effectiveOn: '2026-11-03', status: 'temporarily-inactive', reasonCategory: 'leave-of-absence' });
    call('2026-11-20', 'policy.update', { changes: { smallCellSize: 5 }, reason: 'Policy 517 amended' });

    const now = join(out, 'now.pdf');
    ok('2026-11-21', ['report', 'monthly', '--month', '2026-10', '--out', now]);
    const asOf = join(out, 'as-of.pdf');
    const run = on('2026-11-21', ['report', 'monthly', '--month', '2026-10', '--as-of', '2026-11-05', '--out', asOf, ...d]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Saved ${asOf} (as it stood at the end of 2026-11-05)\n`);
    expect(run.stderr).toBe('');

    expect(pdfText(now)).not.toBe(pdfText(printedThen));
    expect(pdfText(asOf)).toBe(pdfText(printedThen));
    expect(pdfText(asOf)).toMatch(/Prepared by .* on .*November 5, 2026|5 November 2026/);
    expect(pdfText(asOf)).toMatch(/Active +3\n/);
    expect(pdfText(now)).toMatch(/Active +2\n[\s\S]*Training pending \(§8\) +1\n[\s\S]*Temporarily inactive \(§4\.L\) +1\n/);

    // A correction made in place keeps only its latest figures: the summary says so, and so does the CLI.
    call('2026-11-23', 'tallies.submit', tally(a, 5, { correctionReason: 'data-entry-error' }));
    const corrected = on('2026-11-23', ['report', 'monthly', '--month', '2026-10', '--as-of', '2026-11-05', '--out', asOf, ...d]);
    expect(corrected.code, corrected.stderr).toBe(0);
    expect(corrected.stderr).toMatch(/shown as made: Corrected a reviewed tally\n$/);
    expect(pdfText(asOf)).toMatch(/except these later changes, shown as made[\s\S]*Corrected\s+a\s+reviewed\s+tally/);
  }, 300_000);

  it('--as-of is read only and refuses a day still to come, one before the summary\'s first month, and one before the store existed', () => {
    const dataDir = join(tempDir(), 'data');
    const d = ['--data-dir', dataDir];
    expect(on('2026-10-01', ['init', ...d]).code).toBe(0);
    const file = join(tempDir(), 'summary.pdf');
    const audit = () => (JSON.parse(on('2026-11-21', ['call', 'audit.list', ...d]).stdout) as { value: { total: number } }).value.total;
    const before = audit();
    const today = on('2026-11-21', ['report', 'monthly', '--month', '2026-10', '--as-of', '2026-11-21', '--out', file, ...d]);
    expect(today.code, today.stderr).toBe(0);
    expect(audit()).toBe(before);

    const refused = (asOf: string, request: string[], message: RegExp) => {
      const run = on('2026-11-21', ['report', ...request, '--as-of', asOf, '--out', file, ...d]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'asOf' }] } } });
    };
    refused('2026-11-22', ['monthly', '--month', '2026-10'], /^As of 2026-11-22: that day is still to come/);
    refused('2026-09-30', ['monthly', '--month', '2026-10'], /the summary's first month \(2026-10\) had not begun/);
    refused('2026-09-15', ['period', '--from', '2026-07', '--to', '2026-10'], /PeerDesk held no data before 2026-10-01/);
    refused('2026-02-30', ['monthly', '--month', '2026-01'], /Not a real calendar date/);
    expect(on('2026-11-21', ['report', 'monthly', '--month', '2026-10', '--out', file, '--as-of', ...d]).code).toBe(2);
  }, 120_000);
});
