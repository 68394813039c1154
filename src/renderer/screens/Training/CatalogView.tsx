import { Button, Group, Loader, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { courseInputSchema, courseKindLabels, courseKinds, type Course } from '../../../shared/training';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ListSearch, SortHeader, useListView } from '../../components/ListTools';
import { summaryOf, useAction } from '../../hooks/useAction';
import { showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
import { freeText } from '../../components/free-text';
import { ErrorAlert } from '../../components/ErrorAlert';

type Draft = Omit<Course, 'id'> & { id?: number };
const blank: Draft = { code: '', name: '', kind: 'recommended', contactHours: 8, validityMonths: null, externalCourseNumber: '' };

const noCourses: Course[] = [];
const searchWords = (c: Course) => `${c.code} ${c.name} ${c.externalCourseNumber}`;
const sortBy = { code: (c: Course) => c.code, name: (c: Course) => c.name, kind: (c: Course) => courseKindLabels[c.kind] };

/** The course catalog, seeded from Policy 517 (§8) and editable. */
export function CatalogView() {
  const { data: courses, error } = useChannel('training.courses', {});
  const [editing, setEditing] = useState<Draft | null>(null);
  const list = useListView(courses ?? noCourses, searchWords, sortBy, { key: 'code', descending: false });

  if (error) return <ErrorAlert error={error.message} title="Could not load the catalog" />;
  if (!courses) return <Loader aria-label="Loading courses" />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">Courses marked “required before service” decide who is deployable (§8). Editing a course is recorded in the audit log.</Text>
        <Button onClick={() => setEditing(blank)}>Add course</Button>
      </Group>
      <ListSearch label="Search courses" placeholder="Code, name or course number" value={list.search} onChange={list.setSearch} />
      <Table aria-label="Course catalog" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <SortHeader label="Code" sortKey="code" sort={list.sort} onSort={list.setSort} />
            <SortHeader label="Name" sortKey="name" sort={list.sort} onSort={list.setSort} />
            <SortHeader label="Kind" sortKey="kind" sort={list.sort} onSort={list.setSort} />
            <Table.Th ta="right">Hours</Table.Th>
            <Table.Th>Valid for</Table.Th>
            <Table.Th>Course no.</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.shown.map((c) => (
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
  const form = useSchemaForm(courseInputSchema, initial);
  const { busy, error, run } = useAction(
    async (values: Draft) => {
      const saved = await call('training.saveCourse', courseInputSchema.parse(values));
      notifications.show({ message: `${saved.code} saved`, color: 'pine' });
      onSaved();
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  return (
    <form onSubmit={form.onSubmit((values) => void run(values))} aria-label="Course" noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput label="Code" {...form.getInputProps('code')} required {...freeText('course.code')} />
          <NumberInput label="Contact hours" {...form.getInputProps('contactHours')} min={0} max={200} />
        </SimpleGrid>
        <TextInput label="Name" {...form.getInputProps('name')} required {...freeText('course.name')} />
        <Select label="Kind" data={courseKinds.map((value) => ({ value, label: courseKindLabels[value] }))} {...form.getInputProps('kind')} allowDeselect={false} />
        <SimpleGrid cols={2}>
          <NumberInput
            label="Valid for (months)"
            description="Empty: never expires"
            {...form.getInputProps('validityMonths')}
            value={form.values.validityMonths ?? ''}
            onChange={(v) => form.setFieldValue('validityMonths', typeof v === 'number' ? v : null)}
            min={1}
            max={240}
            allowDecimal={false}
          />
          <TextInput label="External course number" {...form.getInputProps('externalCourseNumber')} {...freeText('course.externalCourseNumber')} />
        </SimpleGrid>
        <ErrorAlert error={summaryOf(error)} />
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
