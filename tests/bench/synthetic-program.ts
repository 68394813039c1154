import type { Backend } from '../../src/main/backend/backend';

const firstNames = ['Maria', 'Daniel', 'Priya', 'Thomas', 'Lena', 'Marcus', 'Ana', 'Robert', 'Grace', 'Samuel', 'Fatima', 'Kevin', 'Helen', 'Victor', 'Olivia', 'Jamal', 'Irene', 'Hector'];
const lastNames = ['Alvarez', 'Okafor', 'Raman', 'Becker', 'Hoang', 'Reid', 'Sousa', 'Kim', 'Mensah', 'Whitaker', 'Haddad', 'Doyle', 'Park', 'Nunez', 'Grant', 'Carter', 'Kowalski', 'Ramirez'];
const groups = ['Adult Field Services', 'Juvenile Field Services', 'Juvenile Hall', 'Administration', 'Support Services'];

/** A synthetic team of `size` members, imported in one step through the real import channel. */
export async function addSyntheticMembers(backend: Backend, size: number): Promise<void> {
  const rows = ['First name,Last name,Sworn,Staff group,Work phone,Joined,Languages,Consent'];
  for (let i = 0; i < size; i++) {
    const joined = `${2017 + (i % 9)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    rows.push(
      `${firstNames[i % firstNames.length]},${lastNames[(i * 7) % lastNames.length]}${i},${i % 3 ? 'yes' : 'no'},${groups[i % groups.length]},(707) 555-${String(1000 + i).slice(-4)},${joined},${i % 4 ? 'English' : 'English; Spanish'},${i % 5 ? 'yes' : 'no'}`,
    );
  }
  const file = { fileName: 'synthetic.csv', contentBase64: Buffer.from(rows.join('\n')).toString('base64') };
  const preview = await backend.invoke('roster.importPreview', file);
  if (!preview.ok) throw new Error(preview.error.message);
  const result = await backend.invoke('roster.importCommit', { ...file, mapping: preview.value.mapping, mode: 'all-or-nothing' });
  if (!result.ok) throw new Error(result.error.message);
}
