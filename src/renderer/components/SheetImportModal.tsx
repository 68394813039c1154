import { Badge, Button, FileInput, Group, Modal, Radio, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ImportResult, SheetPreview } from '../../shared/sheet-import';
import { errorMessage } from '../api/call';
import { ErrorAlert } from './ErrorAlert';

type ImportFile = { fileName: string; contentBase64: string };
type Mode = 'valid-rows' | 'all-or-nothing';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface SheetImportProps<F extends string> {
  opened: boolean;
  onClose(): void;
  title: string;
  /** Every field a column can feed, in the order shown, with its label ("*" when needed). */
  fields: readonly F[];
  labels: Record<F, string>;
  /** What the rows are, for the counts and the notification: "members", "tallies". */
  noun: string;
  /** A line under the file input: what the file holds. */
  hint?: string;
  preview(file: ImportFile, mapping: Partial<Record<F, string>> | undefined): Promise<SheetPreview<F>>;
  commit(file: ImportFile, mapping: Partial<Record<F, string>>, mode: Mode): Promise<ImportResult>;
}

/**
 * An import from CSV or XLSX (the roster, earlier tallies, earlier training): map the
 * columns, see every row's problems, then import the valid rows or nothing — the
 * Coordinator's choice. Nothing is written before "Import".
 */
export function SheetImportModal<F extends string>({ opened, onClose, title, fields, labels, noun, hint, preview: check, commit: send }: SheetImportProps<F>) {
  const [file, setFile] = useState<ImportFile | null>(null);
  const [preview, setPreview] = useState<SheetPreview<F> | null>(null);
  const [mode, setMode] = useState<Mode>('valid-rows');
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

  async function refresh(current: ImportFile, mapping: Partial<Record<F, string>> | undefined) {
    try {
      setPreview(await check(current, mapping));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function commit() {
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    try {
      const result = await send(file, preview.mapping, mode);
      notifications.show({ message: `Imported ${result.imported} ${noun}${result.skipped ? `, skipped ${result.skipped} rows with errors` : ''}`, color: 'pine' });
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

  const labelOf = (field: string) => (field in labels ? labels[field as F].replace(' *', '') : field);
  const canImport = preview !== null && preview.validCount > 0 && (mode === 'valid-rows' || preview.invalidCount === 0);
  return (
    <Modal opened={opened} onClose={close} title={title} size="xl">
      <Stack gap="md">
        <FileInput label="CSV or Excel file" description={hint} accept=".csv,.xlsx" placeholder="Choose a file" onChange={(f) => void load(f)} clearable />
        {preview && file && (
          <>
            <Text size="sm" fw={600}>
              Which column holds each field?
            </Text>
            <SimpleGrid cols={fields.length > 18 ? 4 : 3} spacing="xs">
              {fields.map((field) => (
                <Select
                  key={field}
                  label={labels[field]}
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
                              {labelOf(e.field)}: {e.message}
                            </Text>
                          ))
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <Radio.Group label="What to import" value={mode} onChange={(v) => setMode(v as Mode)}>
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
}
