import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, isSavingChannel, type Channel } from '../../../src/shared/contract';
import { cliOnTestDay } from '../../helpers/cli';
import { filesIn } from '../../helpers/files-in';
import { tempDir } from '../../helpers/temp-dir';
import { testDate } from '../../helpers/test-date';
import { PASSPHRASE } from '../../helpers/test-backend';

function cli(args: string[]) {
  return cliOnTestDay(args, { PEERDESK_PASSPHRASE: PASSPHRASE });
}

function value<T>(args: string[]): T {
  const run = cli(args);
  expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return (JSON.parse(run.stdout) as { value: T }).value;
}

/** A store with the demo program, and a candidate decided so that an outcome letter exists. */
function seededStore(): { dataDir: string; inputs: Partial<Record<Channel, unknown[]>> } {
  const dataDir = join(tempDir(), 'data');
  expect(cli(['init', '--data-dir', dataDir]).code).toBe(0);
  expect(cli(['seed-demo', '--data-dir', dataDir]).code).toBe(0);
  const d = ['--data-dir', dataDir];
  const sessions = value<{ id: number }[]>(['call', 'training.sessions', '{}', ...d]);
  const overview = value<{ rounds: { id: number }[]; candidates: { id: number }[] }>(['call', 'selection.overview', '{}', ...d]);
  const candidate = overview.candidates[0]?.id as number;
  value(['call', 'selection.decide', JSON.stringify({ candidateId: candidate, decision: 'not-selected', decidedOn: testDate(), reason: 'timing' }), ...d]);
  const month = testDate().slice(0, 7);
  // The input each channel needs; a channel missing here is tried with `{}`.
  const inputs: Partial<Record<Channel, unknown[]>> = {
    'roster.export': [{ format: 'csv' }, { format: 'xlsx' }],
    'training.exportMatrix': [{ format: 'pdf' }, { format: 'xlsx' }],
    'training.signInSheet': [{ id: sessions[0]?.id }],
    'tallies.export': [{ month }],
    'tallies.blankSheet': [{ month }],
    'tallies.blankWorkbook': [{ month }],
    'selection.announcement': [{ roundId: overview.rounds[0]?.id }],
    'selection.letter': [{ candidateId: candidate }],
    'reports.saveMonthly': [{ month }],
    'reports.savePeriod': [{ from: `${month.slice(0, 4)}-01`, to: month }],
  };
  return { dataDir, inputs };
}

/** What a saved file is, from its first bytes: a PDF, a zip (XLSX), a CSV with its byte-order mark, or neither readable nor plain SQLite (an encrypted backup). */
function kindOf(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) return 'csv';
  return bytes.subarray(0, 15).toString('latin1') === 'SQLite format 3' ? 'plain sqlite' : 'db';
}

describe('admin CLI: save CHANNEL JSON --out FILE', () => {
  it('every channel that saves a file through main\'s dialog is accepted by `save` and writes the real document; `channels` marks exactly these', () => {
    const saving = channels.filter(isSavingChannel);
    // The documents the issue names are among them (new saving channels join through the contract's type).
    expect(saving).toEqual(
      expect.arrayContaining(['selection.letter', 'selection.announcement', 'training.exportMatrix', 'training.signInSheet', 'tallies.blankSheet', 'roster.export', 'tallies.export', 'overtime.export', 'reports.saveMonthly', 'reports.savePeriod']),
    );
    const listed = JSON.parse(cli(['channels']).stdout) as Record<string, { save?: boolean }>;
    expect(Object.keys(listed).filter((name) => listed[name]?.save === true)).toEqual(saving);

    const { dataDir, inputs } = seededStore();
    const out = tempDir();
    for (const channel of saving) {
      for (const [index, input] of (inputs[channel] ?? [{}]).entries()) {
        // The extension the dialog offers: `save` names it when --out has another one, and writes nothing.
        const probe = join(out, `probe-${channel}-${index}.bin`);
        const refused = cli(['save', channel, JSON.stringify(input), '--out', probe, '--data-dir', dataDir]);
        expect(refused.code, `${channel} ${refused.stderr}`).toBe(1);
        expect(existsSync(probe)).toBe(false);
        const extension = /give --out a name ending in \.(\w+)/.exec(refused.stderr)?.[1] as string;
        expect(extension, refused.stderr).toBeTruthy();

        const file = join(out, `${channel}-${index}.${extension}`);
        const saved = cli(['save', channel, JSON.stringify(input), '--out', file, '--data-dir', dataDir]);
        expect(saved.code, `${channel} ${JSON.stringify(input)}: ${saved.stderr}${saved.stdout}`).toBe(0);
        expect(saved.stdout).toBe(`Saved ${file} (${readFileSync(file).length} bytes)\n`);
        expect(kindOf(file), file).toBe(extension);
      }
    }
    expect(readdirSync(out).filter((f) => f.startsWith('probe-'))).toEqual([]);
    // A backup is encrypted and checks out with the store's key.
    const backups = readdirSync(out).filter((f) => f.endsWith('.db'));
    expect(backups).toHaveLength(1);
    for (const backup of backups) expect(cli(['verify', join(out, backup), '--data-dir', dataDir])).toMatchObject({ code: 0, stdout: expect.stringMatching(/: ok \(schema \d+/) });
  }, 300_000);

  it("data safety (#9): save into the data folder — directly, through `..` or a symlink — is refused and every file there stays byte-identical", () => {
    const dataDir = join(tempDir(), 'data');
    expect(cli(['init', '--data-dir', dataDir]).code).toBe(0);
    const outside = tempDir();
    symlinkSync(dataDir, join(outside, 'shortcut'));
    const name = dataDir.split('/').at(-1) as string;
    const before = filesIn(dataDir);
    const refusal = "That is PeerDesk's own data folder; choose another place.";
    const attempts: [string, unknown, string][] = [
      ['tallies.blankSheet', { month: '2026-10' }, join(dataDir, 'sheet.pdf')],
      ['roster.export', { format: 'csv' }, `${dataDir}/../${name}/roster.csv`],
      ['roster.export', { format: 'xlsx' }, join(outside, 'shortcut', 'roster.xlsx')],
      ['reports.saveMonthly', { month: '2026-10' }, join(outside, 'shortcut', 'backups', 'summary.pdf')],
      ['backups.create', {}, join(dataDir, 'peerdesk.db')],
      ['tallies.blankSheet', { month: '2026-10' }, join(dataDir, 'keys.json')],
    ];
    for (const [channel, input, file] of attempts) {
      const run = cli(['save', channel, JSON.stringify(input), '--out', file, '--data-dir', dataDir]);
      expect(run.code, `${channel} ${file}`).toBe(1);
      expect(run.stderr.trim(), file).toBe(refusal);
      expect(JSON.parse(run.stdout), file).toMatchObject({ ok: false, error: { code: 'validation', message: refusal } });
    }
    expect(filesIn(dataDir)).toEqual(before);
  }, 120_000);

  it('refuses what is not a saving channel (exit 2), bad JSON (exit 2), an input its schema refuses (exit 1, error envelope) and a wrong extension; none writes a file', () => {
    const dataDir = join(tempDir(), 'data');
    expect(cli(['init', '--data-dir', dataDir]).code).toBe(0);
    const out = tempDir();
    const file = join(out, 'out.pdf');
    const d = ['--data-dir', dataDir];

    const notSaving = cli(['save', 'settings.set', '{"departmentName":"Changed"}', '--out', file, ...d]);
    expect(notSaving.code).toBe(2);
    expect(notSaving.stderr).toMatch(/^"settings\.set" does not save a file; save accepts: .*tallies\.blankSheet/);
    expect(value<{ departmentName: string }>(['call', 'settings.get', ...d]).departmentName).not.toBe('Changed');
    expect(cli(['save', 'roster.list', '--out', file, ...d]).code).toBe(2);
    expect(cli(['save', 'roster.drop', '{}', '--out', file, ...d]).code).toBe(2);
    expect(cli(['save', 'tallies.blankSheet', '{"month":"2026-10"}', ...d]).code).toBe(2);
    expect(cli(['save', '--out', file, ...d]).code).toBe(2);
    expect(cli(['save', 'tallies.blankSheet', '{month:', '--out', file, ...d]).code).toBe(2);

    const invalid = cli(['save', 'tallies.blankSheet', '{"month":"2026-13"}', '--out', file, ...d]);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout)).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'month' }] } } });
    const extra = cli(['save', 'roster.export', '{"format":"csv","path":"/tmp/x.csv"}', '--out', join(out, 'r.csv'), ...d]);
    expect(extra.code).toBe(1);
    expect(JSON.parse(extra.stdout)).toMatchObject({ ok: false, error: { code: 'validation' } });

    const wrongKind = cli(['save', 'roster.export', '{"format":"xlsx"}', '--out', join(out, 'roster.csv'), ...d]);
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.stderr.trim()).toBe('This file is saved as .xlsx: give --out a name ending in .xlsx.');
    expect(readdirSync(out)).toEqual([]);

    mkdirSync(join(out, 'nested'));
    const saved = cli(['save', 'tallies.blankSheet', '{"month":"2026-10"}', '--out', join(out, 'nested', 'sheet.PDF'), ...d]);
    expect(saved.code, saved.stderr).toBe(0);
    expect(kindOf(join(out, 'nested', 'sheet.PDF'))).toBe('pdf');
  }, 120_000);
});
