import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../src/shared/contract';
import { PASSPHRASE } from '../../helpers/test-backend';
import { filesIn } from '../../helpers/files-in';
import { cliOnTestDay, shippedCli, spawnCli } from '../../helpers/cli';
import { testDate } from '../../helpers/test-date';
import { tempDir } from '../../helpers/temp-dir';

function cli(args: string[], env: Record<string, string> = { PEERDESK_PASSPHRASE: PASSPHRASE }) {
  return cliOnTestDay(args, env);
}


function initStore(): string {
  const dataDir = join(tempDir(), 'data');
  const init = cli(['init', '--data-dir', dataDir]);
  expect(init.code, init.stderr).toBe(0);
  return dataDir;
}

describe('admin CLI', () => {
  it('init creates the encrypted store and prints the recovery code once', () => {
    const dataDir = join(tempDir(), 'data');
    const init = cli(['init', '--data-dir', dataDir]);
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/Recovery code[\s\S]*\b([2-9A-Z]{5}-){7}[2-9A-Z]{5}\b/);
    expect(readdirSync(dataDir).sort()).toEqual(['backups', 'keys.backup.json', 'keys.json', 'peerdesk.db']);
    expect(cli(['init', '--data-dir', dataDir])).toMatchObject({ code: 1, stderr: expect.stringMatching(/already set up/) });
  });

  it('a value written through `call` is in no file of the data folder, which sqlite3 cannot read', () => {
    const dataDir = initStore();
    const unique = `Zebra-${randomUUID()}-Department`;
    const set = cli(['call', 'settings.set', JSON.stringify({ departmentName: unique }), '--data-dir', dataDir]);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ ok: true, value: { departmentName: unique } });
    for (const [name, bytes] of Object.entries(filesIn(dataDir))) {
      expect(bytes.includes(Buffer.from(unique)), name).toBe(false);
    }
    const db = readFileSync(join(dataDir, 'peerdesk.db'));
    expect(db.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(() => execFileSync('sqlite3', [join(dataDir, 'peerdesk.db'), '.tables'], { stdio: 'pipe' })).toThrow(/not a database/);
    const get = cli(['call', 'settings.get', '--data-dir', dataDir]);
    expect(JSON.parse(get.stdout).value.departmentName).toBe(unique);
  });

  it('data safety: a wrong passphrase exits 1 with one clear line, is counted by the throttle, and changes no other file', () => {
    const dataDir = initStore();
    const before = filesIn(dataDir);
    const wrong = cli(['call', 'settings.get', '--data-dir', dataDir], { PEERDESK_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe('Wrong passphrase');
    expect(JSON.parse(wrong.stdout)).toEqual({ ok: false, error: { code: 'locked', message: 'Wrong passphrase' } });
    const { 'unlock-throttle.json': throttle, ...after } = filesIn(dataDir);
    expect(JSON.parse(String(throttle))).toMatchObject({ failures: 1 });
    expect(after).toEqual(before);
  });

  it("invalid input exits 1 with error.code 'validation' and writes nothing", () => {
    const dataDir = initStore();
    const audit = () => JSON.parse(cli(['call', 'audit.list', '--data-dir', dataDir]).stdout).value.total as number;
    const auditBefore = audit();
    const bad = cli(['call', 'settings.set', '{"autoLockMinutes":"abc"}', '--data-dir', dataDir]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'autoLockMinutes' }] } } });
    expect(JSON.parse(cli(['call', 'settings.get', '--data-dir', dataDir]).stdout).value.autoLockMinutes).toBe(10);
    expect(audit()).toBe(auditBefore);
  });

  it('usage errors exit 2: unknown command, unknown channel, bad JSON, no data folder', () => {
    const dataDir = initStore();
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['call', 'settings.drop', '--data-dir', dataDir]).code).toBe(2);
    expect(cli(['call', 'settings.set', '{not json', '--data-dir', dataDir]).code).toBe(2);
    expect(cli(['call', 'settings.get']).code).toBe(2);
    expect(cli([]).code).toBe(2);
  });

  it('`npm run cli` (the shipped entry) lists every channel with its input JSON schema', () => {
    const listed = spawnCli(shippedCli, ['channels'], {});
    expect(listed.code).toBe(0);
    const schemas = JSON.parse(listed.stdout) as Record<string, { input: { type?: string; properties?: Record<string, unknown> } }>;
    expect(Object.keys(schemas).sort()).toEqual([...channels].sort());
    expect(schemas['settings.set']?.input.properties).toHaveProperty('autoLockMinutes');
  });

  it('the shipped CLI has no way to set its clock: PEERDESK_TEST_DATE does not backdate what it records', () => {
    const dataDir = join(tempDir(), 'data');
    const env = { PEERDESK_PASSPHRASE: PASSPHRASE, PEERDESK_TEST_DATE: '2001-01-01' };
    expect(spawnCli(shippedCli, ['init', '--data-dir', dataDir], env).code).toBe(0);
    const audit = JSON.parse(spawnCli(shippedCli, ['call', 'audit.list', '--data-dir', dataDir], env).stdout);
    expect(audit.value.entries.length).toBeGreaterThan(0);
    for (const entry of audit.value.entries) expect(entry.at).not.toMatch(/^2001-01-01/);
  });

  it('seed-demo fills a fictional program around the day it runs', () => {
    const dataDir = initStore();
    const seeded = cli(['seed-demo', '--data-dir', dataDir]);
    expect(seeded.code, seeded.stderr).toBe(0);
    const members = JSON.parse(cli(['call', 'roster.list', '--data-dir', dataDir]).stdout).value.members as { joinedOn: string }[];
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((m) => m.joinedOn < testDate())).toBe(true);
    expect(JSON.parse(cli(['call', 'settings.get', '--data-dir', dataDir]).stdout).value.departmentName).toMatch(/County Probation/);
  });

  it('§7 export-roster publishes the team list files into --to DIR', () => {
    const dataDir = initStore();
    expect(cli(['seed-demo', '--data-dir', dataDir]).code).toBe(0);
    const to = join(tempDir(), 'nas');
    mkdirSync(to);
    const exported = cli(['export-roster', '--to', to, '--data-dir', dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/Published \d+ members/);
    expect(readdirSync(to).sort()).toEqual(['index.html', 'outside-resources.csv', 'peer-support-team.csv', 'peer-support-team.pdf']);
    expect(cli(['export-roster', '--data-dir', dataDir]).code).toBe(2);
    const missing = cli(['export-roster', '--to', join(to, 'nope'), '--data-dir', dataDir]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/does not exist/) });
  });

  it('§3.E report monthly and report period save the summary PDF to --out', () => {
    const dataDir = initStore();
    expect(cli(['seed-demo', '--data-dir', dataDir]).code).toBe(0);
    const out = join(tempDir(), 'summary.pdf');
    const monthly = cli(['report', 'monthly', '--month', '2026-10', '--out', out, '--data-dir', dataDir]);
    expect(monthly.code, monthly.stderr).toBe(0);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toMatch(/Monthly statistical summary — October 2026/);
    const period = cli(['report', 'period', '--from', '2026-01', '--to', '2026-03', '--out', out, '--data-dir', dataDir]);
    expect(period.code, period.stderr).toBe(0);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toMatch(/January 2026 – March 2026/);
    expect(cli(['report', 'monthly', '--month', '2026-13', '--out', out, '--data-dir', dataDir])).toMatchObject({ code: 1 });
    expect(cli(['report', 'weekly', '--out', out, '--data-dir', dataDir]).code).toBe(2);
  });

  it('backup --to, verify and restore --from: an encrypted copy that checks out and brings the data back', () => {
    const dataDir = initStore();
    const add = (lastName: string, phone: string) =>
      cli(['call', 'roster.create', JSON.stringify({ firstName: 'Ana', lastName, sworn: true, staffGroup: 'Juvenile Hall', joinedOn: '2025-01-06', workPhone: phone }), '--data-dir', dataDir]);
    expect(add('Before', '(707) 555-0101').code).toBe(0);
    const file = join(tempDir(), 'drive.db');
    expect(cli(['backup', '--to', file, '--data-dir', dataDir])).toMatchObject({ code: 0, stdout: expect.stringMatching(/Backed up to/) });
    expect(readFileSync(file).includes(Buffer.from('Before'))).toBe(false);
    expect(cli(['verify', file, '--data-dir', dataDir])).toMatchObject({ code: 0, stdout: expect.stringMatching(/drive\.db: ok \(schema \d+, 1 members\)/) });
    expect(add('After', '(707) 555-0102').code).toBe(0);
    expect(cli(['restore', '--from', file, '--data-dir', dataDir]).code).toBe(0);
    const list = JSON.parse(cli(['call', 'roster.list', '--data-dir', dataDir]).stdout);
    expect(list.value.members.map((m: { lastName: string }) => m.lastName)).toEqual(['Before']);
    const junk = join(tempDir(), 'junk.db');
    writeFileSync(junk, 'not a database');
    expect(cli(['verify', junk, '--data-dir', dataDir])).toMatchObject({ code: 1, stdout: expect.stringMatching(/NOT restorable/) });
    expect(cli(['restore', '--from', junk, '--data-dir', dataDir]).code).toBe(1);
  });

  it("data safety: report --out, backup --to and export-roster --to into the data folder are refused, and every file there stays byte-identical", () => {
    const dataDir = initStore();
    const outside = tempDir();
    symlinkSync(dataDir, join(outside, 'shortcut'));
    const name = dataDir.split('/').at(-1) as string;
    const before = filesIn(dataDir);
    const refusal = "That is PeerDesk's own data folder; choose another place.";
    const attempts = [
      ['report', 'monthly', '--month', '2026-10', '--out', join(dataDir, 'keys.json')],
      ['report', 'monthly', '--month', '2026-10', '--out', join(dataDir, 'peerdesk.db')],
      ['report', 'period', '--from', '2026-07', '--to', '2026-09', '--out', `${dataDir}/../${name}/KEYS.JSON`],
      ['report', 'monthly', '--month', '2026-10', '--out', join(outside, 'shortcut', 'keys.json')],
      ['backup', '--to', join(dataDir, 'peerdesk.db')],
      ['backup', '--to', join(dataDir, 'backups', 'peerdesk-2026-11-22T090000-daily.db')],
      ['backup', '--to', join(outside, 'shortcut', 'backups', 'copy.db')],
      ['export-roster', '--to', dataDir],
    ];
    for (const args of attempts) {
      const run = cli([...args, '--data-dir', dataDir]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr.trim(), args.join(' ')).toBe(refusal);
      expect(JSON.parse(run.stdout), args.join(' ')).toMatchObject({ ok: false, error: { code: 'validation', message: refusal } });
    }
    expect(filesIn(dataDir)).toEqual(before);
    expect(readdirSync(dataDir).sort()).toEqual(['backups', 'keys.backup.json', 'keys.json', 'peerdesk.db']);
  }, 180_000);

  it("a one-shot call answers first and makes the day's backup when it closes the store; one on a day that has its backup makes none", () => {
    const dataDir = initStore();
    rmSync(join(dataDir, 'backups'), { recursive: true });
    const get = cli(['call', 'settings.get', '--data-dir', dataDir]);
    expect(get.code, get.stderr).toBe(0);
    expect(JSON.parse(get.stdout)).toMatchObject({ ok: true });
    const made = readdirSync(join(dataDir, 'backups'));
    expect(made).toEqual([expect.stringMatching(/-daily\.db$/)]);
    expect(cli(['call', 'settings.get', '--data-dir', dataDir]).code).toBe(0);
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(made);
  });

  it('reads the data folder from PEERDESK_DATA_DIR as well', () => {
    const dataDir = initStore();
    const status = cli(['call', 'session.status'], { PEERDESK_DATA_DIR: dataDir });
    expect(JSON.parse(status.stdout)).toMatchObject({ ok: true, value: { state: 'locked' } });
  });
});

function addMember(dataDir: string, lastName: string, phone: string) {
  return cli(['call', 'roster.create', JSON.stringify({ firstName: 'Ana', lastName, sworn: true, staffGroup: 'Juvenile Hall', joinedOn: '2025-01-06', workPhone: phone }), '--data-dir', dataDir]);
}

function lastNames(dataDir: string, env?: Record<string, string>): string[] {
  return (JSON.parse(cli(['call', 'roster.list', '--data-dir', dataDir], env).stdout).value.members as { lastName: string }[]).map((m) => m.lastName).sort();
}

describe('admin CLI: data safety', () => {
  it('data safety: backup --to, then restore --from into an empty folder (another PC) recreates the store with every member', () => {
    const dataDir = initStore();
    for (const [i, name] of ['Abebe', 'Baptiste', 'Castillo'].entries()) expect(addMember(dataDir, name, `(707) 555-010${i}`).code).toBe(0);
    const file = join(tempDir(), 'drive.db');
    expect(cli(['backup', '--to', file, '--data-dir', dataDir]).code).toBe(0);

    const otherPc = join(tempDir(), 'other-pc', 'data');
    const wrong = cli(['restore', '--from', file, '--data-dir', otherPc], { PEERDESK_PASSPHRASE: 'not the passphrase at all' });
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.stderr.trim()).toMatch(/^Wrong passphrase for this backup\./);
    expect(existsSync(otherPc) ? readdirSync(otherPc) : []).toEqual([]);

    const restored = cli(['restore', '--from', file, '--data-dir', otherPc]);
    expect(restored, restored.stderr).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Restored the store from /) });
    expect(readdirSync(otherPc)).toEqual(expect.arrayContaining(['keys.json', 'keys.backup.json', 'peerdesk.db']));
    expect(lastNames(otherPc)).toEqual(['Abebe', 'Baptiste', 'Castillo']);
  }, 120_000);

  it('data safety: restore --from into an empty folder with PEERDESK_RECOVERY_CODE sets the passphrase given as the new one', () => {
    const dataDir = join(tempDir(), 'data');
    const init = cli(['init', '--data-dir', dataDir]);
    const recoveryCode = /\b((?:[2-9A-Z]{5}-){7}[2-9A-Z]{5})\b/.exec(init.stdout)?.[1] ?? '';
    expect(addMember(dataDir, 'Abebe', '(707) 555-0100').code).toBe(0);
    const file = join(tempDir(), 'drive.db');
    expect(cli(['backup', '--to', file, '--data-dir', dataDir]).code).toBe(0);
    const otherPc = join(tempDir(), 'other-pc');
    const next = 'successor chooses this one 9';
    const restored = cli(['restore', '--from', file, '--data-dir', otherPc], { PEERDESK_RECOVERY_CODE: recoveryCode, PEERDESK_PASSPHRASE: next });
    expect(restored.code, restored.stderr).toBe(0);
    // The code used no longer works; the new one is printed once.
    expect(restored.stdout).toMatch(/New recovery code[\s\S]*\b([2-9A-Z]{5}-){7}[2-9A-Z]{5}\b/);
    expect(restored.stdout).not.toContain(recoveryCode);
    expect(lastNames(otherPc, { PEERDESK_PASSPHRASE: next })).toEqual(['Abebe']);
    expect(cli(['call', 'roster.list', '--data-dir', otherPc]).stderr.trim()).toBe('Wrong passphrase');
  }, 120_000);

  for (const [what, damage, problem] of [
    ['deleted', (f: string) => rmSync(f), /^peerdesk\.db is missing from the data folder; PeerDesk did not create a new, empty one\. Restore the latest good backup, made .* UTC \(backups\/(peerdesk-[0-9T-]+-daily\.db)\)\. To restore it: restore --from \S+$/],
    ['truncated to 0 bytes', (f: string) => truncateSync(f, 0), /^peerdesk\.db is empty \(0 bytes\); PeerDesk left it as it is\. Restore the latest good backup, made .* UTC \(backups\/(peerdesk-[0-9T-]+-daily\.db)\)\. To restore it: restore --from \S+$/],
  ] as const) {
    it(`data safety: peerdesk.db ${what} → the CLI exits 1 with one plain line naming the newest good backup, creates no database, and restores that backup when asked`, () => {
      const dataDir = initStore();
      damage(join(dataDir, 'peerdesk.db'));
      const before = filesIn(dataDir);
      const refused = cli(['call', 'roster.list', '--data-dir', dataDir]);
      expect(refused.code).toBe(1);
      expect(refused.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(refused.stderr.trim()).toMatch(problem);
      expect(refused.stderr).not.toMatch(/\bat \w|internal|Wrong passphrase/);
      expect(filesIn(dataDir)).toEqual(before);

      const name = problem.exec(refused.stderr.trim())?.[1] as string;
      expect(refused.stderr.trim().endsWith(`restore --from ${join(dataDir, 'backups', name)}`)).toBe(true);
      const restore = cli(['restore', '--from', join(dataDir, 'backups', name), '--data-dir', dataDir]);
      expect(restore, restore.stderr).toMatchObject({ code: 0 });
      expect(lastNames(dataDir)).toEqual([]);
    }, 120_000);
  }

  it('data safety: a damaged page in peerdesk.db → the check before the first write fails, the CLI exits 1 naming the newest good backup, writes nothing, and restores that backup when asked', () => {
    const dataDir = initStore();
    expect(cli(['seed-demo', '--data-dir', dataDir]).code).toBe(0);
    const file = join(dataDir, 'peerdesk.db');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, statSync(file).size - 4096);
    closeSync(fd);
    const before = filesIn(dataDir);
    const refused = addMember(dataDir, 'Never', '(707) 555-0199');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(/^The database failed its integrity check\. Restore the latest good backup, made .* UTC \(backups\/(peerdesk-[0-9T-]+-daily\.db)\)\. To restore it: restore --from \S+$/);
    expect(filesIn(dataDir)).toEqual(before);
    const name = /\(backups\/(\S+)\)/.exec(refused.stderr)?.[1] as string;
    const restore = cli(['restore', '--from', join(dataDir, 'backups', name), '--data-dir', dataDir]);
    expect(restore, restore.stderr).toMatchObject({ code: 0 });
    expect(lastNames(dataDir)).toEqual([]);
  }, 120_000);

  it('data safety: a half-truncated keys.json → the CLI exits 1 with one plain line naming it damaged (not "Wrong passphrase"), and changes nothing', () => {
    const dataDir = initStore();
    const keys = join(dataDir, 'keys.json');
    truncateSync(keys, Math.floor(readFileSync(keys).length / 2));
    const before = filesIn(dataDir);
    const refused = cli(['call', 'roster.list', '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'keys.json is damaged: it is cut short or overwritten (not a complete key file). Its copy, keys.backup.json, is intact: run `call session.useKeyFileCopy` to put it back, then unlock.\n',
    );
    expect(filesIn(dataDir)).toEqual(before);
    expect(JSON.parse(cli(['call', 'session.useKeyFileCopy', '--data-dir', dataDir]).stdout)).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(lastNames(dataDir)).toEqual([]);
  }, 120_000);
});
