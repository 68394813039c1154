import { describe, expect, it } from 'vitest';
import { freeTextFields } from '../../../src/shared/free-text-fields';
import { invisibleCharactersMessage, plainText } from '../../../src/shared/text';
import { aMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';
import { stringInputs } from './walk-inputs';

/** String inputs that are not free text, and why. */
const notFreeText: Record<string, string> = {
  'session.setup passphrase': 'a secret, never stored as text',
  'session.setup confirmation': 'a secret',
  'session.unlock passphrase': 'a secret',
  'session.changePassphrase current': 'a secret',
  'session.changePassphrase next': 'a secret',
  'session.changePassphrase confirmation': 'a secret',
  'session.recover recoveryCode': 'a secret',
  'session.recover next': 'a secret',
  'session.recover confirmation': 'a secret',
  'session.restoreBackup passphrase': 'a secret',
  'session.restoreBackup name': "a backup's name, a fixed pattern",
  'session.restoreFromBackupFile passphrase': 'a secret',
  'session.restoreFromBackupFile recoveryCode': 'a secret',
  'session.restoreFromBackupFile next': 'a secret',
  'session.restoreFromBackupFile confirmation': 'a secret',
  'backups.restoreAutomatic name': "a backup's name, a fixed pattern",
  'backups.deleteUpTo upTo': "a backup's name, a fixed pattern",
  'roster.importPreview fileName': 'the name of the file being read, not stored',
  'roster.importPreview contentBase64': "the file's bytes; each imported value goes through the member schema",
  'roster.importPreview mapping{}': "a column header of the file being read, not stored",
  'roster.importCommit fileName': 'the name of the file being read, not stored',
  'roster.importCommit contentBase64': "the file's bytes; each imported value goes through the member schema",
  'roster.importCommit mapping{}': 'a column header of the file being read, not stored',
  'tallies.historyPreview fileName': 'the name of the file being read, not stored',
  'tallies.historyPreview contentBase64': "the file's bytes; each figure goes through the tally schema, text refused",
  'tallies.historyPreview mapping{}': 'a column header of the file being read, not stored',
  'tallies.historyCommit fileName': 'the name of the file being read, not stored',
  'tallies.historyCommit contentBase64': "the file's bytes; each figure goes through the tally schema, text refused",
  'tallies.historyCommit mapping{}': 'a column header of the file being read, not stored',
  'training.historyPreview fileName': 'the name of the file being read, not stored',
  'training.historyPreview contentBase64': "the file's bytes; each imported value goes through the completion schema",
  'training.historyPreview mapping{}': 'a column header of the file being read, not stored',
  'training.historyCommit fileName': 'the name of the file being read, not stored',
  'training.historyCommit contentBase64': "the file's bytes; each imported value goes through the completion schema",
  'training.historyCommit mapping{}': 'a column header of the file being read, not stored',
};

const registered = new Map(freeTextFields.flatMap((f) => f.inputs.map((input) => [input, f] as const)));
const inputs = stringInputs().filter((s) => !Object.hasOwn(notFreeText, `${s.channel} ${s.path}`));

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.error?.issues ?? []).map((i) => i.message);

describe('free text: one list of every field, and one text schema (§5: nothing about a person supported)', () => {
  it('every free-text input of the contract is in the list of free-text fields, and every listed input exists', () => {
    const found = inputs.map((s) => `${s.channel} ${s.path}`);
    expect(found.filter((input) => !registered.has(input))).toEqual([]);
    expect([...registered.keys()].filter((input) => !found.includes(input))).toEqual([]);
    for (const field of freeTextFields) {
      expect(field.purpose.length, field.field).toBeGreaterThan(0);
      expect(typeof field.leaves, field.field).toBe('boolean');
    }
  });

  it.each(inputs.map((s) => [`${s.channel} ${s.path}`, s] as const))('%s refuses U+202E, U+200B, control characters and NUL, with a clear message', (name, { schema }) => {
    for (const bad of ['Ana\u202Emaria', 'Ana\u200Bmaria', 'Ana\u0007maria', 'Ana\u0000maria', '\u2066Ana\u2069', 'Ana\u0085maria', 'Ana\u200Fmaria', 'Ana\uFEFFmaria']) {
      const result = schema.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(messagesOf(result), JSON.stringify(bad)).toContain(invisibleCharactersMessage);
    }
    const field = registered.get(name);
    expect(schema.maxLength, name).toBe(field?.maxLength);
  });

  it.each(inputs.filter((s) => registered.get(`${s.channel} ${s.path}`)?.multiline !== true).map((s) => [`${s.channel} ${s.path}`, s] as const))('%s is one line: a line break is refused', (_name, { schema }) => {
    for (const broken of ['Ana\nmaria', 'Ana\r\nmaria', 'Ana\u2028maria']) expect(messagesOf(schema.safeParse(broken)), JSON.stringify(broken)).toContain('Keep this to one line');
  });

  it('the one multi-line field is the memo\'s "how to nominate"; the administrative note is one line', () => {
    expect(freeTextFields.filter((f) => f.multiline).map((f) => f.field)).toEqual(['round.howToNominate']);
  });

  it('§5: a field holds at most 80 characters unless the list says why it needs more', () => {
    const longer = freeTextFields.filter((f) => f.maxLength > 80);
    expect(longer.filter((f) => !f.why).map((f) => f.field)).toEqual([]);
    expect(longer.map((f) => f.field)).toEqual([
      'member.jobTitle',
      'member.email',
      'course.name',
      'round.howToNominate',
      'candidate.jobTitle',
      'candidate.email',
      'settings.departmentName',
      'settings.programName',
      'settings.chiefName',
      'settings.chiefTitle',
      'settings.coordinatorName',
      'settings.nasFolder',
    ]);
  });

  it('§5: what can be listed is a pick-list, not text: status reasons, who assessed an incident, the Chief\'s decision', () => {
    const fields = freeTextFields.map((f) => f.field);
    for (const gone of ['member.statusReason', 'assessment.assessedWith', 'exception.reference']) expect(fields).not.toContain(gone);
    const textInputs = stringInputs().map((s) => `${s.channel} ${s.path}`);
    for (const gone of ['roster.changeStatus reason', 'roster.rejoin reason', 'incidents.assess assessedWith', 'selection.recordException reference']) expect(textInputs).not.toContain(gone);
  });

  it('a multi-line field keeps its line breaks but refuses a carriage return or a Unicode separator', () => {
    const note = plainText(80, { multiline: true });
    expect(note.parse('  Prefers texts\nNo weekend calls  ')).toBe('Prefers texts\nNo weekend calls');
    for (const bad of ['a\rb', 'a\u2028b', 'a\u2029b']) expect(note.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(plainText(80).safeParse('Prefers texts\nNo weekend calls')).toMatchObject({ success: false, error: { issues: [{ message: 'Keep this to one line' }] } });
  });

  it('plain text keeps accents and other scripts, trims, and caps the length', () => {
    const name = plainText(10);
    expect(name.parse('  José Peña ')).toBe('José Peña');
    expect(name.parse('Nguyễn Thị')).toBe('Nguyễn Thị');
    expect(name.parse('عبد الله')).toBe('عبد الله');
    expect(name.safeParse('x'.repeat(11)).success).toBe(false);
  });

  it('roster.create with a right-to-left override in the work location is refused: validation, the field named, nothing stored', async () => {
    const { backend } = await newStore();
    const result = await backend.invoke('roster.create', aMember({ workLocation: 'Annex \u202E7 gnidliuB' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'workLocation', message: invisibleCharactersMessage }] } } });
    expect((await valueOf(backend.invoke('roster.list', {}))).members).toEqual([]);
  });

  it('settings.set refuses a zero-width space in the department name printed on every document', async () => {
    const { backend } = await newStore();
    const result = await backend.invoke('settings.set', { departmentName: 'Marlow\u200B County Probation' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'departmentName', message: invisibleCharactersMessage }] } } });
  });
});
