import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { activityColumns, activityRows, disclosureNote, type Breakdown, type ProgramReport } from '../../../shared/reports';
import { formatDate, formatMonth } from '../../format';
import { ActivityChart } from '../Dashboard/ActivityChart';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  return (
    <Table aria-label={breakdown.title} withRowBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{breakdown.title}</Table.Th>
          <Table.Th ta="right">Count</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {breakdown.cells.map((c) => (
          <Table.Tr key={c.label}>
            <Table.Td>{c.label}</Table.Td>
            <Table.Td ta="right">{c.shown}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{breakdown.totalLabel}</Table.Th>
          <Table.Th ta="right">{number.format(breakdown.total)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** The summary as it will print: the same figures and sections as the PDF, on a page-like sheet. */
export function ReportPreview({ report }: { report: ProgramReport }) {
  const columns = activityColumns(report);
  const period = report.from === report.to ? formatMonth(report.from) : `${formatMonth(report.from)} – ${formatMonth(report.to)}`;
  const t = report.team;
  const s = report.submissions;
  return (
    <Paper withBorder shadow="sm" p="xl" maw={860} aria-label="Report preview" component="article">
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
            {activityRows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Td pl={row.indent ? 'xl' : undefined} fw={row.indent ? undefined : 600}>
                  {row.label}
                </Table.Td>
                {columns.map(([title, figures]) => (
                  <Table.Td key={title} ta="right">
                    {number.format(row.value(figures))}
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
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {report.breakdowns.map((b) => (
            <BreakdownTable key={b.title} breakdown={b} />
          ))}
        </SimpleGrid>
        <Text size="xs">{disclosureNote(report)}</Text>
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
