import { Button, Group, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { CallError } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { summaryOf } from '../../hooks/useAction';

/** One step of the selection pipeline as a titled form: fields, the backend's refusal, one button. */
export function StepForm({ title, submitLabel, busy, error, onSubmit, children }: { title: string; submitLabel: string; busy: boolean; error: CallError | null; onSubmit(): void; children: ReactNode }) {
  return (
    <form
      aria-label={title}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {children}
        <ErrorAlert error={summaryOf(error)} title="Not recorded" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
