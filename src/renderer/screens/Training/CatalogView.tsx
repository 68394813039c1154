import { Button, Group, Loader, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { courseKindLabels, courseKinds, type Course, type CourseKind } from '../../../shared/training';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { useAction } from '../../hooks/useAction';
import { freeText } from '../../components/free-text';
import { ErrorAlert } from '../../components/ErrorAlert';

type Draft = Omit<Course, 'id'> & { id?: number };
const blank: Draft = { code: '', name: '', kind: 'recommended', contactHours: 8, validityMonths: null, externalCourseNumber: '' };

/** The course catalog, seeded from Policy 517 (§8) and editable. */
export function CatalogView() {
  const { data: courses, error } = useChannel('training.courses', {});
  const [editing, setEditing] = useState<Draft | null>(null);

  if (error) return <ErrorAlert error={error.message} title="Could not load the catalog" />;
  if (!courses) return <Loader aria-label="Loading courses" />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">Courses marked “required before service” decide who is deployable (§8). Editing a course is recorded in the audit log.</Text>
        <Button onClick={() => setEditing(blank)}>Add course</Button>
      </Group>
      <Table aria-label="Course catalog" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th ta="right">Hours</Table.Th>
            <Table.Th>Valid for</Table.Th>
            <Table.Th>Course no.</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {courses.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.code}</Table.Td>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{courseKindLabels[c.kind]}</Table.Td>
              <Table.Td ta="right">{c.contactHours}</Table.Td>
              <Table.Td>{c.validityMonths ? `${c.validityMonths} months` : 'No expiry'}</Table.Td>
              <Table.Td>{c.externalCourseNumber}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => setEditing(c)} aria-label={`Edit ${c.code}`}>
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.id ? `Edit ${editing.code}` : 'Add a course'}>
        {editing && (
          <CourseForm
            key={editing.id ?? 'new'}
            initial={editing}
            onCancel={() => setEditing(null)}
            onSaved={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function CourseForm({ initial, onCancel, onSaved }: { initial: Draft; onCancel(): void; onSaved(): void }) {
  const [draft, setDraft] = useState<Draft>(initial);

  const { busy, error, run } = useAction(async () => {
    const saved = await call('training.saveCourse', draft);
    notifications.show({ message: `${saved.code} saved`, color: 'pine' });
    onSaved();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <form onSubmit={submit} aria-label="Course">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput label="Code" value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })} error={error?.fieldMessage('code')} required {...freeText('course.code')} />
          <NumberInput label="Contact hours" value={draft.contactHours} onChange={(v) => setDraft({ ...draft, contactHours: Number(v) })} min={0} max={200} />
        </SimpleGrid>
        <TextInput label="Name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} error={error?.fieldMessage('name')} required {...freeText('course.name')} />
        <Select label="Kind" data={courseKinds.map((value) => ({ value, label: courseKindLabels[value] }))} value={draft.kind} onChange={(v) => v && setDraft({ ...draft, kind: v as CourseKind })} allowDeselect={false} />
        <SimpleGrid cols={2}>
          <NumberInput
            label="Valid for (months)"
            description="Empty: never expires"
            value={draft.validityMonths ?? ''}
            onChange={(v) => setDraft({ ...draft, validityMonths: typeof v === 'number' ? v : null })}
            min={1}
            max={240}
            allowDecimal={false}
            error={error?.fieldMessage('validityMonths')}
          />
          <TextInput label="External course number" value={draft.externalCourseNumber} onChange={(e) => setDraft({ ...draft, externalCourseNumber: e.currentTarget.value })} {...freeText('course.externalCourseNumber')} />
        </SimpleGrid>
        <ErrorAlert error={error && !error.payload.details?.fields ? error.message : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Save course
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
