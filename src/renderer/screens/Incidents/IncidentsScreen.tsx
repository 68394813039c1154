import { Button, Checkbox, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { incidentCategoryLabels, type Incident } from '../../../shared/incidents';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListSearch, useListView } from '../../components/ListTools';
import type { FocusOf } from '../../layout/navigation';
import { IncidentForm } from './IncidentForm';
import { IncidentPanel } from './IncidentPanel';
import { NoticesView } from './NoticesView';
import { OvertimeView } from './OvertimeView';

const noIncidents: Incident[] = [];
const searchWords = (i: Incident) => `${incidentCategoryLabels[i.category]} ${i.affectedStaffGroups.join(' ')}`;
const sortBy = { occurredAt: (i: Incident) => i.occurredAt };

/** §7 incidents and interventions, §3.G deployments, §3.B overtime, §5.B–C notices. */
export function IncidentsScreen({ focus }: { focus?: FocusOf<'incidents'> }) {
  const incidents = useChannel('incidents.list', {});
  const roster = useChannel('roster.list', {});
  const settings = useChannel('settings.get', {});
  const list = useListView(incidents.data ?? noIncidents, searchWords, sortBy, { key: 'occurredAt', descending: true });
  const [openOnly, setOpenOnly] = useState(false);

  const error = incidents.error ?? roster.error ?? settings.error;
  if (error) return <ErrorAlert error={error.message} title="Could not load incidents" />;
  if (!incidents.data || !roster.data || !settings.data) return <Loader aria-label="Loading incidents" />;
  const { members, today } = roster.data;

  return (
    <Tabs defaultValue={focus?.tab ?? 'incidents'} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="incidents">Incidents</Tabs.Tab>
        <Tabs.Tab value="overtime">Overtime</Tabs.Tab>
        <Tabs.Tab value="notices">Exception notices</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="incidents" pt="lg">
        <Stack gap="lg">
          <IncidentForm staffGroups={settings.data.staffGroups} />
          {incidents.data.length === 0 && <Text>No critical incidents recorded. When a supervisor notifies you of one, record it here.</Text>}
          {incidents.data.length > 0 && (
            <Group align="flex-end">
              <ListSearch label="Search incidents" placeholder="Category or staff group" value={list.search} onChange={list.setSearch} />
              <Checkbox label="Only those with a next step due (§7)" checked={openOnly} onChange={(e) => setOpenOnly(e.currentTarget.checked)} mb={8} />
              <Button variant="subtle" size="compact-sm" mb={6} onClick={() => list.setSort({ key: 'occurredAt', descending: !list.sort.descending })}>
                {list.sort.descending ? 'Newest first' : 'Oldest first'}
              </Button>
            </Group>
          )}
          {list.shown.filter((incident) => !openOnly || incident.clock.next !== null).map((incident) => (
            <IncidentPanel key={incident.id} incident={incident} members={members} staffGroups={settings.data.staffGroups} focused={incident.id === focus?.incidentId} />
          ))}
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="overtime" pt="lg">
        <OvertimeView members={members} today={today} />
      </Tabs.Panel>
      <Tabs.Panel value="notices" pt="lg">
        <NoticesView members={members} today={today} />
      </Tabs.Panel>
    </Tabs>
  );
}
