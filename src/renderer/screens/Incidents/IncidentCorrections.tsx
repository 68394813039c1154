import { Group, MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  assessmentDecisions,
  decisionLabels,
  exceptionCategories,
  exceptionCategoryLabels,
  overtimeActivities,
  overtimeActivityLabels,
  overtimeDecisions,
  incidentCategories,
  incidentCategoryLabels,
  interventionKinds,
  mentalHealthProfessionalLabels,
  mentalHealthProfessionals,
  type AssessmentDecision,
  type ExceptionCategory,
  type ExceptionNotice,
  type Incident,
  type IncidentCategory,
  type Intervention,
  type InterventionKind,
  type MentalHealthProfessional,
  type OvertimeActivity,
  type OvertimeDecision,
  type OvertimeRequest,
} from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { call } from '../../api/call';
import { EditButton, numberOf, VoidButton } from '../../components/Corrections';
import { freeText } from '../../components/free-text';
import { formatDate, formatMoment } from '../../format';

/**
 * Correcting what was recorded about an incident (§7): each record can be corrected with a
 * reason, or voided when it was entered in error. The backend decides what follows (a
 * deployment's pending overtime goes with it; a decided one stands).
 */

const decisionWords: Record<OvertimeDecision, string> = { pending: 'Pending (recorded in error)', approved: 'Approved', denied: 'Denied' };

const kindLabel = (kind: InterventionKind) => (kind === 'defusing' ? 'defusing' : 'debriefing');

export function IncidentActions({ incident, staffGroups }: { incident: Incident; staffGroups: string[] }) {
  const what = `the incident of ${formatMoment(incident.occurredAt)}`;
  const [occurredAt, setOccurredAt] = useState(incident.occurredAt);
  const [category, setCategory] = useState<IncidentCategory>(incident.category);
  const [groups, setGroups] = useState(incident.affectedStaffGroups);
  const [notifiedAt, setNotifiedAt] = useState(incident.supervisorNotifiedAt ?? '');
  return (
    <Group gap={4}>
      <EditButton what={what} onSave={async (reason) => void (await call('incidents.update', { id: incident.id, reason, occurredAt, category, affectedStaffGroups: groups, supervisorNotifiedAt: notifiedAt || null }))}>
        {(error) => (
          <SimpleGrid cols={2}>
            <TextInput type="datetime-local" label="When it happened" value={occurredAt} onChange={(e) => setOccurredAt(e.currentTarget.value)} error={error?.fieldMessage('occurredAt')} required />
            <Select label="Category" data={incidentCategories.map((value) => ({ value, label: incidentCategoryLabels[value] }))} value={category} onChange={(v) => v && setCategory(v as IncidentCategory)} allowDeselect={false} />
            <MultiSelect label="Staff groups affected" description="Units only, never people" data={staffGroups} value={groups} onChange={setGroups} error={error?.fieldMessage('affectedStaffGroups')} />
            <TextInput type="datetime-local" label="Supervisor notified you at" value={notifiedAt} onChange={(e) => setNotifiedAt(e.currentTarget.value)} error={error?.fieldMessage('supervisorNotifiedAt')} />
          </SimpleGrid>
        )}
      </EditButton>
      <VoidButton
        what={what}
        consequence="Its defusings, debriefings and deployments, with their pending overtime requests, are voided with it."
        undo={{ action: 'incidents.void', id: incident.id }}
        onVoid={async (reason) => void (await call('incidents.void', { id: incident.id, reason }))}
      />
    </Group>
  );
}

export function AssessmentActions({ incident }: { incident: Incident }) {
  const recorded = incident.assessment;
  const [assessedAt, setAssessedAt] = useState(recorded?.assessedAt ?? '');
  const [assessedWith, setAssessedWith] = useState<MentalHealthProfessional>(recorded?.assessedWith ?? 'eap');
  const [decision, setDecision] = useState<AssessmentDecision | null>(recorded?.decision ?? null);
  const [followUpsDueOn, setFollowUpsDueOn] = useState(recorded?.followUpsDueOn ?? '');
  const what = "the incident's assessment";
  return (
    <Group gap={4}>
      <EditButton
        what={what}
        onSave={async (reason) =>
          void (await call('incidents.assess', { incidentId: incident.id, reason, assessedAt, assessedWith, decision: decision as AssessmentDecision, followUpsDueOn: followUpsDueOn || null }))
        }
      >
        {(error) => (
          <SimpleGrid cols={2}>
            <TextInput type="datetime-local" label="Assessed at" value={assessedAt} onChange={(e) => setAssessedAt(e.currentTarget.value)} error={error?.fieldMessage('assessedAt')} required />
            <Select label="Assessed with (§7)" data={mentalHealthProfessionals.map((value) => ({ value, label: mentalHealthProfessionalLabels[value] }))} value={assessedWith} onChange={(v) => v && setAssessedWith(v as MentalHealthProfessional)} allowDeselect={false} />
            <Select label="Decision" data={assessmentDecisions.map((value) => ({ value, label: decisionLabels[value] }))} value={decision} onChange={(v) => setDecision(v as AssessmentDecision | null)} error={error?.fieldMessage('decision')} required />
            <TextInput type="date" label="Follow-ups due" value={followUpsDueOn} onChange={(e) => setFollowUpsDueOn(e.currentTarget.value)} error={error?.fieldMessage('followUpsDueOn')} />
          </SimpleGrid>
        )}
      </EditButton>
      <VoidButton what={what} verb="Clear" past="Cleared" consequence="The incident waits for its assessment again (§7)." onVoid={async (reason) => void (await call('incidents.clearAssessment', { id: incident.id, reason }))} />
    </Group>
  );
}

export function InterventionActions({ intervention }: { intervention: Intervention }) {
  const what = `the ${kindLabel(intervention.kind)} of ${formatMoment(intervention.heldAt)}`;
  const [kind, setKind] = useState<InterventionKind>(intervention.kind);
  const [heldAt, setHeldAt] = useState(intervention.heldAt);
  const [durationHours, setDuration] = useState<number | string>(intervention.durationHours);
  const [sworn, setSworn] = useState<number | string>(intervention.attendeesSworn);
  const [nonSworn, setNonSworn] = useState<number | string>(intervention.attendeesNonSworn);
  return (
    <Group gap={4} wrap="nowrap">
      <EditButton
        what={what}
        onSave={async (reason) =>
          void (await call('incidents.updateIntervention', { id: intervention.id, reason, kind, heldAt, durationHours: numberOf(durationHours), attendeesSworn: numberOf(sworn), attendeesNonSworn: numberOf(nonSworn) }))
        }
      >
        {(error) => (
          <SimpleGrid cols={2}>
            <Select label="Session" data={interventionKinds.map((value) => ({ value, label: value === 'defusing' ? 'Defusing' : 'Debriefing' }))} value={kind} onChange={(v) => v && setKind(v as InterventionKind)} allowDeselect={false} />
            <TextInput type="datetime-local" label="Held at" value={heldAt} onChange={(e) => setHeldAt(e.currentTarget.value)} error={error?.fieldMessage('heldAt')} required />
            <NumberInput label="Hours" value={durationHours} onChange={setDuration} min={0.25} max={24} step={0.25} error={error?.fieldMessage('durationHours')} />
            <NumberInput label="Sworn attendees" value={sworn} onChange={setSworn} min={0} allowDecimal={false} error={error?.fieldMessage('attendeesSworn')} />
            <NumberInput label="Non-sworn attendees" value={nonSworn} onChange={setNonSworn} min={0} allowDecimal={false} error={error?.fieldMessage('attendeesNonSworn')} />
          </SimpleGrid>
        )}
      </EditButton>
      <VoidButton what={what} consequence="Refused while members are deployed to it: void those deployments first." undo={{ action: 'incidents.voidIntervention', id: intervention.id }} onVoid={async (reason) => void (await call('incidents.voidIntervention', { id: intervention.id, reason }))} />
    </Group>
  );
}

export function DeploymentActions({ deployment }: { deployment: Incident['deployments'][number] }) {
  const what = `${deployment.memberName}'s deployment`;
  const [hours, setHours] = useState<number | string>(deployment.hours);
  const [overtime, setOvertime] = useState<number | string>(deployment.overtimeHours);
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <EditButton
        what={what}
        onSave={async (reason) =>
          void (await call('incidents.updateDeployment', { id: deployment.id, reason, interventionId: deployment.interventionId, memberId: deployment.memberId, hours: numberOf(hours), overtimeHours: numberOf(overtime) }))
        }
      >
        {(error) => (
          <SimpleGrid cols={2}>
            <NumberInput label="Hours" value={hours} onChange={setHours} min={0} max={24} step={0.25} error={error?.fieldMessage('hours')} />
            <NumberInput label="Of which overtime" description="Its pending request follows; a decided one stands (§9)" value={overtime} onChange={setOvertime} min={0} max={24} step={0.25} error={error?.fieldMessage('overtimeHours')} />
          </SimpleGrid>
        )}
      </EditButton>
      <VoidButton what={what} consequence="Its pending overtime request is voided with it; one the manager decided must be corrected first." undo={{ action: 'incidents.voidDeployment', id: deployment.id }} onVoid={async (reason) => void (await call('incidents.voidDeployment', { id: deployment.id, reason }))} />
    </Group>
  );
}

const memberOptions = (members: Member[]) => members.map((m) => ({ value: String(m.id), label: m.displayName }));

/** §5.C: a notice's date, kind and reporting member, corrected; or voided when entered in error. */
export function NoticeActions({ notice, members }: { notice: ExceptionNotice; members: Member[] }) {
  const what = `the notice of ${formatDate(notice.occurredOn)}`;
  const [memberId, setMemberId] = useState(String(notice.memberId));
  const [category, setCategory] = useState<ExceptionCategory>(notice.category);
  const [occurredOn, setOccurredOn] = useState(notice.occurredOn);
  const [notifiedAt, setNotifiedAt] = useState(notice.coordinatorNotifiedAt);
  return (
    <Group gap={4} wrap="nowrap">
      <EditButton what={what} onSave={async (reason) => void (await call('notices.update', { id: notice.id, reason, memberId: Number(memberId), category, occurredOn, coordinatorNotifiedAt: notifiedAt }))}>
        {(error) => (
          <SimpleGrid cols={2}>
            <Select label="Reporting member" data={memberOptions(members)} value={memberId} onChange={(v) => v && setMemberId(v)} searchable allowDeselect={false} error={error?.fieldMessage('memberId')} />
            <Select label="Kind (§5.B)" data={exceptionCategories.map((value) => ({ value, label: exceptionCategoryLabels[value] }))} value={category} onChange={(v) => v && setCategory(v as ExceptionCategory)} allowDeselect={false} />
            <TextInput type="date" label="Occurred on" value={occurredOn} onChange={(e) => setOccurredOn(e.currentTarget.value)} error={error?.fieldMessage('occurredOn')} required />
            <TextInput type="datetime-local" label="You were notified at" value={notifiedAt} onChange={(e) => setNotifiedAt(e.currentTarget.value)} error={error?.fieldMessage('coordinatorNotifiedAt')} required />
          </SimpleGrid>
        )}
      </EditButton>
      <VoidButton what={what} undo={{ action: 'notices.void', id: notice.id }} onVoid={async (reason) => void (await call('notices.void', { id: notice.id, reason }))} />
    </Group>
  );
}

/**
 * §3.B, §9: a pending request recorded on its own is corrected or voided here; a deployment's
 * is corrected through its deployment. A decision recorded wrongly is corrected with a reason,
 * or taken back to pending.
 */
export function OvertimeActions({ request, members }: { request: OvertimeRequest; members: Member[] }) {
  const what = `${request.memberName}'s overtime of ${formatDate(request.workedOn)}`;
  const [memberId, setMemberId] = useState(String(request.memberId));
  const [workedOn, setWorkedOn] = useState(request.workedOn);
  const [hours, setHours] = useState<number | string>(request.hours);
  const [activity, setActivity] = useState<OvertimeActivity>(request.activity);
  const [decision, setDecision] = useState<OvertimeDecision>(request.decision);
  const [managerName, setManagerName] = useState(request.managerName ?? '');
  const [decidedOn, setDecidedOn] = useState(request.decidedOn ?? '');
  if (request.decision !== 'pending') {
    const pending = decision === 'pending';
    return (
      <EditButton
        what={`the decision on ${what}`}
        onSave={async (reason) => void (await call('overtime.correctDecision', { id: request.id, reason, decision, managerName: pending ? null : managerName, decidedOn: pending ? null : decidedOn || null }))}
      >
        {(error) => (
          <SimpleGrid cols={3}>
            <Select label="Decision" data={overtimeDecisions.map((value) => ({ value, label: decisionWords[value] }))} value={decision} onChange={(v) => v && setDecision(v as OvertimeDecision)} allowDeselect={false} />
            <TextInput label="Manager" value={managerName} onChange={(e) => setManagerName(e.currentTarget.value)} disabled={pending} error={error?.fieldMessage('managerName')} {...freeText('overtime.managerName')} />
            <TextInput type="date" label="Decided on" value={decidedOn} onChange={(e) => setDecidedOn(e.currentTarget.value)} disabled={pending} error={error?.fieldMessage('decidedOn')} />
          </SimpleGrid>
        )}
      </EditButton>
    );
  }
  if (request.deploymentId !== null) return null;
  return (
    <Group gap={4} wrap="nowrap">
      <EditButton what={what} onSave={async (reason) => void (await call('overtime.update', { id: request.id, reason, memberId: Number(memberId), workedOn, hours: numberOf(hours), activity, incidentId: request.incidentId }))}>
        {(error) => (
          <SimpleGrid cols={2}>
            <Select label="Member" data={memberOptions(members)} value={memberId} onChange={(v) => v && setMemberId(v)} searchable allowDeselect={false} error={error?.fieldMessage('memberId')} />
            <TextInput type="date" label="Worked on" value={workedOn} onChange={(e) => setWorkedOn(e.currentTarget.value)} error={error?.fieldMessage('workedOn')} required />
            <NumberInput label="Hours" value={hours} onChange={setHours} min={0.25} max={24} step={0.25} error={error?.fieldMessage('hours')} />
            <Select
              label="Activity"
              data={overtimeActivities.filter((value) => value !== 'deployment').map((value) => ({ value, label: overtimeActivityLabels[value] }))}
              value={activity}
              onChange={(v) => v && setActivity(v as OvertimeActivity)}
              allowDeselect={false}
            />
          </SimpleGrid>
        )}
      </EditButton>
      <VoidButton what={what} undo={{ action: 'overtime.void', id: request.id }} onVoid={async (reason) => void (await call('overtime.void', { id: request.id, reason }))} />
    </Group>
  );
}
