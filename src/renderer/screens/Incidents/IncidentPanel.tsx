import { Alert, Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import type * as z from 'zod';
import {
  assessmentDecisions,
  assessmentInputSchema,
  decisionLabels,
  deploymentInputSchema,
  incidentCategoryLabels,
  interventionInputSchema,
  interventionKinds,
  mentalHealthProfessionalLabels,
  mentalHealthProfessionals,
  type AssessmentDecision,
  type Incident,
  type MentalHealthProfessional,
} from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useActorName } from '../../components/ActorName';
import { formatDate, formatMoment } from '../../format';
import { summaryOf, useAction } from '../../hooks/useAction';
import { numberInputProps, optionalTextProps, showFieldErrors, typedNumber, useSchemaForm } from '../../hooks/useSchemaForm';
import { CheckIns } from './CheckIns';
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
            Incident #{incident.id}: {incidentCategoryLabels[incident.category]} — {formatMoment(incident.occurredAt)}
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
        <CheckIns incidentId={incident.id} />
      </Stack>
    </Paper>
  );
}

/**
 * Hours in quarter steps. The form holds a number; the input keeps what is typed, so "2.75"
 * can be reached from "2.5" by way of "2." without the point being tidied away.
 */
function HoursInput({ value, onChange, ...props }: Omit<NumberInputProps, 'value' | 'onChange'> & { value: number | string; onChange(value: number | string): void }) {
  const [text, setText] = useState<number | string>(value);
  const shown = typedNumber(text) === typedNumber(value) ? text : value;
  return (
    <NumberInput
      min={0}
      max={24}
      step={0.25}
      {...props}
      value={shown}
      onChange={(v) => {
        setText(v);
        onChange(v);
      }}
    />
  );
}

type AssessmentFields = Omit<z.input<typeof assessmentInputSchema>, 'assessedWith' | 'decision'> & { assessedWith: MentalHealthProfessional | null; decision: AssessmentDecision | null };

function AssessmentForm({ incident }: { incident: Incident }) {
  const form = useSchemaForm<AssessmentFields>(assessmentInputSchema, { incidentId: incident.id, assessedAt: '', assessedWith: null, decision: null, followUpsDueOn: null });
  const { busy, error, run } = useAction(
    async (values: AssessmentFields) => {
      await call('incidents.assess', assessmentInputSchema.parse(values));
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  return (
    <form aria-label="Assessment" onSubmit={form.onSubmit((values) => void run(values))} noValidate>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput type="datetime-local" label="Assessed at" {...form.getInputProps('assessedAt')} required />
          <Select
            label="Assessed with (§7)"
            data={mentalHealthProfessionals.map((value) => ({ value, label: mentalHealthProfessionalLabels[value] }))}
            {...form.getInputProps('assessedWith')}
            required
          />
          <Select label="Decision" data={assessmentDecisions.map((value) => ({ value, label: decisionLabels[value] }))} {...form.getInputProps('decision')} required />
          <TextInput type="date" label="Follow-ups due" {...optionalTextProps(form, 'followUpsDueOn')} />
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

type InterventionFields = Omit<z.input<typeof interventionInputSchema>, 'durationHours' | 'attendeesSworn' | 'attendeesNonSworn'> & {
  durationHours: number | null;
  attendeesSworn: number | null;
  attendeesNonSworn: number | null;
};

function InterventionForm({ incident }: { incident: Incident }) {
  const form = useSchemaForm<InterventionFields>(interventionInputSchema, { incidentId: incident.id, kind: 'defusing', heldAt: '', durationHours: 1, attendeesSworn: 0, attendeesNonSworn: 0 });
  const { busy, error, run } = useAction(
    async (values: InterventionFields) => {
      await call('incidents.addIntervention', interventionInputSchema.parse(values));
      form.setFieldValue('heldAt', '');
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  return (
    <form aria-label="Record a defusing or debriefing" onSubmit={form.onSubmit((values) => void run(values))} noValidate>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 5 }}>
          <Select label="Session" data={interventionKinds.map((value) => ({ value, label: value === 'defusing' ? 'Defusing' : 'Debriefing' }))} {...form.getInputProps('kind')} allowDeselect={false} />
          <TextInput type="datetime-local" label="Held at" {...form.getInputProps('heldAt')} required />
          <HoursInput label="Hours" {...numberInputProps(form, 'durationHours')} min={0.25} />
          <NumberInput label="Sworn attendees" {...numberInputProps(form, 'attendeesSworn')} min={0} allowDecimal={false} />
          <NumberInput label="Non-sworn attendees" {...numberInputProps(form, 'attendeesNonSworn')} min={0} allowDecimal={false} />
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

type DeployFields = Omit<z.input<typeof deploymentInputSchema>, 'memberId' | 'hours' | 'overtimeHours'> & { memberId: number | null; hours: number | null; overtimeHours: number | null };

function DeployForm({ incident, members }: { incident: Incident; members: Member[] }) {
  const form = useSchemaForm<DeployFields>(deploymentInputSchema, { incidentId: incident.id, memberId: null, hours: 2, overtimeHours: 0 });
  const { busy, error, run } = useAction(
    async (values: DeployFields) => {
      await call('incidents.deploy', deploymentInputSchema.parse(values));
      form.setFieldValue('memberId', null);
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  const options = members
    .filter((m) => m.standing.decided === 'active')
    .map((m) => ({ value: String(m.id), label: m.standing.deployable ? m.displayName : `${m.displayName} — not deployable (§8)` }));
  const { memberId } = form.values;
  return (
    <form aria-label="Deploy a member" onSubmit={form.onSubmit((values) => void run(values))} noValidate>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Member to deploy"
            data={options}
            {...form.getInputProps('memberId')}
            value={memberId === null ? null : String(memberId)}
            onChange={(v) => form.setFieldValue('memberId', v === null ? null : Number(v))}
            searchable
            required
          />
          <HoursInput label="Hours" {...numberInputProps(form, 'hours')} />
          <HoursInput label="Of which overtime" description="Goes to the manager for approval (§9)" {...numberInputProps(form, 'overtimeHours')} />
        </SimpleGrid>
        <ErrorAlert error={summaryOf(error)} title="Not deployed" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Deploy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
