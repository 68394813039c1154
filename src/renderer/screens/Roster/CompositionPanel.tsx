import { memo } from 'react';
import { Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TeamComposition } from '../../../shared/roster';
import { formatDate } from '../../format';

/** §2.A: a team "representing a variety of staff groups" — coverage at a glance. */
export const CompositionPanel = memo(function CompositionPanel({ composition, onOpen }: { composition: TeamComposition; onOpen(id: number): void }) {
  const swornShare = composition.serving ? Math.round((composition.sworn / composition.serving) * 100) : 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="composition-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="composition-title">
          Team composition
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <Stack gap={6}>
            <Text size="sm">
              {composition.serving} on the team: {composition.sworn} sworn, {composition.nonSworn} non-sworn
            </Text>
            <Progress.Root size="xl">
              <Progress.Section value={swornShare} color="pine" aria-label={`Sworn ${swornShare}%`}>
                <Progress.Label>Sworn</Progress.Label>
              </Progress.Section>
              <Progress.Section value={100 - swornShare} color="gray.7" aria-label={`Non-sworn ${100 - swornShare}%`}>
                <Progress.Label>Non-sworn</Progress.Label>
              </Progress.Section>
            </Progress.Root>
          </Stack>
          <Table verticalSpacing={2} aria-label="Staff-group coverage">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Staff group</Table.Th>
                <Table.Th ta="right">Members</Table.Th>
                <Table.Th ta="right">Per 100 staff</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {composition.staffGroups.map((g) => (
                <Table.Tr key={g.name}>
                  <Table.Td>
                    {g.name}
                    {g.members === 0 && (
                      <Text span size="xs" c="red.8" fw={600}>
                        {' '}
                        — not represented
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{g.members}</Table.Td>
                  <Table.Td ta="right">{g.perHundredStaff === null ? '—' : g.perHundredStaff}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Commitments ending within 90 days (§2.B)
            </Text>
            {composition.commitmentsEnding.length === 0 && <Text size="sm">None.</Text>}
            {composition.commitmentsEnding.map((c) => (
              <Group key={c.id} gap="xs" justify="space-between">
                <Text size="sm" component="button" type="button" onClick={() => onOpen(c.id)} td="underline" style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', color: 'inherit' }}>
                  {c.displayName}
                </Text>
                <Text size="sm">{formatDate(c.commitmentEndsOn)}</Text>
              </Group>
            ))}
          </Stack>
        </SimpleGrid>
        {composition.staffGroups.every((g) => g.headcount === null) && (
          <Text size="xs">Enter the department's headcount per staff group in Settings → Team to see coverage per 100 staff.</Text>
        )}
      </Stack>
    </Paper>
  );
});
