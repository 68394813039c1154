import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  busy: boolean;
  error: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * How many questions are open. Every open dialog hears an Escape (Mantine listens on the
 * window): the drawer or form under a question must not close with it — see unlessAsking.
 */
let openQuestions = 0;

/** Whether a question is open over whatever else is on screen. */
export const questionOpen = () => openQuestions > 0;

/** Wraps a drawer's or dialog's close: ignored while a question asked over it is open. */
export const unlessAsking = (close: () => void) => () => {
  if (!questionOpen()) close();
};

/** Counts a dialog opened over a drawer or another dialog while it is open (see unlessAsking). */
export function useQuestion(opened: boolean): void {
  useEffect(() => {
    if (!opened) return;
    openQuestions += 1;
    return () => {
      openQuestions -= 1;
    };
  }, [opened]);
}

/** Asks before a destructive or recorded action: what will happen, Cancel, and a red button. */
export function ConfirmModal({ opened, title, children, confirmLabel, cancelLabel = 'Cancel', busy, error, onConfirm, onCancel }: Props) {
  useQuestion(opened);
  return (
    <Modal opened={opened} onClose={onCancel} title={title}>
      <Stack>
        <Text size="sm" component="div">
          {children}
        </Text>
        <ErrorAlert error={error} title="Not done" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button color="red" loading={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
