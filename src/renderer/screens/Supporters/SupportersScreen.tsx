import { Alert, Button, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { MemberLoad } from '../../../shared/follow-ups';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatMonth } from '../../format';

/**
 * §3.F support for the supporters: each member's load from the tallies and deployments, with a
 * flag where a member carries far more than the team, or was sent to several critical incidents
 * in a short time. Private to the Coordinator: never printed in the Chief's report, never
 * published. It names team members only — nothing about the staff they supported.
 */
export function SupportersScreen() {
  const load = useChannel('supporters.load', {});
  if (load.error) return <ErrorAlert error={load.error.message} />;
  if (!load.data) return <Loader aria-label="Loading the supporters' load" />;
  const { months, median, thresholds, members, recentMonths } = load.data;
  const flagged = members.filter((m) => m.flags.length > 0);
  return (
    <Stack gap="md">
      <Alert variant="light" color="gray" title="Private to you">
        Not in the Chief’s report, not on the NAS. A flag only says whom to ask how they are doing (§3.F, §9; a member may step back for a while, §4.L).
      </Alert>
      <Text size="sm">
        Team median over {formatMonth(recentMonths[0] ?? '')}–{formatMonth(recentMonths.at(-1) ?? '')} ({median.members} member{median.members === 1 ? '' : 's'} with activity): {median.contacts} contacts, {median.hours} hours. Flagged at {thresholds.loadFlagMultiple}× the median, or deployments to {thresholds.deploymentsFlagCount} critical incidents within {thresholds.deploymentsFlagDays} days (Settings → Policy).
      </Text>
      <Text size="sm" fw={600}>
        {flagged.length ? `${flagged.length} member${flagged.length === 1 ? '' : 's'} flagged` : 'No member flagged'}
      </Text>
        <Table aria-label="Load of each member" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Member</Table.Th>
              <Table.Th>Last 3 months</Table.Th>
              <Table.Th>Deployments (90 days)</Table.Th>
              <Table.Th>Last activity</Table.Th>
              <Table.Th>Flags</Table.Th>
              <Table.Th>Last 12 months</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <MemberRow key={m.memberId} member={m} months={months} />
            ))}
          </Table.Tbody>
        </Table>
      <Text size="xs" c="dimmed">
        Months: contacts and hours from the member’s tallies. Deployments count the critical-incident deployments recorded on the Incidents screen.
      </Text>
    </Stack>
  );
}

function MemberRow({ member: m, months }: { member: MemberLoad; months: string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Table.Tr>
        <Table.Td>{m.displayName}</Table.Td>
        <Table.Td>
          {m.recent.contacts} contacts · {m.recent.hours} h
        </Table.Td>
        <Table.Td>
          {m.deployments90}
          {m.deploymentHours90 ? ` (${m.deploymentHours90} h)` : ''}
        </Table.Td>
        <Table.Td>{m.lastActivity ? formatDate(m.lastActivity) : '—'}</Table.Td>
        <Table.Td maw={420}>
          <Stack gap={2}>
            {m.flags.map((f) => (
              <Text key={f.kind} size="sm" fw={600} c="red.9">
                ⚑ {f.message}
              </Text>
            ))}
          </Stack>
        </Table.Td>
        <Table.Td>
          <Button size="compact-sm" variant="subtle" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={`${open ? 'Hide' : 'Show'} months of ${m.displayName}`}>
            {open ? 'Hide' : 'Show'} months
          </Button>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <Table aria-label={`Months of ${m.displayName}`} verticalSpacing={2} horizontalSpacing={6} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {months.map((month) => (
                    <Table.Th key={month} ta="right">
                      {formatMonth(month)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>Contacts</Table.Th>
                  {m.months.map((month) => (
                    <Table.Td key={month.month} ta="right">
                      {month.contacts}
                    </Table.Td>
                  ))}
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Hours</Table.Th>
                  {m.months.map((month) => (
                    <Table.Td key={month.month} ta="right">
                      {month.hours}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
