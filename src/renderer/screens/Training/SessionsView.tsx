import { Badge, Button, Group, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { Course, SessionDetail } from '../../../shared/training';
import { call, toCallError, type CallError } from '../../api/call';
import { useChannel } from '../../api/queries';
import { saveFile } from '../../api/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';
import { formatDate } from '../../format';
import { AttendanceTaker } from './AttendanceTaker';
import { SessionActions } from './SessionCorrections';

const printSheet = (id: number) => saveFile('Sign-in sheet', () => call('training.signInSheet', { id }));

/** Plan sessions, print their sign-in sheets, and take attendance afterwards. */
export function SessionsView({ today }: { today: string }) {
  const sessions = useChannel('training.sessions', {});
  const courses = useChannel('training.courses', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const session = useChannel('training.session', { id: selectedId ?? 0 }, { enabled: selectedId !== null });
  const selected = selectedId !== null && session.data?.id === selectedId ? session.data : null;

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
      {sessions.data.length === 0 ? (
        <Text>No sessions yet. Plan the next quarterly training above.</Text>
      ) : (
        <Table highlightOnHover aria-label="Training sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Course</Table.Th>
              <Table.Th>Location</Table.Th>
              <Table.Th>Attendance</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.data.map((s) => (
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

function PlanSessionForm({ courses, today, onPlanned }: { courses: Course[]; today: string; onPlanned(detail: SessionDetail): void }) {
  const quarterly = courses.find((c) => c.kind === 'recurring');
  const [courseId, setCourseId] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useState(today);
  const [location, setLocation] = useState('');
  const [instructor, setInstructor] = useState('');
  const [hours, setHours] = useState<number | string>(2);
  const [error, setError] = useState<CallError | null>(null);
  const chosen = courseId ?? (quarterly ? String(quarterly.id) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const detail = await call('training.planSession', { courseId: Number(chosen), heldOn, location, instructor, hours: Number(hours) });
      notifications.show({ message: 'Session planned', color: 'pine' });
      onPlanned(detail);
    } catch (e) {
      setError(toCallError(e));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-title">
      <form onSubmit={submit} aria-label="Plan a session">
        <Stack gap="sm">
          <Title order={2} size="h4" id="plan-title">
            Plan a session
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 5 }}>
            <Select label="Course" data={courses.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name}` }))} value={chosen} onChange={setCourseId} allowDeselect={false} error={error?.fieldMessage('courseId')} />
            <TextInput type="date" label="Date" value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={error?.fieldMessage('heldOn')} required />
            <TextInput label="Location" value={location} onChange={(e) => setLocation(e.currentTarget.value)} {...freeText('session.location')} />
            <TextInput label="Instructor" value={instructor} onChange={(e) => setInstructor(e.currentTarget.value)} {...freeText('session.instructor')} />
            <NumberInput label="Hours" value={hours} onChange={setHours} min={0.25} max={24} step={0.5} error={error?.fieldMessage('hours')} />
          </SimpleGrid>
          <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} />
          <Group justify="flex-end">
            <Button type="submit">Plan session</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
