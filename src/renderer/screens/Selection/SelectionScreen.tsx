import { Badge, Button, Card, Group, Loader, ScrollArea, SimpleGrid, Stack, Table, Tabs, Text, Title, UnstyledButton } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { candidateDecisionLabels, candidateStages, stageLabels, type CandidateSummary } from '../../../shared/selection';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { BackupsStillHold } from '../../components/BackupsStillHold';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListSearch, SortHeader, useListView } from '../../components/ListTools';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { hasKeptDraft } from '../../hooks/useKeptDraft';
import { useToday } from '../../hooks/useToday';
import type { FocusOf } from '../../layout/navigation';
import { CandidateDrawer } from './CandidateDrawer';
import { NominationModal, nominationDraftKey } from './NominationModal';
import { RoundsView } from './RoundsView';

const noCandidates: CandidateSummary[] = [];
const searchWords = (c: CandidateSummary) => `${c.displayName} ${c.staffGroup} ${stageLabels[c.stage]}`;
const sortBy = {
  name: (c: CandidateSummary) => c.displayName,
  staffGroup: (c: CandidateSummary) => c.staffGroup,
  stage: (c: CandidateSummary) => candidateStages.indexOf(c.stage),
  since: (c: CandidateSummary) => c.stageOn,
};

const waitingText = (c: CandidateSummary) => (c.awaitingApproval.length ? `Waiting on ${c.awaitingApproval.join(' and ')}` : '');

/** §2: rounds, sealed nominations and the candidate pipeline, as a board by stage or a table. */
export function SelectionScreen({ focus }: { focus?: FocusOf<'selection'> }) {
  const overviewQuery = useChannel('selection.overview', {});
  const settings = useChannel('settings.get', {});
  const today = useToday();
  const overview = overviewQuery.data;
  const list = useListView(overview?.candidates ?? noCandidates, searchWords, sortBy, { key: 'name', descending: false });
  const [nominating, setNominating] = useState(() => hasKeptDraft(nominationDraftKey));
  const [openId, setOpenId] = useState<number | null>(focus?.candidateId ?? null);
  const [purging, setPurging] = useState(false);

  useHotkeys([['N', () => overview?.rounds.length && setNominating(true)]]);
  const purge = useAction(async () => {
    const result = await call('selection.purge', { confirm: true });
    notifications.show({ message: `Purged ${result.candidates} candidate record(s) and ${result.nominators} nominator name(s); only the counts remain.` });
    setPurging(false);
  });

  const error = overviewQuery.error ?? settings.error;
  if (error) return <ErrorAlert error={error.message} title="Could not load the selection" />;
  if (!overview || !settings.data) return <Loader aria-label="Loading the selection" />;
  const { rounds, purgeable } = overview;
  // The search narrows the board and the table alike.
  const candidates = list.shown;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">
          {overview.candidates.filter((c) => c.stage !== 'decided').length} in the pipeline · {overview.candidates.filter((c) => c.decision === 'selected').length} selected
        </Text>
        <Group>
          {purgeable.candidates + purgeable.nominators > 0 && (
            <Button variant="default" color="red" onClick={() => setPurging(true)}>
              Purge expired records ({purgeable.candidates} candidate(s), {purgeable.nominators} nominator name(s))…
            </Button>
          )}
          <Button onClick={() => setNominating(true)} disabled={rounds.length === 0} aria-keyshortcuts="N">
            Record a nomination
          </Button>
        </Group>
      </Group>
      {overview.candidates.length > 0 && <ListSearch label="Search candidates" placeholder="Name, staff group or stage" value={list.search} onChange={list.setSearch} />}
      {rounds.length === 0 && <Text>Open a recruitment round first (Rounds tab), then record the nominations you receive.</Text>}
      <Tabs defaultValue={focus ? 'table' : rounds.length ? 'board' : 'rounds'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board">Board</Tabs.Tab>
          <Tabs.Tab value="table">Table</Tabs.Tab>
          <Tabs.Tab value="rounds">Rounds</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="md">
          <ScrollArea>
            <SimpleGrid cols={candidateStages.length} miw={1100} spacing="xs">
              {candidateStages.map((stage) => (
                <Stack key={stage} gap="xs" component="section" aria-label={`Stage ${stageLabels[stage]}`}>
                  <Title order={2} size="h6">
                    {stageLabels[stage]} ({candidates.filter((c) => c.stage === stage).length})
                  </Title>
                  {candidates
                    .filter((c) => c.stage === stage)
                    .map((c) => (
                      <UnstyledButton key={c.id} onClick={() => setOpenId(c.id)}>
                        <Card withBorder padding="xs">
                          <Text fw={600} size="sm">
                            {c.displayName}
                          </Text>
                          <Text size="xs">{c.staffGroup}</Text>
                          <Text size="xs" c="dimmed">
                            since {formatDate(c.stageOn)}
                          </Text>
                          {c.nominations > 1 && <Badge size="xs" variant="light">{c.nominations} nominations</Badge>}
                          {c.decision && <Badge size="xs" variant="outline">{candidateDecisionLabels[c.decision]}</Badge>}
                          {c.awaitingApproval.length > 0 && stage !== 'nominated' && stage !== 'contacted' && <Text size="xs">{waitingText(c)}</Text>}
                        </Card>
                      </UnstyledButton>
                    ))}
                </Stack>
              ))}
            </SimpleGrid>
          </ScrollArea>
        </Tabs.Panel>
        <Tabs.Panel value="table" pt="md">
          {candidates.length === 0 ? (
            <Text>No candidates yet.</Text>
          ) : (
            <Table aria-label="Candidates" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader label="Name" sortKey="name" sort={list.sort} onSort={list.setSort} />
                  <SortHeader label="Staff group" sortKey="staffGroup" sort={list.sort} onSort={list.setSort} />
                  <SortHeader label="Stage" sortKey="stage" sort={list.sort} onSort={list.setSort} />
                  <SortHeader label="Since" sortKey="since" sort={list.sort} onSort={list.setSort} />
                  <Table.Th>Nominations</Table.Th>
                  <Table.Th>Waiting on</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {candidates.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Button variant="subtle" size="compact-sm" onClick={() => setOpenId(c.id)}>
                        {c.displayName}
                      </Button>
                    </Table.Td>
                    <Table.Td>{c.staffGroup}</Table.Td>
                    <Table.Td>{c.decision ? candidateDecisionLabels[c.decision] : stageLabels[c.stage]}</Table.Td>
                    <Table.Td>{formatDate(c.stageOn)}</Table.Td>
                    <Table.Td>{c.nominations}</Table.Td>
                    <Table.Td>{c.stage === 'eligibility' || c.stage === 'approvals' || c.stage === 'interview' ? c.awaitingApproval.join(', ') : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="rounds" pt="md">
          <RoundsView rounds={rounds} today={today} />
          {overview.purged.length > 0 && (
            <Text size="sm" mt="md">
              Purged under the retention rule: {overview.purged.map((p) => `${p.candidates} candidate(s) and ${p.nominators} nominator name(s) on ${formatDate(p.purgedOn)}`).join('; ')}.
            </Text>
          )}
        </Tabs.Panel>
      </Tabs>
      {nominating && (
        <NominationModal
          opened
          rounds={rounds}
          staffGroups={settings.data.staffGroups}
          today={today}
          onClose={() => setNominating(false)}
          onRecorded={(candidate) => {
            notifications.show({ message: candidate.nominations > 1 ? `${candidate.displayName} now has ${candidate.nominations} nominations.` : `${candidate.displayName} added as a candidate.` });
            setNominating(false);
          }}
        />
      )}
      <CandidateDrawer candidateId={openId} today={today} onClose={() => setOpenId(null)} />
      <ConfirmModal opened={purging} title="Purge expired candidate records?" confirmLabel="Purge" busy={purge.busy} error={purge.error?.message ?? null} onConfirm={() => void purge.run()} onCancel={() => setPurging(false)}>
        <Stack gap="xs">
          <Text size="sm">Decided on or before {formatDate(purgeable.cutoff)}, past the retention period (§2.A):</Text>
          <Text size="sm" component="ul" m={0}>
            <li>{purgeable.candidates} candidate(s) not selected or withdrawn: their names, nominations and stages are deleted.</li>
            <li>{purgeable.nominators} nominator name(s) of candidates selected: forgotten; the nomination's date stays.</li>
          </Text>
          <Text size="sm">Only the counts remain. This cannot be undone.</Text>
          <BackupsStillHold rotatedBy={purgeable.backupsRotatedBy} />
        </Stack>
      </ConfirmModal>
    </Stack>
  );
}
