import { Alert, Button, Checkbox, Group, Kbd, Loader, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { addMonths, monthOf } from '../../../shared/calendar';
import { correctionReasonLabels, correctionReasons, type CorrectionReason, type TallyMonth, type TallyRow } from '../../../shared/tallies';
import { call, type CallError } from '../../api/call';
import { useChannel } from '../../api/queries';
import { saveFile } from '../../api/save-file';
import { useActorName } from '../../components/ActorName';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime, formatMonth } from '../../format';
import { useAction } from '../../hooks/useAction';
import { keptDraft, keptDraftKeys, useKeptDraft } from '../../hooks/useKeptDraft';
import type { CellAddress } from '../../hooks/useSpreadsheetKeys';
import { useToday } from '../../hooks/useToday';
import type { FocusOf } from '../../layout/navigation';
import type { IntakePreview } from '../../../shared/tally-intake';
import { IntakeModal } from './IntakeModal';
import { draftOf, groupsOf, inputOf, pasteInto, unchanged, type TallyDraft } from './tally-draft';
import { TallyGrid } from './TallyGrid';
import { TallyHistoryImport } from './TallyHistoryImport';

const saveBlankSheet = (month: string) => saveFile('Fillable tally form', () => call('tallies.blankSheet', { month }));
const saveWorkbook = (month: string) => saveFile('Tally workbook template', () => call('tallies.blankWorkbook', { month }));
const exportMonth = (month: string) => saveFile('Tallies', () => call('tallies.export', { month }));
const draftKey = (month: string) => `tallies:${month}`;

/** §6 and §3.E: enter a month's tallies for the whole team, see who is late or missing, review the month. */
export function StatisticsScreen({ focus }: { focus?: FocusOf<'statistics'> }) {
  const thisMonth = monthOf(useToday());
  const [month, setMonth] = useState(() => focus?.month ?? addMonths(thisMonth, -1));
  const data = useChannel('tallies.month', { month }, { keepPrevious: true });
  const [importing, setImporting] = useState(false);
  const otherDrafts = keptDraftKeys('tallies:')
    .map((k) => k.slice('tallies:'.length))
    .filter((m) => m !== month);

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="xs">
        <Button variant="default" onClick={() => setMonth(addMonths(month, -1))} aria-label="Previous month">
          ◀
        </Button>
        <TextInput type="month" label="Month" value={month} onChange={(e) => e.currentTarget.value && setMonth(e.currentTarget.value)} w={170} />
        <Button variant="default" onClick={() => setMonth(addMonths(month, 1))} aria-label="Next month" disabled={month >= thisMonth}>
          ▶
        </Button>
        <Button variant="default" ml="auto" onClick={() => setImporting(true)}>
          Import history…
        </Button>
      </Group>
      <TallyHistoryImport opened={importing} onClose={() => setImporting(false)} />
      {otherDrafts.length > 0 && (
        <Alert variant="light" color="orange" title="Unsaved tallies kept">
          <Group gap="xs">
            <Text size="sm">Changes not saved yet in:</Text>
            {otherDrafts.map((m) => (
              <Button key={m} size="compact-sm" variant="default" onClick={() => setMonth(m)}>
                {formatMonth(m)}
              </Button>
            ))}
          </Group>
        </Alert>
      )}
      {data.error && <ErrorAlert error={data.error.message} title="Could not load the tallies" />}
      {!data.data && !data.error && <Loader aria-label="Loading tallies" />}
      {data.data && data.data.month === month && <MonthSheet key={month} data={data.data} />}
    </Stack>
  );
}

const countsOf = (rows: TallyRow[]) => ({
  onTime: rows.filter((r) => r.status === 'on-time').length,
  late: rows.filter((r) => r.status === 'late').length,
  missing: rows.filter((r) => r.status === 'missing').length,
  due: rows.filter((r) => r.status === 'due').length,
});

/** The backend names refused rows by their place in what was sent (`tallies.N`): back to members. */
const rowErrors = (error: CallError, memberIds: number[]) =>
  new Map(
    (error.payload.details?.fields ?? []).flatMap((f) => {
      const index = /^tallies\.(\d+)/.exec(f.path)?.[1];
      const memberId = index === undefined ? undefined : memberIds[Number(index)];
      return memberId === undefined ? [] : [[memberId, f.message] as const];
    }),
  );

/**
 * One month's grid. Edits are kept in memory by month until saved (leaving the month, the
 * screen or the idle lock loses nothing) and saved in one transaction: all rows or none.
 */
function MonthSheet({ data }: { data: TallyMonth }) {
  const actorName = useActorName();
  const { month } = data;
  const { draft: edits, setDraft: setEdits, discard, restored } = useKeptDraft<Record<number, TallyDraft>>(draftKey(month), () => ({}));
  const [errors, setErrors] = useState<Map<number, string>>(new Map());
  const [showConcerns, setShowConcerns] = useState(false);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState<CorrectionReason | null>(null);
  const [confirmReview, setConfirmReview] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const shownDraft = (row: TallyRow) => edits[row.memberId] ?? draftOf(row.tally);
  const changedIds = Object.keys(edits).map(Number);
  const columns = groupsOf(showConcerns).flatMap((g) => g.columns);

  /** The edits with some rows' drafts put in: a draft that changes nothing is no edit. */
  function withDrafts(drafts: [TallyRow, TallyDraft][]) {
    const next = { ...edits };
    for (const [row, draft] of drafts) {
      if (unchanged(row.tally, draft)) delete next[row.memberId];
      else next[row.memberId] = draft;
    }
    if (Object.keys(next).length) setEdits(next);
    else discard();
  }

  const change = (memberId: number, draft: TallyDraft) => {
    const row = data.rows.find((r) => r.memberId === memberId);
    if (row) withDrafts([[row, draft]]);
  };

  const pasteBlock = (at: CellAddress, block: string[][]) =>
    withDrafts([...pasteInto(data.rows.map(shownDraft), at, block, columns)].flatMap(([rowIndex, draft]) => (data.rows[rowIndex] ? [[data.rows[rowIndex], draft] as [TallyRow, TallyDraft]] : [])));

  const save = useAction(
    async (correctionReason?: CorrectionReason) => {
      setErrors(new Map());
      const sent = edits;
      const { saved } = await call('tallies.submitMany', { tallies: changedIds.map((id) => ({ ...inputOf(id, month, sent[id] as TallyDraft), correctionReason })) });
      // Rows edited again while the save ran keep their newer draft.
      const current = keptDraft<Record<number, TallyDraft>>(draftKey(month)) ?? {};
      const newer = Object.fromEntries(Object.entries(current).filter(([id, draft]) => draft !== sent[Number(id)]));
      if (Object.keys(newer).length) setEdits(newer);
      else discard();
      notifications.show({ message: `${saved} tallies saved`, color: 'pine' });
    },
    { onError: (error) => setErrors(rowErrors(error, changedIds)) },
  );
  const requestSave = () => {
    if (changedIds.length === 0) return;
    if (data.review) setAskReason(true);
    else void save.run();
  };
  useHotkeys([['mod+S', requestSave]], []);

  const review = useAction(async () => {
    await call('tallies.review', { month });
    setConfirmReview(false);
    notifications.show({ message: `${formatMonth(month)} marked reviewed`, color: 'pine' });
  });

  const [intakePreview, setIntakePreview] = useState<IntakePreview | null>(null);
  const intake = useAction(async () => {
    const preview = await call('tallies.intakePreview', { month });
    if (preview.intakeId !== null) setIntakePreview(preview);
  }, { onError: (e) => notifications.show({ message: e.message, color: 'red' }) });

  const counts = countsOf(data.rows);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" component="output">
          Due {formatDate(data.dueOn)} (§6) · {counts.onTime} on time · {counts.late} late · {counts.missing} missing · {counts.due} not due yet
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => void saveBlankSheet(month)}>
            Save fillable form…
          </Button>
          <Button variant="default" onClick={() => void saveWorkbook(month)}>
            Save workbook template…
          </Button>
          <Button variant="default" onClick={() => void intake.run()} loading={intake.busy}>
            Import returned forms…
          </Button>
          <Button variant="default" onClick={() => void exportMonth(month)}>
            Export month (XLSX)…
          </Button>
          <Button variant="light" onClick={() => setConfirmReview(true)} disabled={data.review !== null || changedIds.length > 0}>
            Mark month reviewed…
          </Button>
          <Button variant="default" onClick={() => setConfirmDiscard(true)} disabled={changedIds.length === 0}>
            Discard changes…
          </Button>
          <Button onClick={requestSave} disabled={changedIds.length === 0} loading={save.busy} aria-keyshortcuts="Control+S" rightSection={<Kbd size="xs">Ctrl S</Kbd>}>
            Save {changedIds.length || ''} changed
          </Button>
        </Group>
      </Group>
      {restored && changedIds.length > 0 && (
        <Alert variant="light" color="orange">
          {changedIds.length} unsaved row(s) of {formatMonth(month)} were kept for you. Save them, or discard them.
        </Alert>
      )}
      {data.review && (
        <Alert variant="light" color="blue" title="Reviewed (§3.E)">
          Reviewed by {actorName(data.review.reviewedBy)} on {formatDateTime(data.review.reviewedAt)}. Changes now need a reason and are recorded in the audit log.
        </Alert>
      )}
      <Checkbox label="Show counts by concern (optional)" checked={showConcerns} onChange={(e) => setShowConcerns(e.currentTarget.checked)} />
      {data.rows.length === 0 ? (
        <Text>No member was active on the team in this month.</Text>
      ) : (
        <TallyGrid rows={data.rows} draftOf={shownDraft} changed={(id) => id in edits} errors={errors} showConcerns={showConcerns} onChange={change} onPasteBlock={pasteBlock} />
      )}
      <Text size="xs">
        ↑ ↓ Enter move between members, ← → Tab between cells; typing replaces a cell; paste a block copied from Excel. A row of zeros means no contacts. Counts and hours only (§6): there is no place for
        names, ID numbers or descriptions of the people supported.
      </Text>
      <ErrorAlert error={errors.size > 0 ? `${errors.size} row(s) need attention; nothing was saved.` : (save.error?.message ?? null)} title="Not saved" />

      {intakePreview && <IntakeModal preview={intakePreview} onClose={() => setIntakePreview(null)} />}
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
                void save.run(reason ?? undefined);
              }}
            >
              Save corrections
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal opened={confirmReview} title={`Mark ${formatMonth(month)} reviewed?`} confirmLabel="Mark reviewed" busy={review.busy} error={review.error?.message ?? null} onConfirm={() => void review.run()} onCancel={() => setConfirmReview(false)}>
        The month's tallies are then locked (§3.E): any later change needs a reason. {counts.missing + counts.due > 0 ? `${counts.missing + counts.due} tallies are still outstanding.` : ''}
      </ConfirmModal>
      <ConfirmModal
        opened={confirmDiscard}
        title="Discard the unsaved changes?"
        confirmLabel="Discard"
        busy={false}
        error={null}
        onConfirm={() => {
          discard();
          setErrors(new Map());
          setConfirmDiscard(false);
        }}
        onCancel={() => setConfirmDiscard(false)}
      >
        {changedIds.length} changed row(s) of {formatMonth(month)} go back to what was saved.
      </ConfirmModal>
    </Stack>
  );
}
