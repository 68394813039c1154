import { Alert, Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  assessmentDecisions,
  decisionLabels,
  incidentCategoryLabels,
  interventionKinds,
  mentalHealthProfessionalLabels,
  mentalHealthProfessionals,
  type AssessmentDecision,
  type Incident,
  type InterventionKind,
  type MentalHealthProfessional,
} from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useActorName } from '../../components/ActorName';
import { formatDate, formatMoment } from '../../format';
import { summaryOf, useAction } from '../../hooks/useAction';
import { AssessmentActions, DeploymentActions, IncidentActions, InterventionActions } from './IncidentCorrections';

/** One incident: its assessment, the defusings and debriefings held, and who was deployed. */
export function IncidentPanel({ incident, members, staffGroups, focused = false }: { incident: Incident; members: Member[]; staffGroups: string[]; focused?: boolean }) {
  const actorName = useActorName();
  // Opened from the dashboard: the incident scrolls into view and takes the focus.
  const focusOnMount = (section: HTMLElement | null) => {
    if (focused && section) {
      section.scrollIntoView({ block: 'start' });
      section.focus();
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`incident-${incident.id}`} ref={focusOnMount} tabIndex={focused ? -1 : undefined} bd={focused ? '2px solid var(--mantine-primary-color-filled)' : undefined}>
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id={`incident-${incident.id}`}>
            {incidentCategoryLabels[incident.category]} — {formatMoment(incident.occurredAt)}
          </Title>
          <IncidentActions key={`${incident.occurredAt}-${incident.category}-${incident.affectedStaffGroups.join()}-${incident.supervisorNotifiedAt}`} incident={incident} staffGroups={staffGroups} />
        </Group>
        <Text size="sm">
          Staff groups affected: {incident.affectedStaffGroups.join(', ') || '—'} · Supervisor notified: {incident.supervisorNotifiedAt ? formatMoment(incident.supervisorNotifiedAt) : 'not recorded'}
        </Text>
        {incident.clock.next && (
          <Alert variant="light" color={incident.clock.next.overdue ? 'red' : 'blue'} title={incident.clock.next.overdue ? 'Overdue (§7)' : 'Next (§7)'}>
            {incident.clock.next.what} — due by {formatMoment(incident.clock.next.dueAt)}
          </Alert>
        )}
        {incident.assessment ? (
          <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            Assessed {formatMoment(incident.assessment.assessedAt)} with the {mentalHealthProfessionalLabels[incident.assessment.assessedWith]}: <strong>{decisionLabels[incident.assessment.decision]}</strong>
            {incident.assessment.followUpsDueOn ? ` · follow-ups due ${formatDate(incident.assessment.followUpsDueOn)}` : ''}
          </Text>
          <AssessmentActions key={JSON.stringify(incident.assessment)} incident={incident} />
          </Group>
        ) : (
          <AssessmentForm incident={incident} />
        )}
        {incident.interventions.length > 0 && (
          <Table aria-label="Group interventions" verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Session</Table.Th>
                <Table.Th>Held</Table.Th>
                <Table.Th>Hours</Table.Th>
                <Table.Th>Attendees (sworn / non-sworn)</Table.Th>
                <Table.Th>Timing (§7)</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Corrections</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {incident.interventions.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.kind === 'defusing' ? 'Defusing' : 'Debriefing'}</Table.Td>
                  <Table.Td>{formatMoment(i.heldAt)}</Table.Td>
                  <Table.Td>{i.durationHours}</Table.Td>
                  <Table.Td>
                    {i.attendeesSworn} / {i.attendeesNonSworn}
                  </Table.Td>
                  <Table.Td>{i.withinWindow ? 'Within the window' : 'Outside the window'}</Table.Td>
                  <Table.Td>
                    <InterventionActions key={JSON.stringify(i)} intervention={i} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <InterventionForm incident={incident} />
        <Title order={3} size="h5">
          Deployments (§3.G)
        </Title>
        {incident.deployments.map((d) => (
          <Group key={d.id} gap="xs" wrap="nowrap">
          <Text size="sm">
            {d.memberName} · {d.hours} h{d.overtimeHours ? ` (${d.overtimeHours} h overtime, asked of the manager — §9)` : ''} · directed by {actorName(d.directedBy)}{' '}
            {d.possibleConflict && (
              <Badge color="violet" variant="light" styles={{ label: { textTransform: 'none' } }}>
                Possible conflict: works in an affected unit
              </Badge>
            )}
          </Text>
          <DeploymentActions key={`${d.id}-${d.hours}-${d.overtimeHours}`} deployment={d} />
          </Group>
        ))}
        <DeployForm incident={incident} members={members} />
      </Stack>
    </Paper>
  );
}

function AssessmentForm({ incident }: { incident: Incident }) {
  const [assessedAt, setAssessedAt] = useState('');
  const [assessedWith, setAssessedWith] = useState<MentalHealthProfessional | null>(null);
  const [decision, setDecision] = useState<AssessmentDecision | null>(null);
  const [followUpsDueOn, setFollowUpsDueOn] = useState('');
  const { busy, error, run } = useAction(async () => {
    await call('incidents.assess', { incidentId: incident.id, assessedAt, assessedWith: assessedWith as MentalHealthProfessional, decision: decision as AssessmentDecision, followUpsDueOn: followUpsDueOn || null });
  });
  return (
    <form
      aria-label="Assessment"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void run();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput type="datetime-local" label="Assessed at" value={assessedAt} onChange={(e) => setAssessedAt(e.currentTarget.value)} error={error?.fieldMessage('assessedAt')} required />
          <Select
            label="Assessed with (§7)"
            data={mentalHealthProfessionals.map((value) => ({ value, label: mentalHealthProfessionalLabels[value] }))}
            value={assessedWith}
            onChange={(v) => setAssessedWith(v as MentalHealthProfessional | null)}
            error={error?.fieldMessage('assessedWith')}
            required
          />
          <Select label="Decision" data={assessmentDecisions.map((value) => ({ value, label: decisionLabels[value] }))} value={decision} onChange={(v) => setDecision(v as AssessmentDecision | null)} required />
          <TextInput type="date" label="Follow-ups due" value={followUpsDueOn} onChange={(e) => setFollowUpsDueOn(e.currentTarget.value)} />
        </SimpleGrid>
        <ErrorAlert error={summaryOf(error)} title="Not recorded" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} variant="light">
            Record assessment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function InterventionForm({ incident }: { incident: Incident }) {
  const [kind, setKind] = useState<InterventionKind>('defusing');
  const [heldAt, setHeldAt] = useState('');
  const [durationHours, setDuration] = useState<number | string>(1);
  const [sworn, setSworn] = useState<number | string>(0);
  const [nonSworn, setNonSworn] = useState<number | string>(0);
  const { busy, error, run } = useAction(async () => {
    await call('incidents.addIntervention', { incidentId: incident.id, kind, heldAt, durationHours: Number(durationHours), attendeesSworn: Number(sworn), attendeesNonSworn: Number(nonSworn) });
    setHeldAt('');
  });
  return (
    <form
      aria-label="Record a defusing or debriefing"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void run();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 5 }}>
          <Select label="Session" data={interventionKinds.map((value) => ({ value, label: value === 'defusing' ? 'Defusing' : 'Debriefing' }))} value={kind} onChange={(v) => v && setKind(v as InterventionKind)} allowDeselect={false} />
          <TextInput type="datetime-local" label="Held at" value={heldAt} onChange={(e) => setHeldAt(e.currentTarget.value)} error={error?.fieldMessage('heldAt')} required />
          <NumberInput label="Hours" value={durationHours} onChange={setDuration} min={0.25} max={24} step={0.25} error={error?.fieldMessage('durationHours')} />
          <NumberInput label="Sworn attendees" value={sworn} onChange={setSworn} min={0} allowDecimal={false} />
          <NumberInput label="Non-sworn attendees" value={nonSworn} onChange={setNonSworn} min={0} allowDecimal={false} />
        </SimpleGrid>
        <ErrorAlert error={summaryOf(error)} title="Not recorded" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} variant="light">
            Record session
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeployForm({ incident, members }: { incident: Incident; members: Member[] }) {
  const [memberId, setMemberId] = useState<string | null>(null);
  const [hours, setHours] = useState<number | string>(2);
  const [overtime, setOvertime] = useState<number | string>(0);
  const { busy, error, run } = useAction(async () => {
    await call('incidents.deploy', { incidentId: incident.id, memberId: Number(memberId), hours: Number(hours), overtimeHours: Number(overtime) });
    setMemberId(null);
  });
  const options = members
    .filter((m) => m.standing.decided === 'active')
    .map((m) => ({ value: String(m.id), label: m.standing.deployable ? m.displayName : `${m.displayName} — not deployable (§8)` }));
  return (
    <form
      aria-label="Deploy a member"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void run();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label="Member to deploy" data={options} value={memberId} onChange={setMemberId} searchable error={error?.fieldMessage('memberId')} required />
          <NumberInput label="Hours" value={hours} onChange={setHours} min={0} max={24} step={0.25} />
          <NumberInput label="Of which overtime" description="Goes to the manager for approval (§9)" value={overtime} onChange={setOvertime} min={0} max={24} step={0.25} error={error?.fieldMessage('overtimeHours')} />
        </SimpleGrid>
        <ErrorAlert error={error?.message ?? null} title="Not deployed" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Deploy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
