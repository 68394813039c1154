import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type * as z from 'zod';
import { completionInputSchema, type Course } from '../../../shared/training';
import { call } from '../../api/call';
import { useQuestion } from '../../components/ConfirmModal';
import { summaryOf, useAction } from '../../hooks/useAction';
import { showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
import { freeText } from '../../components/free-text';
import { ErrorAlert } from '../../components/ErrorAlert';

export interface CompletionTarget {
  memberId: number;
  memberName: string;
  course: Course;
}

/** Records that a member completed a course with an outside provider (e.g. an ICISF class). */
export function RecordCompletionModal({ target, today, onClose }: { target: CompletionTarget | null; today: string; onClose(): void }) {
  // Opened over the member's drawer: its Escape closes this dialog only.
  useQuestion(target !== null);
  return (
    <Modal opened={target !== null} onClose={onClose} title="Record a completed course">
      {target && <CompletionForm target={target} today={today} onClose={onClose} />}
    </Modal>
  );
}

type CompletionFields = z.input<typeof completionInputSchema>;

function CompletionForm({ target, today, onClose }: { target: CompletionTarget; today: string; onClose(): void }) {
  const form = useSchemaForm<CompletionFields>(completionInputSchema, { memberId: target.memberId, courseId: target.course.id, completedOn: today, provider: '', certificateOnFile: true });
  const { busy, error, run } = useAction(
    async (values: CompletionFields) => {
      await call('training.recordCompletion', completionInputSchema.parse(values));
      notifications.show({ message: `${target.course.code} recorded for ${target.memberName}`, color: 'pine' });
      onClose();
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  return (
    <form onSubmit={form.onSubmit((values) => void run(values))} aria-label="Record completion" noValidate>
      <Stack gap="sm">
        <Text size="sm">
          <strong>{target.memberName}</strong> — {target.course.name}
        </Text>
        <TextInput type="date" label="Completed on" max={today} {...form.getInputProps('completedOn')} required />
        <TextInput label="Provider" placeholder="e.g. Regional ICISF instructors" {...form.getInputProps('provider')} {...freeText('completion.provider')} />
        <Checkbox label="Certificate on file" {...form.getInputProps('certificateOnFile', { type: 'checkbox' })} />
        <ErrorAlert error={summaryOf(error)} />
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
  );
}
