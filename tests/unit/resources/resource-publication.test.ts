import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTrainedMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

/** Values a resource holds that never leave PeerDesk: the Coordinator's note and the day it was verified. */
const coordinatorOnly = { note: 'Contract ends June; ask for Dana at intake', lastVerifiedOn: '2026-03-17' };

async function directoryStore() {
  const folder = tempDir();
  const nas = join(folder, 'nas');
  mkdirSync(nas);
  const card = join(folder, 'wallet.pdf');
  const store = await newStore({ dialogs: { chooseFolder: async () => nas, chooseOpenFile: async () => null, chooseSaveFile: async () => card } });
  const { backend } = store;
  await valueOf(backend.invoke('settings.chooseNasFolder', {}));
  await valueOf(backend.invoke('settings.set', { programName: 'Solano Peer Support', coordinatorName: 'Jordan Ellery', coordinatorPhone: '(707) 555-0100' }));
  await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111', mobilePhone: '(707) 555-0112' });
  await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor', workPhone: '(707) 555-0113' });
  await addTrainedMember(backend, { firstName: 'Robert', lastName: 'Kim', workPhone: '(707) 555-0121', listingConsent: false });
  await valueOf(backend.invoke('resources.save', { kind: 'eap', name: 'Solano County EAP', phones: ['(707) 555-0190', '(800) 555-0191'], hours: 'Mon–Fri 8–5', languages: ['Tagalog'], afterHours: false, ...coordinatorOnly }));
  await valueOf(backend.invoke('resources.save', { kind: 'crisis-line', name: 'Suicide & Crisis Lifeline', phones: ['988'], hours: '24/7', afterHours: true }));
  return { ...store, nas, card };
}

describe('§7, §4.D: outside resources are published with the team and printed on the wallet card', () => {
  it("§7: a resource's phone is on the NAS page, its CSV and PDF, in the same publication as the team", async () => {
    const { backend, nas } = await directoryStore();
    const publication = await valueOf(backend.invoke('roster.publish', {}));
    expect(readdirSync(nas).sort()).toEqual(['index.html', 'outside-resources.csv', 'peer-support-team.csv', 'peer-support-team.pdf']);
    expect(publication.files.map((f) => f.name)).toContain('outside-resources.csv');

    const html = readFileSync(join(nas, 'index.html'), 'utf8');
    const pdf = pdfText(join(nas, 'peer-support-team.pdf'));
    for (const text of [html, pdf]) {
      expect(text).toContain('Outside resources');
      expect(text).toContain('(707) 555-0190');
      expect(text).toContain('(800) 555-0191');
      expect(text).toContain('988');
      expect(text).toContain('Maria Alvarez');
    }
    expect(html).toContain('Suicide &amp; Crisis Lifeline');
    expect(readFileSync(join(nas, 'outside-resources.csv'), 'utf8')).toBe(
      '\uFEFFKind,Name,Phones,Hours,After hours,Languages\r\n' +
        'Crisis line,Suicide & Crisis Lifeline,988,24/7,Yes,\r\n' +
        'EAP,Solano County EAP,"(707) 555-0190; (800) 555-0191",Mon–Fri 8–5,No,Tagalog\r\n',
    );
    // The team's own CSV keeps its columns: resources are not members.
    expect(readFileSync(join(nas, 'peer-support-team.csv'), 'utf8')).not.toContain('EAP');
  });

  it("§7: no resource field outside the whitelist leaves: not the Coordinator's note, not the day it was verified", async () => {
    const { backend, nas, card } = await directoryStore();
    await valueOf(backend.invoke('roster.publish', {}));
    await valueOf(backend.invoke('resources.walletCard', {}));
    const files = {
      html: readFileSync(join(nas, 'index.html'), 'utf8'),
      csv: readFileSync(join(nas, 'outside-resources.csv'), 'utf8'),
      pdf: pdfText(join(nas, 'peer-support-team.pdf')),
      card: pdfText(card),
    };
    for (const [name, text] of Object.entries(files)) {
      for (const value of ['Contract ends', 'Dana', 'intake', '2026-03-17', 'March 17', 'Mar 17', '3/17/2026', '17 March']) expect(text.includes(value), `${value} in ${name}`).toBe(false);
    }
  });

  it("§4.D, §7: the wallet card PDF has the published team's names and phones on the front and the resources' phones on the back", async () => {
    const { backend, card } = await directoryStore();
    expect(await valueOf(backend.invoke('resources.walletCard', {}))).toEqual({ saved: true, fileName: 'wallet.pdf' });
    execFileSync('qpdf', ['--check', card]);
    const front = pageText(card, 1);
    const back = pageText(card, 2);
    for (const text of ['Maria Alvarez', '(707) 555-0111', '(707) 555-0112', 'Daniel Okafor', '(707) 555-0113', 'Jordan Ellery', '(707) 555-0100']) expect(front).toContain(text);
    expect(front).not.toContain('Robert Kim');
    expect(front).not.toContain('555-0121');
    for (const text of ['Solano County EAP', '(707) 555-0190', '(800) 555-0191', 'Mon–Fri 8–5', 'Suicide & Crisis Lifeline', '988', '24/7', 'after hours: yes', 'Crisis line']) expect(back).toContain(text);
    expect(back).not.toContain('Maria Alvarez');
    // Eight cards to a sheet, on two pages (fronts, then backs).
    expect(front.split('Maria Alvarez').length - 1).toBe(8);
    expect(back.split('Solano County EAP').length - 1).toBe(8);
    expect(execFileSync('pdfinfo', [card], { encoding: 'utf8' })).toMatch(/Pages:\s+2\b[\s\S]*Page size:\s+612 x 792 pts/);
  });

  it('§4.D: a team too large for one card lists as many as fit and sends the reader to the intranet list', async () => {
    const { backend, card } = await directoryStore();
    for (let i = 0; i < 40; i++) await addTrainedMember(backend, { firstName: 'Member', lastName: `Number${String(i).padStart(2, '0')}`, workPhone: `(707) 555-02${String(i).padStart(2, '0')}` });
    await valueOf(backend.invoke('resources.walletCard', {}));
    const front = pageText(card, 1);
    expect(front).toMatch(/\+ \d+ more: see the intranet list/);
    expect(front).toContain('Maria Alvarez');
  });

  it('§7: the publish preview shows the resources and whether they changed since the last publication', async () => {
    const { backend } = await directoryStore();
    expect(await valueOf(backend.invoke('roster.publishPreview', {}))).toMatchObject({ resources: [{ name: 'Suicide & Crisis Lifeline', kind: 'Crisis line' }, { name: 'Solano County EAP', kind: 'EAP' }], resourcesChanged: true, changedSinceLastPublish: true });
    await valueOf(backend.invoke('roster.publish', {}));
    expect(await valueOf(backend.invoke('roster.publishPreview', {}))).toMatchObject({ resourcesChanged: false, changedSinceLastPublish: false });
    const dashboard = async () => (await valueOf(backend.invoke('dashboard.today', {}))).items.map((i) => i.id);
    expect(await dashboard()).not.toContain('roster-unpublished');

    // Only the note changed: nothing published changed.
    const [crisis, eap] = (await valueOf(backend.invoke('resources.list', {}))).resources.map(({ stale: _stale, ...fields }) => fields);
    if (!crisis || !eap) throw new Error('two resources');
    await valueOf(backend.invoke('resources.save', { ...eap, note: 'Another note' }));
    expect(await valueOf(backend.invoke('roster.publishPreview', {}))).toMatchObject({ resourcesChanged: false, changedSinceLastPublish: false });

    await valueOf(backend.invoke('resources.save', { ...crisis, phones: ['988', '(707) 555-0199'] }));
    expect(await valueOf(backend.invoke('roster.publishPreview', {}))).toMatchObject({ added: [], removed: [], resourcesChanged: true, changedSinceLastPublish: true });
    expect(await dashboard()).toContain('roster-unpublished');
  });
});
