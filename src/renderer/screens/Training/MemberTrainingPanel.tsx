import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, localizeDates } from '../../format';
import { RecordCompletionModal, type CompletionTarget } from './RecordCompletionModal';
import { CourseCellView, QuarterlyStrip } from './TrainingCells';

/** The member drawer's training tab: each course, how it was completed, and the quarterly record. */
export function MemberTrainingPanel({ memberId, memberName, today }: { memberId: number; memberName: string; today: string }) {
  const { data: training, error } = useChannel('training.member', { memberId });
  const [target, setTarget] = useState<CompletionTarget | null>(null);

  if (error) return <ErrorAlert error={error.message} title="Could not load training" />;
  if (!training) return <Loader aria-label="Loading training" />;
  return (
    <Stack gap="md">
      {training.findings.map((f) => (
        <Alert key={f.ruleId} variant="light" color={f.severity === 'block' ? 'red' : 'violet'} title={f.section}>
          {localizeDates(f.message)}
        </Alert>
      ))}
      <Table aria-label="Courses" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Course</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Record</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {training.cells
            .filter((cell) => cell.course.kind !== 'recurring')
            .map((cell) => (
              <Table.Tr key={cell.courseId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {cell.course.code}
                  </Text>
                  <Text size="xs">{cell.course.name}</Text>
                </Table.Td>
                <Table.Td>
                  <CourseCellView cell={cell} />
                </Table.Td>
                <Table.Td>
                  {cell.completions.map((c) => (
                    <Text size="xs" key={`${c.source}-${c.id}`}>
                      {formatDate(c.completedOn)} · {c.source === 'session' ? 'PeerDesk session' : c.provider || 'outside provider'}
                      {c.certificateOnFile ? ' · certificate on file' : ''}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setTarget({ memberId, memberName, course: cell.course })} aria-label={`Record ${cell.course.code} completion`}>
                    Record…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      <Group gap="sm">
        <Text size="sm" fw={600}>
          Quarterly trainings (§4.H)
        </Text>
        <QuarterlyStrip marks={training.quarterly} />
      </Group>
      <RecordCompletionModal
        key={target ? target.course.id : 'none'}
        target={target}
        today={today}
        onClose={() => setTarget(null)}
      />
    </Stack>
  );
}
