import { Badge, Button, FileInput, Group, Modal, Radio, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useState } from 'react';
import { importTargetFields, type ImportMapping, type ImportPreview, type ImportTargetField } from '../../../shared/roster';
import { call, errorMessage } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';

const fieldLabels: Record<ImportTargetField, string> = {
  firstName: 'First name *',
  lastName: 'Last name *',
  preferredName: 'Preferred name',
  sworn: 'Sworn (yes/no) *',
  staffGroup: 'Staff group *',
  jobTitle: 'Job title',
  workLocation: 'Work location',
  workPhone: 'Work phone',
  mobilePhone: 'Mobile phone',
  email: 'Email',
  languages: 'Languages',
  specialties: 'Specialties',
  hireDate: 'Hire date',
  probationCompletedOn: 'Probation completed',
  fullTime: 'Full-time (yes/no)',
  joinedOn: 'Joined the team *',
  afterHoursAvailable: 'After hours (yes/no)',
  listingConsent: 'Listing consent (yes/no)',
};

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Import the existing team from CSV or XLSX: map the columns, see every row's problems,
 * then import the valid rows or nothing — the Coordinator's choice. Nothing is written
 * before "Import".
 */
export const ImportModal = memo(function ImportModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mode, setMode] = useState<'valid-rows' | 'all-or-nothing'>('valid-rows');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(chosen: File | null) {
    setPreview(null);
    setError(null);
    if (!chosen) return setFile(null);
    const next = { fileName: chosen.name, contentBase64: await toBase64(chosen) };
    setFile(next);
    await refresh(next, undefined);
  }

  async function refresh(current: { fileName: string; contentBase64: string }, mapping: ImportMapping | undefined) {
    try {
      setPreview(await call('roster.importPreview', { ...current, mapping }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function commit() {
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('roster.importCommit', { ...file, mapping: preview.mapping, mode });
      notifications.show({ message: `Imported ${result.imported} members${result.skipped ? `, skipped ${result.skipped} rows with errors` : ''}`, color: 'pine' });
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function close() {
    setFile(null);
    setPreview(null);
    setError(null);
    onClose();
  }

  const canImport = preview !== null && preview.validCount > 0 && (mode === 'valid-rows' || preview.invalidCount === 0);
  return (
    <Modal opened={opened} onClose={close} title="Import existing members" size="xl">
      <Stack gap="md">
        <FileInput label="CSV or Excel file" accept=".csv,.xlsx" placeholder="Choose a file" onChange={(f) => void load(f)} clearable />
        {preview && file && (
          <>
            <Text size="sm" fw={600}>
              Which column holds each field?
            </Text>
            <SimpleGrid cols={3} spacing="xs">
              {importTargetFields.map((field) => (
                <Select
                  key={field}
                  label={fieldLabels[field]}
                  size="xs"
                  data={preview.columns}
                  value={preview.mapping[field] ?? null}
                  clearable
                  placeholder="Not in the file"
                  onChange={(column) => {
                    const mapping = { ...preview.mapping };
                    if (column) mapping[field] = column;
                    else delete mapping[field];
                    void refresh(file, mapping);
                  }}
                />
              ))}
            </SimpleGrid>
            <Group gap="xs">
              <Badge color="pine" variant="light" styles={{ label: { textTransform: 'none' } }}>
                {preview.validCount} rows ready
              </Badge>
              <Badge color={preview.invalidCount ? 'red' : 'gray'} variant="light" styles={{ label: { textTransform: 'none' } }}>
                {preview.invalidCount} rows with errors
              </Badge>
            </Group>
            <ScrollArea.Autosize mah={240} viewportProps={{ tabIndex: 0, 'aria-label': 'Rows to import, scrollable' }}>
              <Table verticalSpacing={2} aria-label="Rows to import">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Row</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Problems</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((row) => (
                    <Table.Tr key={row.rowNumber}>
                      <Table.Td>{row.rowNumber}</Table.Td>
                      <Table.Td>{row.displayName}</Table.Td>
                      <Table.Td>
                        {row.errors.length === 0 ? (
                          <Text size="sm">Ready</Text>
                        ) : (
                          row.errors.map((e) => (
                            <Text size="sm" c="red.8" key={e.field + e.message}>
                              {fieldLabels[e.field as ImportTargetField]?.replace(' *', '') ?? e.field}: {e.message}
                            </Text>
                          ))
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <Radio.Group label="What to import" value={mode} onChange={(v) => setMode(v as typeof mode)}>
              <Stack gap={4} mt={4}>
                <Radio value="valid-rows" label={`Import the ${preview.validCount} valid rows and skip the rows with errors`} />
                <Radio value="all-or-nothing" label="Import only if every row is valid; otherwise import nothing" />
              </Stack>
            </Radio.Group>
          </>
        )}
        <ErrorAlert error={error} title="Not imported" />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={() => void commit()} disabled={!canImport} loading={busy}>
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
});
