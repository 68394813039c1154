import { Loader, Stack, Tabs, Text } from '@mantine/core';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { FocusOf } from '../../layout/navigation';
import { IncidentForm } from './IncidentForm';
import { IncidentPanel } from './IncidentPanel';
import { NoticesView } from './NoticesView';
import { OvertimeView } from './OvertimeView';

/** §7 incidents and interventions, §3.G deployments, §3.B overtime, §5.B–C notices. */
export function IncidentsScreen({ focus }: { focus?: FocusOf<'incidents'> }) {
  const incidents = useChannel('incidents.list', {});
  const roster = useChannel('roster.list', {});
  const settings = useChannel('settings.get', {});

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
          {incidents.data.map((incident) => (
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
