import { Alert, Button, Checkbox, Group, Loader, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { addMonths, monthOf } from '../../../shared/calendar';
import { correctionReasonLabels, correctionReasons, type CorrectionReason, type TallyMonth } from '../../../shared/tallies';
import { call, errorMessage } from '../../api/call';
import { saveFile } from '../../api/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useActorName } from '../../components/ActorName';
import { formatDate, formatDateTime, formatMonth } from '../../format';
import { useToday } from '../../hooks/useToday';
import { draftOf, inputOf, type TallyDraft } from './tally-draft';
import { TallyGrid } from './TallyGrid';

const saveBlankSheet = (month: string) => saveFile('Blank tally sheet', () => call('tallies.blankSheet', { month }));
const exportMonth = (month: string) => saveFile('Tallies', () => call('tallies.export', { month }));

/** §6 and §3.E: enter a month's tallies for the whole team, see who is late or missing, review the month. */
export function StatisticsScreen() {
  const actorName = useActorName();
  const thisMonth = monthOf(useToday());
  const [month, setMonth] = useState(() => addMonths(thisMonth, -1));
  const [data, setData] = useState<TallyMonth | null>(null);
  const [drafts, setDrafts] = useState<Map<number, TallyDraft>>(new Map());
  const [dirty, setDirty] = useState<Set<number>>(new Set());
  const [errors, setErrors] = useState<Map<number, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showConcerns, setShowConcerns] = useState(false);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState<CorrectionReason | null>(null);
  const [confirmReview, setConfirmReview] = useState(false);

  const load = useCallback(async (which: string) => {
    try {
      const next = await call('tallies.month', { month: which });
      setData(next);
      setDrafts(new Map(next.rows.map((r) => [r.memberId, draftOf(r.tally)])));
      setDirty(new Set());
      setErrors(new Map());
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    // Loads the month from the backend (an external system) whenever the month changes.
    // oxlint-disable-next-line react/set-state-in-effect
    void load(month);
  }, [load, month]);

  function change(memberId: number, draft: TallyDraft) {
    setDrafts((current) => new Map(current).set(memberId, draft));
    setDirty((current) => new Set(current).add(memberId));
  }

  async function save(correctionReason?: CorrectionReason) {
    setBusy(true);
    const failed = new Map<number, string>();
    for (const memberId of dirty) {
      const draft = drafts.get(memberId);
      if (!draft) continue;
      try {
        await call('tallies.submit', { ...inputOf(memberId, month, draft), correctionReason });
      } catch (e) {
        failed.set(memberId, errorMessage(e));
      }
    }
    setBusy(false);
    const saved = dirty.size - failed.size;
    await load(month);
    if (failed.size) {
      setErrors(failed);
      setDirty(new Set(failed.keys()));
      setDrafts((current) => new Map([...current, ...[...failed.keys()].flatMap((id) => (drafts.get(id) ? [[id, drafts.get(id) as TallyDraft] as const] : []))]));
    }
    notifications.show({ message: `${saved} tallies saved${failed.size ? `, ${failed.size} need attention` : ''}`, color: failed.size ? 'red' : 'pine' });
  }

  async function review() {
    setConfirmReview(false);
    try {
      await call('tallies.review', { month });
      notifications.show({ message: `${formatMonth(month)} marked reviewed`, color: 'pine' });
      await load(month);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  if (error && !data) return <ErrorAlert error={error} title="Could not load the tallies" />;
  if (!data) return <Loader aria-label="Loading tallies" />;
  const counts = { onTime: 0, late: 0, missing: 0, due: 0 };
  for (const row of data.rows) {
    if (row.status === 'on-time') counts.onTime += 1;
    else if (row.status === 'late') counts.late += 1;
    else if (row.status === 'missing') counts.missing += 1;
    else if (row.status === 'due') counts.due += 1;
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="xs">
          <Button variant="default" onClick={() => setMonth(addMonths(month, -1))} aria-label="Previous month">
            ◀
          </Button>
          <TextInput type="month" label="Month" value={month} onChange={(e) => e.currentTarget.value && setMonth(e.currentTarget.value)} w={170} />
          <Button variant="default" onClick={() => setMonth(addMonths(month, 1))} aria-label="Next month" disabled={month >= thisMonth}>
            ▶
          </Button>
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => void saveBlankSheet(month)}>
            Blank tally sheet PDF…
          </Button>
          <Button variant="default" onClick={() => void exportMonth(month)}>
            Export month (XLSX)…
          </Button>
          <Button variant="light" onClick={() => setConfirmReview(true)} disabled={data.review !== null || dirty.size > 0}>
            Mark month reviewed…
          </Button>
          <Button onClick={() => (data.review ? setAskReason(true) : void save())} disabled={dirty.size === 0} loading={busy}>
            Save {dirty.size || ''} changed
          </Button>
        </Group>
      </Group>
      <Text size="sm" component="output">
        Due {formatDate(data.dueOn)} (§6) · {counts.onTime} on time · {counts.late} late · {counts.missing} missing · {counts.due} not due yet
      </Text>
      {data.review && (
        <Alert variant="light" color="blue" title="Reviewed (§3.E)">
          Reviewed by {actorName(data.review.reviewedBy)} on {formatDateTime(data.review.reviewedAt)}. Changes now need a reason and are recorded in the audit log.
        </Alert>
      )}
      <Checkbox label="Show counts by concern (optional)" checked={showConcerns} onChange={(e) => setShowConcerns(e.currentTarget.checked)} />
      {data.rows.length === 0 ? (
        <Text>No member was active on the team in this month.</Text>
      ) : (
        <TallyGrid rows={data.rows} drafts={drafts} dirty={dirty} errors={errors} showConcerns={showConcerns} onChange={change} />
      )}
      <Text size="xs">Counts and hours only (§6): there is no place for names, ID numbers or descriptions of the people supported.</Text>
      <ErrorAlert error={error} />

      <Modal opened={askReason} onClose={() => setAskReason(false)} title="Correct a reviewed month">
        <Stack>
          <Text size="sm">{formatMonth(month)} has been reviewed. Say why these tallies are being corrected; the correction is recorded.</Text>
          <Select label="Reason" data={correctionReasons.map((value) => ({ value, label: correctionReasonLabels[value] }))} value={reason} onChange={(v) => setReason(v as CorrectionReason | null)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAskReason(false)}>
              Cancel
            </Button>
            <Button
              disabled={!reason}
              onClick={() => {
                setAskReason(false);
                void save(reason ?? undefined);
              }}
            >
              Save corrections
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={confirmReview} onClose={() => setConfirmReview(false)} title={`Mark ${formatMonth(month)} reviewed?`}>
        <Stack>
          <Text size="sm">
            The month's tallies are then locked (§3.E): any later change needs a reason. {counts.missing + counts.due > 0 ? `${counts.missing + counts.due} tallies are still outstanding.` : ''}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmReview(false)}>
              Cancel
            </Button>
            <Button onClick={() => void review()}>Mark reviewed</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
