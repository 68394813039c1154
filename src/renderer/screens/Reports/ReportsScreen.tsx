import { Button, Group, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useChannel } from '../../api/queries';
import { periodPresets } from './period-presets';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ProgramReport } from '../../../shared/reports';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { addMonths, januaryOf, monthOf } from '../../../shared/calendar';
import { summaryOf, useAction } from '../../hooks/useAction';
import { useToday } from '../../hooks/useToday';
import { ReportPreview } from './ReportPreview';

/** The Chief's summaries (§3.E, §6): choose a month or a period, preview, save as PDF, print that PDF. */
export function ReportsScreen() {
  // The month just finished is the one the Chief's summary is usually about.
  const lastMonth = addMonths(monthOf(useToday()), -1);
  const [kind, setKind] = useState<'monthly' | 'period'>('monthly');
  const [month, setMonth] = useState(lastMonth);
  const [from, setFrom] = useState(januaryOf(lastMonth));
  const [to, setTo] = useState(lastMonth);
  const [report, setReport] = useState<ProgramReport | null>(null);
  const fiscalStart = useChannel('settings.get', {}).data?.fiscalYearStartMonth ?? 7;
  const preview = useAction(async () => setReport(kind === 'monthly' ? await call('reports.monthly', { month }) : await call('reports.period', { from, to })));
  const save = useAction(async () => {
    const saved = kind === 'monthly' ? await call('reports.saveMonthly', { month }) : await call('reports.savePeriod', { from, to });
    if (saved.saved) notifications.show({ message: `Saved ${saved.fileName}` });
  });
  const print = useAction(async () => {
    const { printed } = kind === 'monthly' ? await call('reports.printMonthly', { month }) : await call('reports.printPeriod', { from, to });
    if (printed) notifications.show({ message: 'Sent to the printer: the same PDF as saved.' });
  });
  const error = preview.error ?? save.error ?? print.error;

  return (
    <Stack gap="md">
      <form
        aria-label="Choose the report"
        onSubmit={(event) => {
          event.preventDefault();
          void preview.run();
        }}
      >
        <Group align="flex-end">
          <SegmentedControl
            aria-label="Report"
            data={[
              { value: 'monthly', label: 'Monthly' },
              { value: 'period', label: 'Quarter or year' },
            ]}
            value={kind}
            onChange={(v) => {
              setKind(v as 'monthly' | 'period');
              setReport(null);
            }}
          />
          {kind === 'monthly' ? (
            <TextInput type="month" label="Month" value={month} onChange={(e) => setMonth(e.currentTarget.value)} error={error?.fieldMessage('month')} />
          ) : (
            <>
              <TextInput type="month" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={error?.fieldMessage('from')} />
              <TextInput type="month" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} error={error?.fieldMessage('to')} />
            </>
          )}
          <Button type="submit" loading={preview.busy}>
            Preview
          </Button>
          <Button variant="default" loading={save.busy} onClick={() => void save.run()}>
            Save as PDF…
          </Button>
          <Button variant="default" loading={print.busy} onClick={() => void print.run()}>
            Print…
          </Button>
        </Group>
      </form>
      {kind === 'period' && (
        <Group gap="xs" component="fieldset" aria-label="Periods" style={{ border: 0, padding: 0, margin: 0 }}>
          {periodPresets(lastMonth, fiscalStart).map((preset) => (
            <Button
              key={preset.label}
              size="compact-sm"
              variant={preset.from === from && preset.to === to ? 'light' : 'default'}
              onClick={() => {
                setFrom(preset.from);
                setTo(preset.to);
                setReport(null);
              }}
            >
              {preset.label}
            </Button>
          ))}
        </Group>
      )}
      <ErrorAlert error={summaryOf(error)} title="No report" />
      {preview.busy && !report && <Loader aria-label="Preparing the report" />}
      {report ? <ReportPreview report={report} /> : <Text>Choose a month or a period and press Preview. The PDF has the same figures, with page numbers and the confidentiality footer.</Text>}
    </Stack>
  );
}
