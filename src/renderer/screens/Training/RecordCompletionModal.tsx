import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { Course } from '../../../shared/training';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { freeText } from '../../components/free-text';
import { ErrorAlert } from '../../components/ErrorAlert';

export interface CompletionTarget {
  memberId: number;
  memberName: string;
  course: Course;
}

/** Records that a member completed a course with an outside provider (e.g. an ICISF class). */
export function RecordCompletionModal({ target, today, onClose }: { target: CompletionTarget | null; today: string; onClose(): void }) {
  const [completedOn, setCompletedOn] = useState(today);
  const [provider, setProvider] = useState('');
  const [certificateOnFile, setCertificateOnFile] = useState(true);

  const { busy, error, run } = useAction(async () => {
    if (!target) return;
    await call('training.recordCompletion', { memberId: target.memberId, courseId: target.course.id, completedOn, provider, certificateOnFile });
    notifications.show({ message: `${target.course.code} recorded for ${target.memberName}`, color: 'pine' });
    onClose();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <Modal opened={target !== null} onClose={onClose} title="Record a completed course">
      {target && (
        <form onSubmit={submit} aria-label="Record completion">
          <Stack gap="sm">
            <Text size="sm">
              <strong>{target.memberName}</strong> — {target.course.name}
            </Text>
            <TextInput type="date" label="Completed on" value={completedOn} max={today} onChange={(e) => setCompletedOn(e.currentTarget.value)} error={error?.fieldMessage('completedOn')} required />
            <TextInput label="Provider" placeholder="e.g. Regional ICISF instructors" value={provider} onChange={(e) => setProvider(e.currentTarget.value)} {...freeText('completion.provider')} />
            <Checkbox label="Certificate on file" checked={certificateOnFile} onChange={(e) => setCertificateOnFile(e.currentTarget.checked)} />
            <ErrorAlert error={error?.message ?? null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Record completion
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
