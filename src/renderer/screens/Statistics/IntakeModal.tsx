import { Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { IntakeEntry, IntakePreview, IntakeResult } from '../../../shared/tally-intake';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMonth } from '../../format';
import { useAction } from '../../hooks/useAction';

const tallies = (n: number) => (n === 1 ? '1 tally was' : `${n} tallies were`);

const figuresOf = (entry: IntakeEntry) =>
  entry.figures === null
    ? '—'
    : entry.figures.noContacts
      ? 'No contacts'
      : `${entry.figures.contacts} contacts · ${entry.figures.hoursOnDuty + entry.figures.hoursOffDuty} h · ${entry.figures.referrals} referrals`;

function EntriesTable({ entries, label }: { entries: IntakeEntry[]; label: string }) {
  return (
    <ScrollArea.Autosize mah={320} viewportProps={{ tabIndex: 0, 'aria-label': `${label}, scrollable` }}>
      <Table verticalSpacing={2} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Member</Table.Th>
            <Table.Th>Month</Table.Th>
            <Table.Th>Figures</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry, index) => (
            <Table.Tr key={`${entry.fileName}-${entry.memberId ?? index}-${index}`}>
              <Table.Td>{entry.fileName}</Table.Td>
              <Table.Td>{entry.displayName ?? (entry.memberId !== null ? `No. ${entry.memberId}` : '—')}</Table.Td>
              <Table.Td>{entry.month ? formatMonth(entry.month) : '—'}</Table.Td>
              <Table.Td>{figuresOf(entry)}</Table.Td>
              <Table.Td>
                {entry.problems.length === 0 ? (
                  <Text size="sm">Ready</Text>
                ) : (
                  entry.problems.map((problem) => (
                    <Text size="sm" c="red.8" key={problem}>
                      {problem}
                    </Text>
                  ))
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/**
 * §6: the returned tally forms of a folder (chosen in main's dialog), each with its member,
 * month, figures and problems; Import stores the ready ones together. Counts only: a figure
 * field holding text is named, never shown.
 */
export function IntakeModal({ preview, onClose }: { preview: IntakePreview; onClose(): void }) {
  const [result, setResult] = useState<IntakeResult | null>(null);
  const commit = useAction(async () => {
    if (preview.intakeId === null) return;
    const stored = await call('tallies.intakeCommit', { month: preview.month, intakeId: preview.intakeId });
    setResult(stored);
    notifications.show({ message: `${tallies(stored.stored.length)} imported`, color: 'pine' });
  });
  const invalid = preview.entries.length - preview.valid;
  return (
    <Modal opened onClose={onClose} title={`Import returned tally forms — ${formatMonth(preview.month)}`} size="xl">
      <Stack>
        {result ? (
          <>
            <Text>
              {tallies(result.stored.length)} imported. {result.refused.length ? `${result.refused.length} ${result.refused.length === 1 ? 'form was' : 'forms were'} not:` : ''}
            </Text>
            {result.refused.length > 0 && <EntriesTable entries={result.refused} label="Forms not imported" />}
            <Group justify="flex-end">
              {/* Focus moves here once the import is done, so Enter closes the dialog. */}
              <Button onClick={onClose} autoFocus>
                Close
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">
              Folder {preview.folderName}: {preview.entries.length} forms read. Only counts and hours are read; a figure field holding text is refused and its text is not kept.
            </Text>
            <Group gap="xs">
              <Badge color="pine" variant="light" styles={{ label: { textTransform: 'none' } }}>
                {preview.valid} ready
              </Badge>
              <Badge color={invalid ? 'red' : 'gray'} variant="light" styles={{ label: { textTransform: 'none' } }}>
                {invalid} with problems
              </Badge>
            </Group>
            <EntriesTable entries={preview.entries} label="Returned forms" />
            <ErrorAlert error={commit.error?.message ?? null} title="Not imported" />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button onClick={() => void commit.run()} disabled={preview.valid === 0 || preview.intakeId === null} loading={commit.busy}>
                Import {preview.valid} ready
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
