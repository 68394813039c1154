import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import { addTrainedMember, aMember } from '../../helpers/members';
import { filesIn } from '../../helpers/files-in';
import { makeReadOnly, makeUnreplaceable } from '../../helpers/read-only-folder';
import { fastKdf } from '../../helpers/fast-kdf';
import { newStore, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

/** Values no published file may contain: every member field outside the §7 whitelist. */
const secretFields = {
  email: 'confidential.inbox@marlow.example',
  workLocation: 'Basement Annex Room 7',
  adminNote: 'Prefers texts; keep off weekend rota',
  hireDate: '2011-04-18',
  probationCompletedOn: '2012-04-18',
  joinedOn: '2024-05-06',
  specialties: ['Military / veteran'],
  preferredName: '',
};

async function publishingStore() {
  const nas = join(tempDir(), 'nas');
  mkdirSync(nas);
  const store = await newStore({ dialogs: { chooseFolder: async () => nas, chooseOpenFile: async () => null, chooseSaveFile: async () => null } });
  const { backend } = store;
  await valueOf(backend.invoke('settings.chooseNasFolder', {}));
  const listed = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111', mobilePhone: '(707) 555-0112', jobTitle: 'Deputy Probation Officer III', languages: ['English', 'Spanish'], ...secretFields });
  const second = await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor', staffGroup: 'Juvenile Hall', workPhone: '(707) 555-0113', ...secretFields, email: 'daniel.private@marlow.example' });
  await addTrainedMember(backend, { firstName: 'Robert', lastName: 'Kim', workPhone: '(707) 555-0121', listingConsent: false });
  const away = await addTrainedMember(backend, { firstName: 'Samuel', lastName: 'Whitaker', workPhone: '(707) 555-0124' });
  await valueOf(backend.invoke('roster.changeStatus', { id: away.id, status: 'temporarily-inactive', effectiveOn: '2026-10-01' }));
  const removed = await addTrainedMember(backend, { firstName: 'Kevin', lastName: 'Doyle', workPhone: '(707) 555-0127' });
  // Trained and consenting, but §8 not met: Group Crisis Intervention missing.
  await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Hector', lastName: 'Ramirez', workPhone: '(707) 555-0134' })));
  await valueOf(backend.invoke('roster.changeStatus', { id: removed.id, status: 'removed', effectiveOn: '2026-09-01', reasonCategory: 'conduct-unbecoming', chiefDecisionOn: '2026-09-01' }));
  return { ...store, nas, listed, second };
}

describe('§4.J: a member removed for cause stays off the NAS list until the Chief reinstates them', () => {
  it('§4.J: a removed-for-cause member is not published to the NAS until reinstated by a recorded Chief decision', async () => {
    const { backend } = await publishingStore();
    const kevin = (await valueOf(backend.invoke('roster.list', {}))).members.find((m) => m.displayName === 'Kevin Doyle');
    if (!kevin) throw new Error('Kevin Doyle is on the roster');
    const names = async () => (await valueOf(backend.invoke('roster.publishPreview', {}))).members.map((m) => m.name);

    expect(await backend.invoke('roster.changeStatus', { id: kevin.id, status: 'active', effectiveOn: '2026-10-01', reasonCategory: 'returned' })).toMatchObject({ ok: false, error: { code: 'policy' } });
    await valueOf(backend.invoke('roster.publish', {}));
    expect(await names()).not.toContain('Kevin Doyle');

    const chiefDecision = { decidedOn: '2026-10-01', decidedBy: 'Chief Probation Officer', exceptionReference: 'CPO-2026-31' };
    await valueOf(backend.invoke('roster.changeStatus', { id: kevin.id, status: 'active', effectiveOn: '2026-10-01', chiefDecision }));
    expect(await names()).toContain('Kevin Doyle');
  });
});

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('§7 publishing the team list to the NAS', () => {
  it('writes index.html, the CSV and the PDF with exactly the members who may serve and consented', async () => {
    const { backend, nas } = await publishingStore();
    const publication = await valueOf(backend.invoke('roster.publish', {}));
    expect(publication).toMatchObject({ folder: nas, memberCount: 2 });
    expect(readdirSync(nas).sort()).toEqual(['index.html', 'outside-resources.csv', 'peer-support-team.csv', 'peer-support-team.pdf']);

    const csvText = readFileSync(join(nas, 'peer-support-team.csv'), 'utf8');
    expect(csvText.startsWith('\uFEFF'), 'a UTF-8 byte-order mark first').toBe(true);
    const csv = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(csvText.slice(1), { type: 'string', raw: true }).Sheets.Sheet1 as XLSX.WorkSheet, { raw: false, defval: '' });
    expect(csv).toEqual([
      { Name: 'Maria Alvarez', 'Staff group': 'Adult Field Services', 'Job title': 'Deputy Probation Officer III', 'Work phone': '(707) 555-0111', 'Mobile phone': '(707) 555-0112', Languages: 'English; Spanish' },
      { Name: 'Daniel Okafor', 'Staff group': 'Juvenile Hall', 'Job title': 'Deputy Probation Officer III', 'Work phone': '(707) 555-0113', 'Mobile phone': '', Languages: 'English; Spanish' },
    ]);
    const html = readFileSync(join(nas, 'index.html'), 'utf8');
    const pdf = pdfText(join(nas, 'peer-support-team.pdf'));
    for (const text of [html, pdf]) {
      expect(text).toContain('Maria Alvarez');
      expect(text).toContain('Daniel Okafor');
      for (const absent of ['Robert Kim', 'Samuel Whitaker', 'Kevin Doyle', 'Hector Ramirez']) expect(text).not.toContain(absent);
    }
    expect(html).not.toMatch(/<script|src=|href=/i);
    execFileSync('qpdf', ['--check', join(nas, 'peer-support-team.pdf')]);
  });

  it('no non-whitelisted value reaches any published file (email, dates, notes, location, specialties)', async () => {
    const { backend, nas } = await publishingStore();
    await valueOf(backend.invoke('roster.publish', {}));
    const files = {
      html: readFileSync(join(nas, 'index.html'), 'utf8'),
      csv: readFileSync(join(nas, 'peer-support-team.csv'), 'utf8'),
      pdf: pdfText(join(nas, 'peer-support-team.pdf')),
    };
    const forbidden = ['confidential.inbox', 'daniel.private', '@marlow.example', 'Basement Annex', 'Prefers texts', 'weekend rota', 'Military', '2011-04-18', '2012-04-18', '2024-05-06', '2011', '2012', '2024', 'Fairfield'];
    for (const [name, text] of Object.entries(files)) {
      for (const value of forbidden) expect(text.includes(value), `${value} in ${name}`).toBe(false);
    }
  });

  it('previews who is added and removed since the last publication, and whether anything changed', async () => {
    const { backend, listed } = await publishingStore();
    const first = await valueOf(backend.invoke('roster.publishPreview', {}));
    expect(first).toMatchObject({ added: ['Maria Alvarez', 'Daniel Okafor'], removed: [], changedSinceLastPublish: true, lastPublication: null });
    await valueOf(backend.invoke('roster.publish', {}));
    expect(await valueOf(backend.invoke('roster.publishPreview', {}))).toMatchObject({ added: [], removed: [], changedSinceLastPublish: false });
    await valueOf(backend.invoke('roster.changeStatus', { id: listed.id, status: 'resigned', effectiveOn: '2026-11-01' }));
    await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang', workPhone: '(707) 555-0117' });
    expect(await valueOf(backend.invoke('roster.publishPreview', {}))).toMatchObject({ added: ['Lena Hoang'], removed: ['Maria Alvarez'], changedSinceLastPublish: true });
    const history = await valueOf(backend.invoke('roster.publications', {}));
    expect(history).toHaveLength(1);
    expect(history[0]?.files.map((f) => [f.name, f.sha256.length])).toEqual([
      ['index.html', 64],
      ['peer-support-team.csv', 64],
      ['outside-resources.csv', 64],
      ['peer-support-team.pdf', 64],
    ]);
  });

  it('a folder that does not exist returns io with a clear message; the earlier publication elsewhere is unchanged', async () => {
    const { backend, nas, dataDir } = await publishingStore();
    await valueOf(backend.invoke('roster.publish', {}));
    const before = Object.fromEntries(readdirSync(nas).map((f) => [f, readFileSync(join(nas, f))]));
    backend.close();
    const missing = join(tempDir(), 'unplugged-nas');
    const elsewhere = createBackend({ dataDir, kdfParams: fastKdf, dialogs: { chooseFolder: async () => missing, chooseOpenFile: async () => null, chooseSaveFile: async () => null } });
    await valueOf(elsewhere.invoke('session.unlock', { passphrase: 'quiet harbour lantern 42' }));
    await valueOf(elsewhere.invoke('settings.chooseNasFolder', {}));
    const result = await elsewhere.invoke('roster.publish', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: /does not exist or cannot be reached/ } });
    expect(Object.fromEntries(readdirSync(nas).map((f) => [f, readFileSync(join(nas, f))]))).toEqual(before);
    expect(await valueOf(elsewhere.invoke('roster.publications', {}))).toHaveLength(1);
  });

  it('a read-only folder returns io, leaves its old files untouched and no temporary file behind', async () => {
    const { backend, nas } = await publishingStore();
    await valueOf(backend.invoke('roster.publish', {}));
    writeFileSync(join(nas, 'index.html'), 'previous publication');
    const restore = makeReadOnly(nas);
    try {
      const result = await backend.invoke('roster.publish', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'io', message: /previous publication was left unchanged/ } });
    } finally {
      restore();
    }
    expect(readFileSync(join(nas, 'index.html'), 'utf8')).toBe('previous publication');
    expect(readdirSync(nas).sort()).toEqual(['index.html', 'outside-resources.csv', 'peer-support-team.csv', 'peer-support-team.pdf']);
    expect(await valueOf(backend.invoke('roster.publications', {}))).toHaveLength(1);
  });

  it('data safety: when one file cannot be replaced partway through, the previous complete publication stays byte-identical and the message says so truthfully', async () => {
    const { backend, nas, listed } = await publishingStore();
    await valueOf(backend.invoke('roster.publish', {}));
    const before = Object.fromEntries(readdirSync(nas).map((f) => [f, readFileSync(join(nas, f))]));
    await valueOf(backend.invoke('roster.changeStatus', { id: listed.id, status: 'resigned', effectiveOn: '2026-11-01' }));
    // The PDF is renamed last: index.html and the CSV are already replaced when its rename fails.
    const release = makeUnreplaceable(join(nas, 'peer-support-team.pdf'));
    let result: Awaited<ReturnType<typeof backend.invoke<'roster.publish'>>>;
    try {
      result = await backend.invoke('roster.publish', {});
    } finally {
      release();
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/^The folder .+ (cannot be written: permission denied|holds a folder or link named peer-support-team\.pdf where a published file belongs)\. The previous publication was left unchanged\.$/);
    expect(message).toContain(nas);
    expect(Object.fromEntries(readdirSync(nas).map((f) => [f, readFileSync(join(nas, f))]))).toEqual(before);
    expect(await valueOf(backend.invoke('roster.publications', {}))).toHaveLength(1);
    // Once the file can be replaced again, the new list goes out whole.
    const again = await valueOf(backend.invoke('roster.publish', {}));
    expect(again.memberCount).toBe(1);
    expect(readdirSync(nas).sort()).toEqual(['index.html', 'outside-resources.csv', 'peer-support-team.csv', 'peer-support-team.pdf']);
    for (const name of ['index.html', 'peer-support-team.csv']) expect(readFileSync(join(nas, name), 'utf8')).not.toContain('Maria Alvarez');
    expect(pdfText(join(nas, 'peer-support-team.pdf'))).not.toContain('Maria Alvarez');
  });

  it('data safety: a folder in the place of a published file is named, and nothing in the NAS folder changes', async () => {
    const { backend, nas } = await publishingStore();
    await valueOf(backend.invoke('roster.publish', {}));
    rmSync(join(nas, 'index.html'));
    mkdirSync(join(nas, 'index.html'));
    const before = filesIn(nas);
    const result = await backend.invoke('roster.publish', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: `The folder ${nas} holds a folder or link named index.html where a published file belongs. The previous publication was left unchanged.` } });
    expect(filesIn(nas)).toEqual(before);
    expect(readdirSync(nas).sort()).toEqual(['index.html', 'outside-resources.csv', 'peer-support-team.csv', 'peer-support-team.pdf']);
  });

  it('without a NAS folder chosen, publishing is a validation error naming it', async () => {
    const { backend } = await newStore();
    expect(await backend.invoke('roster.publish', {})).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'nasFolder' }] } } });
  });
});
