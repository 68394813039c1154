import { Loader, Stack, Tabs, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { Incident } from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { call, errorMessage } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IncidentForm } from './IncidentForm';
import { IncidentPanel } from './IncidentPanel';
import { NoticesView } from './NoticesView';
import { OvertimeView } from './OvertimeView';

/** §7 incidents and interventions, §3.G deployments, §3.B overtime, §5.B–C notices. */
export function IncidentsScreen() {
  const [incidents, setIncidents] = useState<Incident[] | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [staffGroups, setStaffGroups] = useState<string[]>([]);
  const [today, setToday] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    Promise.all([call('incidents.list', {}), call('roster.list', {}), call('settings.get', {})]).then(
      ([i, r, s]) => {
        setIncidents(i);
        setMembers(r.members);
        setToday(r.today);
        setStaffGroups(s.staffGroups);
      },
      (e) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(load, [load]);

  if (error) return <ErrorAlert error={error} title="Could not load incidents" />;
  if (!incidents) return <Loader aria-label="Loading incidents" />;
  const replace = (next: Incident) => setIncidents((current) => (current ?? []).map((i) => (i.id === next.id ? next : i)));

  return (
    <Tabs defaultValue="incidents" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="incidents">Incidents</Tabs.Tab>
        <Tabs.Tab value="overtime">Overtime</Tabs.Tab>
        <Tabs.Tab value="notices">Exception notices</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="incidents" pt="lg">
        <Stack gap="lg">
          <IncidentForm staffGroups={staffGroups} onRecorded={(incident) => setIncidents((current) => [incident, ...(current ?? [])])} />
          {incidents.length === 0 && <Text>No critical incidents recorded. When a supervisor notifies you of one, record it here.</Text>}
          {incidents.map((incident) => (
            <IncidentPanel key={incident.id} incident={incident} members={members} onChanged={replace} />
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
