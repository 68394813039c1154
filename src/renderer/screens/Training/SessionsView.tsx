import { Badge, Button, Group, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type * as z from 'zod';
import { sessionInputSchema, type Course, type SessionDetail, type TrainingSession } from '../../../shared/training';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { saveFile } from '../../api/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';
import { ListSearch, SortHeader, useListView } from '../../components/ListTools';
import { formatDate } from '../../format';
import { summaryOf, useAction } from '../../hooks/useAction';
import { idSelectProps, showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
import { AttendanceTaker } from './AttendanceTaker';
import { SessionActions } from './SessionCorrections';

const noSessions: TrainingSession[] = [];
const searchWords = (s: TrainingSession) => `${s.courseCode} ${s.courseName} ${s.location} ${s.instructor}`;
const sortBy = { heldOn: (s: TrainingSession) => s.heldOn, course: (s: TrainingSession) => s.courseCode, location: (s: TrainingSession) => s.location };

const printSheet = (id: number) => saveFile('Sign-in sheet', () => call('training.signInSheet', { id }));

/** Plan sessions, print their sign-in sheets, and take attendance afterwards. */
export function SessionsView({ today }: { today: string }) {
  const sessions = useChannel('training.sessions', {});
  const courses = useChannel('training.courses', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const session = useChannel('training.session', { id: selectedId ?? 0 }, { enabled: selectedId !== null });
  const selected = selectedId !== null && session.data?.id === selectedId ? session.data : null;
  const list = useListView(sessions.data ?? noSessions, searchWords, sortBy, { key: 'heldOn', descending: true });

  const error = sessions.error ?? courses.error ?? session.error;
  if (error) return <ErrorAlert error={error.message} title="Could not load sessions" />;
  if (!sessions.data || !courses.data) return <Loader aria-label="Loading sessions" />;

  return (
    <Stack gap="lg">
      <PlanSessionForm courses={courses.data} today={today} onPlanned={(detail) => setSelectedId(detail.id)} />
      {selected && (
        <Paper withBorder p="md" component="section" aria-labelledby="session-title">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4" id="session-title">
                {selected.courseName} — {formatDate(selected.heldOn)}
              </Title>
              <Group gap="xs">
                <SessionActions key={`${selected.id}-${selected.courseId}-${selected.heldOn}-${selected.location}-${selected.instructor}-${selected.hours}-${selected.recorded}`} session={selected} courses={courses.data} onCancelled={() => setSelectedId(null)} />
                <Button variant="default" onClick={() => void printSheet(selected.id)}>
                  Sign-in sheet PDF…
                </Button>
                <Button variant="subtle" onClick={() => setSelectedId(null)}>
                  Close
                </Button>
              </Group>
            </Group>
            <Text size="sm">
              {[selected.location, selected.instructor, `${selected.hours} h`].filter(Boolean).join(' · ')} · {selected.roster.length} members expected
            </Text>
            <Text size="sm" fw={600} component="output">
              {selected.recorded === 0 ? 'Attendance: not taken yet' : `Attendance: ${selected.present} present of ${selected.recorded}`}
            </Text>
            {selected.heldOn > today ? (
              <Text size="sm">Attendance can be taken once the session has been held. Print the sign-in sheet to bring along.</Text>
            ) : (
              <AttendanceTaker key={`${selected.id}-${selected.recorded}`} session={selected} />
            )}
          </Stack>
        </Paper>
      )}
      {sessions.data.length > 0 && <ListSearch label="Search sessions" placeholder="Course, location, instructor" value={list.search} onChange={list.setSearch} />}
      {sessions.data.length === 0 ? (
        <Text>No sessions yet. Plan the next quarterly training above.</Text>
      ) : (
        <Table highlightOnHover aria-label="Training sessions">
          <Table.Thead>
            <Table.Tr>
              <SortHeader label="Date" sortKey="heldOn" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Course" sortKey="course" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Location" sortKey="location" sort={list.sort} onSort={list.setSort} />
              <Table.Th>Attendance</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.shown.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{formatDate(s.heldOn)}</Table.Td>
                <Table.Td>
                  {s.courseCode} <Text span size="xs">{s.courseName}</Text>
                </Table.Td>
                <Table.Td>{s.location}</Table.Td>
                <Table.Td>
                  {s.heldOn > today ? (
                    <Badge variant="outline" color="gray" styles={{ label: { textTransform: 'none' } }}>
                      Planned
                    </Badge>
                  ) : s.recorded === 0 ? (
                    <Text size="sm" c="red.9" fw={600}>
                      Not taken yet
                    </Text>
                  ) : (
                    `${s.present} present of ${s.recorded}`
                  )}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setSelectedId(s.id)} aria-label={`Open ${s.courseCode} session of ${formatDate(s.heldOn)}`}>
                    Open
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

type SessionFields = Omit<z.input<typeof sessionInputSchema>, 'hours'> & { hours: number | string };

/** §4.H: a session planned ahead; the quarterly meeting is offered first. */
function PlanSessionForm({ courses, today, onPlanned }: { courses: Course[]; today: string; onPlanned(detail: SessionDetail): void }) {
  const quarterly = courses.find((c) => c.kind === 'recurring');
  const form = useSchemaForm(sessionInputSchema, { courseId: quarterly?.id ?? courses[0]?.id ?? 0, heldOn: today, location: '', instructor: '', hours: 2 } satisfies SessionFields);
  const plan = useAction(
    async (values: SessionFields) => {
      const detail = await call('training.planSession', sessionInputSchema.parse(values));
      notifications.show({ message: 'Session planned', color: 'pine' });
      form.reset();
      onPlanned(detail);
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-title">
      <form onSubmit={form.onSubmit((values) => void plan.run(values))} aria-label="Plan a session" noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="plan-title">
            Plan a session
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 5 }}>
            <Select
              label="Course"
              data={courses.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name}` }))}
              {...idSelectProps(form, 'courseId')}
              allowDeselect={false}
            />
            <TextInput type="date" label="Date" {...form.getInputProps('heldOn')} required />
            <TextInput label="Location" {...form.getInputProps('location')} {...freeText('session.location')} />
            <TextInput label="Instructor" {...form.getInputProps('instructor')} {...freeText('session.instructor')} />
            <NumberInput label="Hours" {...form.getInputProps('hours')} min={0.25} max={24} step={0.5} />
          </SimpleGrid>
          <ErrorAlert error={summaryOf(plan.error)} />
          <Group justify="flex-end">
            <Button type="submit" loading={plan.busy}>
              Plan session
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
