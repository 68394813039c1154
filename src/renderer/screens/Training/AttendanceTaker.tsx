import { Button, Checkbox, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type KeyboardEvent } from 'react';
import { attendanceLabels, attendanceStatuses, type AttendanceEntry, type AttendanceStatus, type SessionDetail } from '../../../shared/training';
import { call, errorMessage } from '../../api/call';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKeptDraft } from '../../hooks/useKeptDraft';

/** The matrix legend's letters (§4.I), the same on both screens: P present, A absent, E excused, M make-up. */
const shortcut: Record<string, AttendanceStatus> = { p: 'attended', a: 'absent', e: 'excused', m: 'make-up' };

/**
 * Tick attendance fast: "All present", then the exceptions. ↑/↓ (or Enter) and Tab move from
 * member to member; on a member the keys P (present), A (absent), E (excused), M (make-up) set
 * the status and H toggles partial attendance. What is marked is kept in memory until saved.
 * Saving with members left unmarked asks first: once attendance is taken, an unmarked member
 * counts as absent (§4.I).
 */
export function AttendanceTaker({ session }: { session: SessionDetail }) {
  const saved = () => session.roster.flatMap((r) => (r.entry ? [r.entry] : []));
  const { draft, setDraft, discard } = useKeptDraft<AttendanceEntry[]>(`attendance:${session.id}`, saved);
  const entries = new Map(draft.map((e) => [e.memberId, e]));
  const setEntries = (next: Map<number, AttendanceEntry>) => setDraft([...next.values()]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (memberId: number, patch: Partial<AttendanceEntry>) =>
    setEntries(new Map(entries).set(memberId, { memberId, status: 'attended', partial: false, ...entries.get(memberId), ...patch }));

  function allPresent() {
    setEntries(new Map(session.roster.map((r) => [r.memberId, { memberId: r.memberId, status: 'attended', partial: false }])));
  }

  function onRowKey(event: KeyboardEvent<HTMLLIElement>, memberId: number) {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    // ↑/↓ move between members as in the tally grid (a radio group would change the status instead).
    const enter = event.key === 'Enter';
    const step = event.key === 'ArrowDown' || (enter && !event.shiftKey) ? 1 : event.key === 'ArrowUp' || (enter && event.shiftKey) ? -1 : 0;
    if (step) {
      event.preventDefault();
      const next = step > 0 ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
      (next?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? next?.querySelector<HTMLInputElement>('input[type="radio"]'))?.focus();
      return;
    }
    const key = event.key.toLowerCase();
    const status = shortcut[key];
    if (status) set(memberId, { status });
    else if (key === 'h') set(memberId, { partial: !entries.get(memberId)?.partial });
    else return;
    event.preventDefault();
  }

  const unmarked = session.roster.filter((r) => !entries.has(r.memberId));
  const [confirmingUnmarked, setConfirmingUnmarked] = useState(false);

  async function save() {
    setConfirmingUnmarked(false);
    setBusy(true);
    setError(null);
    try {
      const result = await call('training.recordAttendance', { sessionId: session.id, entries: [...entries.values()] });
      discard();
      notifications.show({ message: `Attendance saved: ${result.present} present of ${result.recorded}`, color: 'pine' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">
          ↑ ↓ to a member, then P present · A absent · E excused · M make-up · H partial, as in the matrix.
        </Text>
        <Button variant="light" onClick={allPresent}>
          All present
        </Button>
      </Group>
      <ul aria-label="Attendance" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {session.roster.map((r) => {
          const entry = entries.get(r.memberId);
          return (
            // The letter shortcuts are typed while focus is on the member's own controls; they bubble here.
            // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
            <li
              key={r.memberId}
              onKeyDown={(e) => onRowKey(e, r.memberId)}
              style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '4px 6px', borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <Text size="sm" fw={600} w={200}>
                {r.displayName}
              </Text>
              <SegmentedControl
                size="xs"
                value={entry?.status ?? ''}
                onChange={(status) => set(r.memberId, { status: status as AttendanceStatus })}
                data={attendanceStatuses.map((value) => ({ value, label: attendanceLabels[value] }))}
                aria-label={`Attendance of ${r.displayName}`}
              />
              <Checkbox size="xs" label="Partial" aria-label={`Partial attendance of ${r.displayName}`} checked={entry?.partial ?? false} onChange={(e) => set(r.memberId, { partial: e.currentTarget.checked })} />
            </li>
          );
        })}
      </ul>
      <ErrorAlert error={error} title="Attendance not saved" />
      <Group justify="space-between">
        <Text size="sm">{unmarked.length > 0 ? `${unmarked.length} not marked yet` : 'Everyone is marked'}</Text>
        <Button onClick={() => (unmarked.length > 0 ? setConfirmingUnmarked(true) : void save())} loading={busy}>
          Save attendance
        </Button>
      </Group>
      <ConfirmModal
        opened={confirmingUnmarked}
        title={`Save with ${unmarked.length} not marked?`}
        confirmLabel="Save, counting them absent"
        cancelLabel="Mark them first"
        busy={busy}
        error={null}
        onConfirm={() => void save()}
        onCancel={() => setConfirmingUnmarked(false)}
      >
        Once attendance is taken, a member not marked counts as absent (§4.I): {unmarked.map((r) => r.displayName).join(', ')}.
      </ConfirmModal>
    </Stack>
  );
}
