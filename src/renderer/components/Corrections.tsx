import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import type { VoidAction } from '../../shared/audit';
import { recordCorrectionReasonLabels, recordCorrectionReasons, type RecordCorrectionReason } from '../../shared/corrections';

type UndoVoid = { action: VoidAction; id: number };
import { call, errorMessage, type CallError } from '../api/call';
import { summaryOf, useAction } from '../hooks/useAction';
import { typedNumber } from '../hooks/useSchemaForm';
import { ConfirmModal, useQuestion } from './ConfirmModal';
import { ErrorAlert } from './ErrorAlert';

/** A number input's value to send: an emptied input is NaN, which the schema refuses as "Required" (never a silent 0). */
export const numberOf = (value: number | string): number => typedNumber(value) ?? Number.NaN;

/** Takes back the void just made (the backend refuses once anything else has changed since). */
async function undo(notice: string, which: UndoVoid) {
  notifications.hide(notice);
  try {
    const { restored } = await call('audit.undoVoid', which);
    notifications.show({ message: `Undone: ${restored} record(s) back as they were.`, color: 'pine' });
  } catch (error) {
    notifications.show({ message: errorMessage(error), color: 'red' });
  }
}

/** The one void whose message offers Undo: a newer void's message replaces it. */
let lastUndoNotice: string | null = null;

/** Says what was voided, with Undo while nothing else has changed. */
function announceVoid(message: string, which: UndoVoid | undefined) {
  if (lastUndoNotice) notifications.hide(lastUndoNotice);
  if (!which) {
    notifications.show({ message, color: 'pine' });
    return;
  }
  const notice = `void-${which.action}-${which.id}`;
  lastUndoNotice = notice;
  notifications.show({
    id: notice,
    color: 'pine',
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void undo(notice, which)}>
          Undo
        </Button>
      </Group>
    ),
  });
}

/** Why a record is corrected: a reason from the list, never free text (§5, §6); written to the audit log. */
function ReasonSelect({ value, onChange, missing }: { value: RecordCorrectionReason | null; onChange(reason: RecordCorrectionReason | null): void; missing: boolean }) {
  return (
    <Select
      label="Reason"
      description="Recorded in the audit log with the change"
      data={recordCorrectionReasons.map((reason) => ({ value: reason, label: recordCorrectionReasonLabels[reason] }))}
      value={value}
      onChange={(v) => onChange(v as RecordCorrectionReason | null)}
      error={missing ? 'Choose a reason' : undefined}
      required
    />
  );
}

interface VoidProps {
  /** The record, as the question names it: "the debriefing of Nov 3, 2026 10:00". */
  what: string;
  /** What voiding does besides, e.g. "Its pending overtime request is voided with it." */
  consequence?: string;
  /** The verb and its past: Void / Voided, Cancel / Cancelled, Clear / Cleared. */
  verb?: string;
  past?: string;
  /** The confirming button, when the verb alone would read oddly ("Cancel the session" beside "Keep it"). */
  confirmLabel?: string;
  /** The void's action and record, so its message can offer Undo; absent where nothing can come back. */
  undo?: UndoVoid;
  onVoid(reason: RecordCorrectionReason): Promise<void>;
}

/**
 * Voids a record entered in error, after a question that says what happens and asks why. The
 * record is kept for the audit log and leaves every list, figure and export.
 */
export function VoidButton({ what, consequence, verb = 'Void', past = 'Voided', confirmLabel = verb, undo: which, onVoid }: VoidProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<RecordCorrectionReason | null>(null);
  const [tried, setTried] = useState(false);
  const action = useAction(async (chosen: RecordCorrectionReason) => {
    await onVoid(chosen);
    setOpen(false);
    announceVoid(`${past}: ${what}. The audit log keeps the record.`, which);
  });
  return (
    <>
      <Button size="compact-sm" variant="subtle" color="red" onClick={() => setOpen(true)} aria-label={`${verb}: ${what}…`}>
        {verb}…
      </Button>
      <ConfirmModal
        opened={open}
        title={`${verb} ${what}?`}
        confirmLabel={confirmLabel}
        cancelLabel="Keep it"
        busy={action.busy}
        error={action.error?.message ?? null}
        onConfirm={() => {
          setTried(true);
          if (reason) void action.run(reason);
        }}
        onCancel={() => setOpen(false)}
      >
        <Stack gap="xs">
          <Text size="sm">It leaves every list, report and export; the audit log keeps it with the reason. {consequence}</Text>
          <ReasonSelect value={reason} onChange={setReason} missing={tried && !reason} />
        </Stack>
      </ConfirmModal>
    </>
  );
}

interface EditProps {
  /** The record, as the title names it. */
  what: string;
  /** The record's fields, filled with what is recorded; given the refusal, to show its messages beside them. */
  children(error: CallError | null): ReactNode;
  onSave(reason: RecordCorrectionReason): Promise<void>;
}

/** Corrects a recorded record: its fields as they should read, and the reason, then Save. */
export function EditButton({ what, children, onSave }: EditProps) {
  const [open, setOpen] = useState(false);
  useQuestion(open);
  const [reason, setReason] = useState<RecordCorrectionReason | null>(null);
  const [tried, setTried] = useState(false);
  const action = useAction(async (chosen: RecordCorrectionReason) => {
    await onSave(chosen);
    setOpen(false);
    notifications.show({ message: `Corrected: ${what}.`, color: 'pine' });
  });
  return (
    <>
      <Button size="compact-sm" variant="subtle" onClick={() => setOpen(true)} aria-label={`Correct: ${what}…`}>
        Correct…
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Correct ${what}`} size="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (reason) void action.run(reason);
          }}
        >
          <Stack gap="sm">
            {children(action.error)}
            <ReasonSelect value={reason} onChange={setReason} missing={tried && !reason} />
            <ErrorAlert error={summaryOf(action.error)} title="Not corrected" />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={action.busy}>
                Save correction
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
