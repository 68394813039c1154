import { Checkbox, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  candidateDecisionLabels,
  candidateDecisions,
  decisionReasonLabels,
  decisionReasons,
  eligibilityCriteria,
  interviewAreaLabels,
  interviewAreas,
  interviewRecommendations,
  recommendationLabels,
  type ApproverRole,
  type Candidate,
  type CandidateDecision,
  type DecisionReason,
  type EligibilityCriterionId,
  type InterviewArea,
  type InterviewRecommendation,
} from '../../../shared/selection';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { ChiefDecisionFields, emptyChiefDecision } from '../../components/ChiefDecisionFields';
import { freeText } from '../../components/free-text';
import { StepForm } from './StepForm';

interface StepProps {
  candidate: Candidate;
  today: string;
  onSaved(next: Candidate): void;
}

/** A §2.C–E attestation: yes, no, or not yet known. Never a reason. */
function Attestation({ label, value, onChange }: { label: string; value: boolean | null; onChange(v: boolean | null): void }) {
  return (
    <Stack gap={2}>
      <Text size="sm" id={`att-${label}`}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={`att-${label}`}
        size="xs"
        data={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'unknown', label: 'Not known' },
        ]}
        value={value === null ? 'unknown' : value ? 'yes' : 'no'}
        onChange={(v) => onChange(v === 'unknown' ? null : v === 'yes')}
      />
    </Stack>
  );
}

const dateField = (label: string, value: string, set: (v: string) => void, error?: string) => (
  <TextInput type="date" label={label} value={value} onChange={(e) => set(e.currentTarget.value)} error={error} required />
);

/** §2.B: the candidate wants to serve and accepts the commitment; phones carry over to the roster. */
export function ContactForm({ candidate, today, onSaved }: StepProps) {
  const [contactedOn, setContactedOn] = useState(today);
  const [desireToServe, setDesire] = useState(true);
  const [commitmentAcknowledged, setCommitment] = useState(true);
  const [workPhone, setWorkPhone] = useState('');
  const [mobilePhone, setMobilePhone] = useState('');
  const [email, setEmail] = useState('');
  const { busy, error, run } = useAction(async () => onSaved(await call('selection.recordContact', { candidateId: candidate.id, contactedOn, desireToServe, commitmentAcknowledged, workPhone, mobilePhone, email })));
  return (
    <StepForm title="Record the contact (§2.B)" submitLabel="Record contact" busy={busy} error={error} onSubmit={() => void run()}>
      {dateField('Contacted on', contactedOn, setContactedOn, error?.fieldMessage('contactedOn'))}
      <Checkbox label="Expressed a desire to serve, voluntarily" checked={desireToServe} onChange={(e) => setDesire(e.currentTarget.checked)} />
      <Checkbox label="Acknowledged the minimum commitment" checked={commitmentAcknowledged} onChange={(e) => setCommitment(e.currentTarget.checked)} />
      <SimpleGrid cols={3}>
        <TextInput label="Work phone" value={workPhone} onChange={(e) => setWorkPhone(e.currentTarget.value)} error={error?.fieldMessage('workPhone')} {...freeText('candidate.workPhone')} />
        <TextInput label="Mobile phone" value={mobilePhone} onChange={(e) => setMobilePhone(e.currentTarget.value)} error={error?.fieldMessage('mobilePhone')} {...freeText('candidate.mobilePhone')} />
        <TextInput label="Email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={error?.fieldMessage('email')} {...freeText('candidate.email')} />
      </SimpleGrid>
    </StepForm>
  );
}

/** §2.C–E: facts and yes/no attestations; §2.D has no place for details by design. */
export function EligibilityForm({ candidate, today, onSaved }: StepProps) {
  const [assessedOn, setAssessedOn] = useState(today);
  const [probationCompletedOn, setProbation] = useState('');
  const [fullTime, setFullTime] = useState<boolean | null>(null);
  const [notUnderInvestigation, setInvestigation] = useState<boolean | null>(null);
  const [notInSeriousDistress, setDistress] = useState<boolean | null>(null);
  const [judgementAndCommunication, setJudgement] = useState<boolean | null>(null);
  const { busy, error, run } = useAction(async () =>
    onSaved(
      await call('selection.recordEligibility', {
        candidateId: candidate.id,
        assessedOn,
        fullTime,
        probationCompletedOn: probationCompletedOn || null,
        notUnderInvestigation,
        notInSeriousDistress,
        judgementAndCommunication,
      }),
    ),
  );
  return (
    <StepForm title="Record eligibility (§2.C–E)" submitLabel="Record eligibility" busy={busy} error={error} onSubmit={() => void run()}>
      <SimpleGrid cols={2}>
        {dateField('Assessed on', assessedOn, setAssessedOn, error?.fieldMessage('assessedOn'))}
        <TextInput type="date" label="Initial probation completed on" value={probationCompletedOn} onChange={(e) => setProbation(e.currentTarget.value)} error={error?.fieldMessage('probationCompletedOn')} />
      </SimpleGrid>
      <Attestation label="Full-time paid staff (§2.C)" value={fullTime} onChange={setFullTime} />
      <Attestation label="Not the subject of an internal investigation (§2.D)" value={notUnderInvestigation} onChange={setInvestigation} />
      <Attestation label="Not in serious personal problems or psychological stress (§2.D)" value={notInSeriousDistress} onChange={setDistress} />
      <Attestation label="Solid judgement and strong communication (§2.E)" value={judgementAndCommunication} onChange={setJudgement} />
      <Text size="xs" c="dimmed">
        Record your attestation only. PeerDesk keeps no details about §2.D.
      </Text>
    </StepForm>
  );
}

/** §2.F: the supervisor's and the manager's decisions, each with name and date. */
export function ApprovalForm({ candidate, today, onSaved }: StepProps) {
  const [role, setRole] = useState<ApproverRole>(candidate.awaitingApproval[0] ?? 'supervisor');
  const [approverName, setName] = useState('');
  const [decidedOn, setDecidedOn] = useState(today);
  const [approved, setApproved] = useState('approved');
  const { busy, error, run } = useAction(async () => onSaved(await call('selection.recordApproval', { candidateId: candidate.id, role, approverName, decidedOn, approved: approved === 'approved' })));
  return (
    <StepForm title="Record an approval (§2.F)" submitLabel="Record approval" busy={busy} error={error} onSubmit={() => void run()}>
      <SimpleGrid cols={2}>
        <Select label="Approver" data={[{ value: 'supervisor', label: 'Supervisor' }, { value: 'manager', label: 'Manager' }]} value={role} onChange={(v) => v && setRole(v as ApproverRole)} allowDeselect={false} />
        <TextInput label="Name" value={approverName} onChange={(e) => setName(e.currentTarget.value)} error={error?.fieldMessage('approverName')} required {...freeText('approval.approverName')} />
        {dateField('Decided on', decidedOn, setDecidedOn, error?.fieldMessage('decidedOn'))}
        <Select label="Decision" data={[{ value: 'approved', label: 'Approved' }, { value: 'declined', label: 'Declined' }]} value={approved} onChange={(v) => v && setApproved(v)} allowDeselect={false} />
      </SimpleGrid>
    </StepForm>
  );
}

/** The structured interview: panel, a score per area, the panel's recommendation. */
export function InterviewForm({ candidate, today, onSaved }: StepProps) {
  const [heldOn, setHeldOn] = useState(today);
  const [panel, setPanel] = useState<string[]>([]);
  const [scores, setScores] = useState<Record<InterviewArea, number>>({ judgement: 3, communication: 3, motivation: 3, confidentiality: 3 });
  const [recommendation, setRecommendation] = useState<InterviewRecommendation>('recommend');
  const { busy, error, run } = useAction(async () => onSaved(await call('selection.recordInterview', { candidateId: candidate.id, heldOn, panel, scores, recommendation })));
  return (
    <StepForm title="Record the interview" submitLabel="Record interview" busy={busy} error={error} onSubmit={() => void run()}>
      <SimpleGrid cols={2}>
        {dateField('Held on', heldOn, setHeldOn, error?.fieldMessage('heldOn'))}
        <TagsInput label="Panel" value={panel} onChange={setPanel} error={error?.fieldMessage('panel')} {...freeText('interview.panel', 'Press Enter after each name.')} />
        {interviewAreas.map((area) => (
          <NumberInput key={area} label={interviewAreaLabels[area]} min={1} max={5} value={scores[area]} onChange={(v) => setScores((s) => ({ ...s, [area]: Number(v) || 1 }))} />
        ))}
      </SimpleGrid>
      <Select label="Recommendation" data={interviewRecommendations.map((value) => ({ value, label: recommendationLabels[value] }))} value={recommendation} onChange={(v) => v && setRecommendation(v as InterviewRecommendation)} allowDeselect={false} />
    </StepForm>
  );
}

/** §10: the Chief's prior written approval of an exception to one criterion. */
export function ExceptionForm({ candidate, onSaved }: StepProps) {
  const open = candidate.criteria.filter((c) => c.outcome !== 'met' && !c.exceptedBy);
  const [criterion, setCriterion] = useState<EligibilityCriterionId>(open[0]?.id ?? eligibilityCriteria[0]);
  const [chiefDecision, setChiefDecision] = useState(emptyChiefDecision);
  const { busy, error, run } = useAction(async () => onSaved(await call('selection.recordException', { candidateId: candidate.id, criterion, chiefDecision })));
  if (open.length === 0) return null;
  return (
    <StepForm title="Record a Chief's written exception (§10)" submitLabel="Record exception" busy={busy} error={error} onSubmit={() => void run()}>
      <Select label="Criterion" data={open.map((c) => ({ value: c.id, label: `${c.section} ${c.label}` }))} value={criterion} onChange={(v) => v && setCriterion(v as EligibilityCriterionId)} allowDeselect={false} maw={480} />
      <ChiefDecisionFields value={chiefDecision} onChange={setChiefDecision} fieldMessage={(path) => error?.fieldMessage(path)} />
    </StepForm>
  );
}

/** The decision, with a reason category; selecting is checked against every criterion. */
export function DecisionForm({ candidate, today, onSaved }: StepProps) {
  const [decision, setDecision] = useState<CandidateDecision>(candidate.selectable ? 'selected' : 'not-selected');
  const [decidedOn, setDecidedOn] = useState(today);
  const [reason, setReason] = useState<DecisionReason>(candidate.selectable ? 'meets-all-criteria' : 'criteria-not-met');
  const { busy, error, run } = useAction(async () => onSaved(await call('selection.decide', { candidateId: candidate.id, decision, decidedOn, reason })));
  return (
    <StepForm title="Decide" submitLabel="Record decision" busy={busy} error={error} onSubmit={() => void run()}>
      <SimpleGrid cols={3}>
        <Select label="Decision" data={candidateDecisions.map((value) => ({ value, label: candidateDecisionLabels[value] }))} value={decision} onChange={(v) => v && setDecision(v as CandidateDecision)} allowDeselect={false} />
        {dateField('Decided on', decidedOn, setDecidedOn, error?.fieldMessage('decidedOn'))}
        <Select label="Reason" data={decisionReasons.map((value) => ({ value, label: decisionReasonLabels[value] }))} value={reason} onChange={(v) => v && setReason(v as DecisionReason)} allowDeselect={false} />
      </SimpleGrid>
    </StepForm>
  );
}
