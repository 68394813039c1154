import { Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Course, TrainingSession } from '../../../shared/training';
import { call } from '../../api/call';
import { EditButton, numberOf, VoidButton } from '../../components/Corrections';
import { freeText } from '../../components/free-text';
import { formatDate } from '../../format';

/**
 * §4.H–I, §8: a session corrected with a reason — once attendance is taken its course and day
 * are what members' standing was derived from, so only the place, instructor and hours change —
 * or cancelled while no attendance was taken.
 */
export function SessionActions({ session, courses, onCancelled }: { session: TrainingSession; courses: Course[]; onCancelled(): void }) {
  const what = `the ${session.courseCode} session of ${formatDate(session.heldOn)}`;
  const taken = session.recorded > 0;
  const [courseId, setCourseId] = useState(String(session.courseId));
  const [heldOn, setHeldOn] = useState(session.heldOn);
  const [location, setLocation] = useState(session.location);
  const [instructor, setInstructor] = useState(session.instructor);
  const [hours, setHours] = useState<number | string>(session.hours);
  return (
    <Group gap={4}>
      <EditButton what={what} onSave={async (reason) => void (await call('training.updateSession', { id: session.id, reason, courseId: Number(courseId), heldOn, location, instructor, hours: numberOf(hours) }))}>
        {(error) => (
          <SimpleGrid cols={2}>
            <Select
              label="Course"
              description={taken ? 'Fixed once attendance is taken (§4.I)' : undefined}
              data={courses.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name}` }))}
              value={courseId}
              onChange={(v) => v && setCourseId(v)}
              allowDeselect={false}
              disabled={taken}
            />
            <TextInput type="date" label="Date" value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} disabled={taken} error={error?.fieldMessage('heldOn')} required />
            <TextInput label="Location" value={location} onChange={(e) => setLocation(e.currentTarget.value)} error={error?.fieldMessage('location')} {...freeText('session.location')} />
            <TextInput label="Instructor" value={instructor} onChange={(e) => setInstructor(e.currentTarget.value)} error={error?.fieldMessage('instructor')} {...freeText('session.instructor')} />
            <NumberInput label="Hours" value={hours} onChange={setHours} min={0.25} max={24} step={0.5} error={error?.fieldMessage('hours')} />
          </SimpleGrid>
        )}
      </EditButton>
      {!taken && (
        <VoidButton
          what={what}
          verb="Cancel"
          past="Cancelled"
          confirmLabel="Cancel the session"
          undo={{ action: 'training.cancelSession', id: session.id }}
          onVoid={async (reason) => {
            await call('training.cancelSession', { id: session.id, reason });
            onCancelled();
          }}
        />
      )}
    </Group>
  );
}
