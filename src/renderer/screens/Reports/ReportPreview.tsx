import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ActivityFigures, ProgramReport, ProtectedCount } from '../../../shared/reports';
import { contactTypeLabels, contactTypes, referralDestinations, referralLabels } from '../../../shared/tallies';
import { formatDate, formatMonth } from '../../format';
import { ActivityChart } from '../Dashboard/ActivityChart';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

type Row = [label: string, pick: (f: ActivityFigures) => number, indent?: boolean];
const rows: Row[] = [
  ['Contacts, total', (f) => f.contactsTotal],
  ...contactTypes.map((t): Row => [contactTypeLabels[t], (f) => f.contacts[t], true]),
  ['Hours on duty', (f) => f.hoursOnDuty],
  ['Hours off duty', (f) => f.hoursOffDuty],
  ...referralDestinations.map((d): Row => [`Referrals: ${referralLabels[d]}`, (f) => f.referrals[d]]),
  ['Group interventions held', (f) => f.groupInterventions],
  ['Critical incidents', (f) => f.incidents],
  ['Exception notices', (f) => f.exceptionNotices],
  ['Authorised overtime hours', (f) => f.overtimeHours],
];

function Breakdown({ title, counts }: { title: string; counts: ProtectedCount[] }) {
  return (
    <Table aria-label={title} withRowBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title}</Table.Th>
          <Table.Th ta="right">Count</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {counts.map((c) => (
          <Table.Tr key={c.label}>
            <Table.Td>{c.label}</Table.Td>
            <Table.Td ta="right">{c.shown}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The summary as it will print: the same figures and sections as the PDF, on a page-like sheet. */
export function ReportPreview({ report }: { report: ProgramReport }) {
  const columns: [string, ActivityFigures][] = report.yearToDate
    ? [['This month', report.current], ['Same month last year', report.previousYear], ['Year to date', report.yearToDate]]
    : [['This period', report.current], ['A year earlier', report.previousYear]];
  const period = report.from === report.to ? formatMonth(report.from) : `${formatMonth(report.from)} – ${formatMonth(report.to)}`;
  const t = report.team;
  const s = report.submissions;
  return (
    <Paper withBorder shadow="sm" p="xl" maw={860} className="report-sheet" aria-label="Report preview" component="article">
      <Stack gap="md">
        <div>
          <Title order={2}>
            {report.title} — {period}
          </Title>
          <Text>
            {report.departmentName} — {report.programName}
          </Text>
          <Text size="sm">
            Prepared by {report.preparedBy} on {formatDate(report.preparedOn)}
          </Text>
        </div>
        <Table aria-label="Activity">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Measure</Table.Th>
              {columns.map(([title]) => (
                <Table.Th key={title} ta="right">
                  {title}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([label, pick, indent]) => (
              <Table.Tr key={label}>
                <Table.Td pl={indent ? 'xl' : undefined} fw={indent ? undefined : 600}>
                  {label}
                </Table.Td>
                {columns.map(([title, figures]) => (
                  <Table.Td key={title} ta="right">
                    {number.format(pick(figures))}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Title order={3} size="h5">
          Twelve-month trend
        </Title>
        <ActivityChart trend={report.trend} />
        <SimpleGrid cols={2}>
          <Breakdown title="Contacts by concern" counts={report.concerns} />
          <Breakdown title="Incidents by staff group affected" counts={report.incidentsByStaffGroup} />
        </SimpleGrid>
        <Text size="xs">
          Counts from 1 to {report.smallCellSize - 1} show as "&lt;{report.smallCellSize}" so no single case can be traced.
        </Text>
        <Title order={3} size="h5">
          Team (as of {formatDate(t.asOf)})
        </Title>
        <Text size="sm">
          {t.active} active · {t.deployable} deployable · {t.inactiveTraining} inactive for training · {t.trainingPending} training pending · {t.temporarilyInactive} temporarily inactive · {t.inSelection} in selection ·{' '}
          {t.commitmentsEnding} commitments ending within 90 days · {t.fullyTrainedPercent}% fully trained · next quarterly meeting {t.nextQuarterly ? formatDate(t.nextQuarterly) : 'not scheduled'} · at risk under §4.I:{' '}
          {t.atRisk.join(', ') || 'none'}
        </Text>
        <Title order={3} size="h5">
          Tally submissions (§6)
        </Title>
        <Text size="sm">
          {s.onTime} on time · {s.late} late · {s.missing} missing · {s.due} not yet due. Late: {s.lateNames.join(', ') || 'none'}. Missing: {s.missingNames.join(', ') || 'none'}.
        </Text>
        <Text size="sm">
          {report.kind === 'period'
            ? `Coordinator's monthly review (§3.E): ${report.monthsReviewed} of ${report.months} months reviewed.`
            : report.review
              ? `Reviewed by ${report.review.reviewedBy} on ${formatDate(report.review.reviewedOn)} (§3.E).`
              : "Coordinator's review (§3.E): not yet reviewed."}
        </Text>
        <Text size="xs" ta="center">
          Confidential — statistical information only
        </Text>
      </Stack>
    </Paper>
  );
}
