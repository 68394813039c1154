import { Badge, Button, Group, Loader, NumberInput, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { followUpUnits, policyParameterInfo, policyPatchSchema, type FollowUpUnit, type PolicyConfig, type PolicyParameter, type PolicyVersion } from '../../../shared/policy';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';
import { formatDateTime } from '../../format';
import { summaryOf, useAction } from '../../hooks/useAction';
import { showFieldErrors, typedNumber, useSchemaForm } from '../../hooks/useSchemaForm';

const rectifiedByLabels: Record<PolicyConfig['rectifiedBy'], string> = {
  'make-up-or-next-session': 'A make-up session or attending the next session',
  'make-up-only': 'A make-up session only',
  'next-session-only': 'Attending the next session only',
};

/**
 * The policy thresholds PeerDesk applies, each beside the clause it implements. A change
 * needs a reason and becomes a new version; earlier versions are kept.
 */
export function PolicyPanel() {
  const policy = useChannel('policy.get', {});
  if (policy.error) return <ErrorAlert error={policy.error.message} />;
  if (!policy.data) return <Loader aria-label="Loading policy" />;
  return <PolicyEditor saved={policy.data} />;
}

/** A number not typed yet is null, so the schema can say "Required" beside it. */
type Blankable<T> = T extends number ? number | null : T extends object ? { [K in keyof T]: Blankable<T[K]> } : T;
type PolicyFields = { changes: Blankable<PolicyConfig>; reason: string };

function PolicyEditor({ saved }: { saved: PolicyVersion }) {
  const [current, setCurrent] = useState<PolicyVersion>(saved);
  // The whole configuration is edited; the schema checks it as the changes it would send.
  const form = useSchemaForm<PolicyFields>(policyPatchSchema, { changes: saved.config, reason: '' });
  const draft = form.values.changes;

  const changedOf = (config: PolicyFields['changes']) => (Object.keys(config) as PolicyParameter[]).filter((key) => JSON.stringify(config[key]) !== JSON.stringify(current.config[key]));
  const changedKeys = changedOf(draft);
  /** The messages about a parameter (the debriefing window's are about its whole, or its from and to). */
  const errorPaths = (key: PolicyParameter) => Object.keys(form.errors).filter((path) => path === `changes.${key}` || path.startsWith(`changes.${key}.`));
  const fieldError = (key: PolicyParameter) => errorPaths(key).map((path) => form.errors[path])[0];
  const set = <K extends PolicyParameter>(key: K, value: Blankable<PolicyConfig[K]>) => {
    form.setFieldValue(`changes.${key}`, value as never);
    for (const path of errorPaths(key)) form.clearFieldError(path);
  };

  const { busy, error, run } = useAction(
    async (values: PolicyFields) => {
      const changes = Object.fromEntries(changedOf(values.changes).map((key) => [key, values.changes[key]]));
      const next = await call('policy.update', policyPatchSchema.parse({ changes, reason: values.reason }));
      setCurrent(next);
      form.setInitialValues({ changes: next.config, reason: '' });
      form.setValues({ changes: next.config, reason: '' });
      notifications.show({ message: `Policy parameters saved as version ${next.version}`, color: 'pine' });
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  const editors: Record<PolicyParameter, ReactNode> = {
    commitmentYears: numberEditor(draft.commitmentYears, (v) => set('commitmentYears', v), 1, 10, policyParameterInfo.commitmentYears.label),
    consecutiveMissesForInactive: numberEditor(draft.consecutiveMissesForInactive, (v) => set('consecutiveMissesForInactive', v), 1, 8, policyParameterInfo.consecutiveMissesForInactive.label),
    excusedAbsenceCountsAsMiss: (
      <Switch
        aria-label={policyParameterInfo.excusedAbsenceCountsAsMiss.label}
        checked={draft.excusedAbsenceCountsAsMiss}
        onChange={(e) => set('excusedAbsenceCountsAsMiss', e.currentTarget.checked)}
      />
    ),
    rectifiedBy: (
      <Select
        aria-label={policyParameterInfo.rectifiedBy.label}
        data={Object.entries(rectifiedByLabels).map(([value, label]) => ({ value, label }))}
        value={draft.rectifiedBy}
        onChange={(v) => v && set('rectifiedBy', v as PolicyConfig['rectifiedBy'])}
        allowDeselect={false}
      />
    ),
    tallyDueDay: numberEditor(draft.tallyDueDay, (v) => set('tallyDueDay', v), 1, 28, policyParameterInfo.tallyDueDay.label),
    refresherNoticeDays: numberEditor(draft.refresherNoticeDays, (v) => set('refresherNoticeDays', v), 1, 365, policyParameterInfo.refresherNoticeDays.label),
    smallCellSize: numberEditor(draft.smallCellSize, (v) => set('smallCellSize', v), 2, 20, policyParameterInfo.smallCellSize.label),
    commitmentEndingNoticeDays: numberEditor(draft.commitmentEndingNoticeDays, (v) => set('commitmentEndingNoticeDays', v), 1, 365, policyParameterInfo.commitmentEndingNoticeDays.label),
    candidateRetentionMonths: numberEditor(draft.candidateRetentionMonths, (v) => set('candidateRetentionMonths', v), 1, 120, policyParameterInfo.candidateRetentionMonths.label),
    noticeRetentionYears: numberEditor(draft.noticeRetentionYears, (v) => set('noticeRetentionYears', v), 1, 50, policyParameterInfo.noticeRetentionYears.label),
    defusingWindowHours: numberEditor(draft.defusingWindowHours, (v) => set('defusingWindowHours', v), 1, 72, policyParameterInfo.defusingWindowHours.label),
    debriefingWindowDays: (
      <Group gap="xs" wrap="nowrap">
        {numberEditor(draft.debriefingWindowDays.from, (v) => set('debriefingWindowDays', { ...draft.debriefingWindowDays, from: v }), 0, 30, 'Debriefing window from day')}
        {numberEditor(draft.debriefingWindowDays.to, (v) => set('debriefingWindowDays', { ...draft.debriefingWindowDays, to: v }), 1, 60, 'Debriefing window to day')}
      </Group>
    ),
    resourceVerifyMonths: numberEditor(draft.resourceVerifyMonths, (v) => set('resourceVerifyMonths', v), 1, 60, policyParameterInfo.resourceVerifyMonths.label),
    followUpIntervals: <IntervalsEditor value={draft.followUpIntervals} onChange={(v) => set('followUpIntervals', v)} />,
    loadFlagMultiple: numberEditor(draft.loadFlagMultiple, (v) => set('loadFlagMultiple', v), 1.5, 10, policyParameterInfo.loadFlagMultiple.label, 0.5),
    deploymentsFlagCount: numberEditor(draft.deploymentsFlagCount, (v) => set('deploymentsFlagCount', v), 2, 20, policyParameterInfo.deploymentsFlagCount.label),
    deploymentsFlagDays: numberEditor(draft.deploymentsFlagDays, (v) => set('deploymentsFlagDays', v), 1, 365, policyParameterInfo.deploymentsFlagDays.label),
  };

  return (
    <form onSubmit={form.onSubmit((values) => void run(values))} aria-label="Policy parameters" noValidate>
      <Stack gap="md">
        <Text size="sm">
          Version {current.version} · {current.reason}
          {current.changedAt ? ` · ${formatDateTime(current.changedAt)}` : ''}
        </Text>
        <Table verticalSpacing="xs" aria-label="Policy parameters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Clause</Table.Th>
              <Table.Th>Parameter</Table.Th>
              <Table.Th w={320}>Value</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(Object.keys(policyParameterInfo) as PolicyParameter[]).map((key) => (
              <Table.Tr key={key}>
                <Table.Td>
                  <Badge variant="light" color="gray">
                    {policyParameterInfo[key].section}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {policyParameterInfo[key].label}
                  {fieldError(key) && (
                    <Text c="red.8" size="xs" role="alert">
                      {fieldError(key)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{editors[key]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <TextInput
          label="Reason for the change"
          {...freeText('policy.reason', 'For example: “Policy 517 amended by the Chief on 5 January”. Kept with the version.')}
          {...form.getInputProps('reason')}
          maw={620}
        />
        <ErrorAlert error={summaryOf(error)} />
        <Group>
          <Button type="submit" loading={busy} disabled={changedKeys.length === 0}>
            Save as new version
          </Button>
          <Button
            variant="default"
            disabled={changedKeys.length === 0 || busy}
            onClick={() => {
              form.setFieldValue('changes', current.config);
              form.clearErrors();
            }}
          >
            Discard changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function numberEditor(value: number | null, onChange: (value: number | null) => void, min: number, max: number, label: string, step?: number) {
  return (
    <NumberInput
      aria-label={label}
      value={value ?? ''}
      onChange={(v) => onChange(typedNumber(v))}
      min={min}
      max={max}
      step={step}
      allowDecimal={step !== undefined}
      w={120}
    />
  );
}

const unitLabels: Record<FollowUpUnit, string> = { days: 'days', weeks: 'weeks', months: 'months' };
type IntervalDraft = { amount: number | null; unit: FollowUpUnit };

/** §7: the check-in intervals after an incident, one row each (at most eight). */
function IntervalsEditor({ value, onChange }: { value: IntervalDraft[]; onChange(value: IntervalDraft[]): void }) {
  const replace = (index: number, next: IntervalDraft) => onChange(value.map((v, i) => (i === index ? next : v)));
  return (
    <Stack gap={4}>
      {value.map((interval, index) => (
        <Group key={index} gap="xs" wrap="nowrap">
          {numberEditor(interval.amount, (amount) => replace(index, { ...interval, amount }), 1, 730, `Check-in ${index + 1}: how many`)}
          <Select
            aria-label={`Check-in ${index + 1}: unit`}
            data={followUpUnits.map((unit) => ({ value: unit, label: unitLabels[unit] }))}
            value={interval.unit}
            onChange={(unit) => unit && replace(index, { ...interval, unit: unit as FollowUpUnit })}
            allowDeselect={false}
            w={110}
          />
          <Button size="compact-sm" variant="subtle" color="red" disabled={value.length <= 1} onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={`Remove check-in ${index + 1}`}>
            Remove
          </Button>
        </Group>
      ))}
      <Button size="compact-sm" variant="light" w="fit-content" disabled={value.length >= 8} onClick={() => onChange([...value, { amount: 2, unit: 'weeks' }])}>
        Add a check-in
      </Button>
    </Stack>
  );
}
