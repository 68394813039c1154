import { Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, TagsInput, Text, TextInput } from '@mantine/core';
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
import { ConfirmModal } from '../../components/ConfirmModal';
import { formatDate } from '../../format';
import { StepForm } from './StepForm';

interface StepProps {
  candidate: Candidate;
  today: string;
}

/** An attestation not answered yet: the form starts with none, so nothing is recorded by default. */
type Answer = 'yes' | 'no' | 'unknown' | '';
const answerValue = (a: Answer): boolean | null => (a === 'yes' ? true : a === 'no' ? false : null);
const chooseOne = 'Choose one';

/** A §2.C–E attestation: yes, no, or not known, chosen deliberately. Never a reason. */
function Attestation({ label, value, onChange, missing }: { label: string; value: Answer; onChange(v: Answer): void; missing: boolean }) {
  return (
    <Radio.Group label={label} value={value} onChange={(v) => onChange(v as Answer)} error={missing && value === '' ? chooseOne : undefined} required>
      <Group gap="md" mt={4}>
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
        <Radio value="unknown" label="Not known" />
      </Group>
    </Radio.Group>
  );
}

const dateField = (label: string, value: string, set: (v: string) => void, error?: string) => (
  <TextInput type="date" label={label} value={value} onChange={(e) => set(e.currentTarget.value)} error={error} required />
);

/** §2.B: the candidate wants to serve and accepts the commitment; phones carry over to the roster. */
export function ContactForm({ candidate, today }: StepProps) {
  const [contactedOn, setContactedOn] = useState(today);
  const [desireToServe, setDesire] = useState(false);
  const [commitmentAcknowledged, setCommitment] = useState(false);
  const [workPhone, setWorkPhone] = useState('');
  const [mobilePhone, setMobilePhone] = useState('');
  const [email, setEmail] = useState('');
  const { busy, error, run } = useAction(async () => {
    await call('selection.recordContact', { candidateId: candidate.id, contactedOn, desireToServe, commitmentAcknowledged, workPhone, mobilePhone, email });
  });
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
export function EligibilityForm({ candidate, today }: StepProps) {
  const [assessedOn, setAssessedOn] = useState(today);
  const [probationCompletedOn, setProbation] = useState('');
  const [fullTime, setFullTime] = useState<Answer>('');
  const [notUnderInvestigation, setInvestigation] = useState<Answer>('');
  const [notInSeriousDistress, setDistress] = useState<Answer>('');
  const [judgementAndCommunication, setJudgement] = useState<Answer>('');
  const [tried, setTried] = useState(false);
  const { busy, error, run } = useAction(async () => {
    await call('selection.recordEligibility', {
      candidateId: candidate.id,
      assessedOn,
      fullTime: answerValue(fullTime),
      probationCompletedOn: probationCompletedOn || null,
      notUnderInvestigation: answerValue(notUnderInvestigation),
      notInSeriousDistress: answerValue(notInSeriousDistress),
      judgementAndCommunication: answerValue(judgementAndCommunication),
    });
  });
  const submit = () => {
    setTried(true);
    if ([fullTime, notUnderInvestigation, notInSeriousDistress, judgementAndCommunication].every((a) => a !== '')) void run();
  };
  return (
    <StepForm title="Record eligibility (§2.C–E)" submitLabel="Record eligibility" busy={busy} error={error} onSubmit={submit}>
      <SimpleGrid cols={2}>
        {dateField('Assessed on', assessedOn, setAssessedOn, error?.fieldMessage('assessedOn'))}
        <TextInput type="date" label="Initial probation completed on" value={probationCompletedOn} onChange={(e) => setProbation(e.currentTarget.value)} error={error?.fieldMessage('probationCompletedOn')} />
      </SimpleGrid>
      <Attestation label="Full-time paid staff (§2.C)" value={fullTime} onChange={setFullTime} missing={tried} />
      <Attestation label="Not the subject of an internal investigation (§2.D)" value={notUnderInvestigation} onChange={setInvestigation} missing={tried} />
      <Attestation label="Not in serious personal problems or psychological stress (§2.D)" value={notInSeriousDistress} onChange={setDistress} missing={tried} />
      <Attestation label="Solid judgement and strong communication (§2.E)" value={judgementAndCommunication} onChange={setJudgement} missing={tried} />
      <Text size="xs" c="dimmed">
        Record your attestation only. PeerDesk keeps no details about §2.D.
      </Text>
    </StepForm>
  );
}

/** §2.F: the supervisor's and the manager's decisions, each with name and date. */
export function ApprovalForm({ candidate, today }: StepProps) {
  const [role, setRole] = useState<ApproverRole>(candidate.awaitingApproval[0] ?? 'supervisor');
  const [approverName, setName] = useState('');
  const [decidedOn, setDecidedOn] = useState(today);
  const [approved, setApproved] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const { busy, error, run } = useAction(async () => {
    await call('selection.recordApproval', { candidateId: candidate.id, role, approverName, decidedOn, approved: approved === 'approved' });
  });
  const submit = () => {
    setTried(true);
    if (approved !== null) void run();
  };
  return (
    <StepForm title="Record an approval (§2.F)" submitLabel="Record approval" busy={busy} error={error} onSubmit={submit}>
      <SimpleGrid cols={2}>
        <Select label="Approver" data={[{ value: 'supervisor', label: 'Supervisor' }, { value: 'manager', label: 'Manager' }]} value={role} onChange={(v) => v && setRole(v as ApproverRole)} allowDeselect={false} />
        <TextInput label="Name" value={approverName} onChange={(e) => setName(e.currentTarget.value)} error={error?.fieldMessage('approverName')} required {...freeText('approval.approverName')} />
        {dateField('Decided on', decidedOn, setDecidedOn, error?.fieldMessage('decidedOn'))}
        <Select label="Decision" data={[{ value: 'approved', label: 'Approved' }, { value: 'declined', label: 'Declined' }]} value={approved} onChange={setApproved} error={tried && approved === null ? chooseOne : undefined} required />
      </SimpleGrid>
    </StepForm>
  );
}

/** The structured interview: panel, a score per area, the panel's recommendation. */
export function InterviewForm({ candidate, today }: StepProps) {
  const [heldOn, setHeldOn] = useState(today);
  const [panel, setPanel] = useState<string[]>([]);
  const [scores, setScores] = useState<Partial<Record<InterviewArea, number>>>({});
  const [recommendation, setRecommendation] = useState<InterviewRecommendation | null>(null);
  const [tried, setTried] = useState(false);
  const { busy, error, run } = useAction(async () => {
    await call('selection.recordInterview', { candidateId: candidate.id, heldOn, panel, scores: scores as Record<InterviewArea, number>, recommendation: recommendation as InterviewRecommendation });
  });
  const submit = () => {
    setTried(true);
    if (interviewAreas.every((area) => scores[area] !== undefined) && recommendation !== null) void run();
  };
  return (
    <StepForm title="Record the interview" submitLabel="Record interview" busy={busy} error={error} onSubmit={submit}>
      <SimpleGrid cols={2}>
        {dateField('Held on', heldOn, setHeldOn, error?.fieldMessage('heldOn'))}
        <TagsInput label="Panel" value={panel} onChange={setPanel} error={error?.fieldMessage('panel')} {...freeText('interview.panel', 'Press Enter after each name.')} />
        {interviewAreas.map((area) => (
          <NumberInput
            key={area}
            label={interviewAreaLabels[area]}
            description="1 to 5"
            min={1}
            max={5}
            clampBehavior="strict"
            allowDecimal={false}
            value={scores[area] ?? ''}
            onChange={(v) => setScores((s) => ({ ...s, [area]: typeof v === 'number' ? v : undefined }))}
            error={tried && scores[area] === undefined ? 'Give a score from 1 to 5' : error?.fieldMessage(`scores.${area}`)}
            required
          />
        ))}
      </SimpleGrid>
      <Select label="Recommendation" data={interviewRecommendations.map((value) => ({ value, label: recommendationLabels[value] }))} value={recommendation} onChange={(v) => setRecommendation(v as InterviewRecommendation | null)} error={tried && recommendation === null ? chooseOne : undefined} required />
    </StepForm>
  );
}

/** §10: the Chief's prior written approval of an exception to one criterion. */
export function ExceptionForm({ candidate }: StepProps) {
  const open = candidate.criteria.filter((c) => c.outcome !== 'met' && !c.exceptedBy);
  const [criterion, setCriterion] = useState<EligibilityCriterionId>(open[0]?.id ?? eligibilityCriteria[0]);
  const [chiefDecision, setChiefDecision] = useState(emptyChiefDecision);
  const { busy, error, run } = useAction(async () => {
    await call('selection.recordException', { candidateId: candidate.id, criterion, chiefDecision });
  });
  if (open.length === 0) return null;
  return (
    <StepForm title="Record a Chief's written exception (§10)" submitLabel="Record exception" busy={busy} error={error} onSubmit={() => void run()}>
      <Select label="Criterion" data={open.map((c) => ({ value: c.id, label: `${c.section} ${c.label}` }))} value={criterion} onChange={(v) => v && setCriterion(v as EligibilityCriterionId)} allowDeselect={false} maw={480} />
      <ChiefDecisionFields value={chiefDecision} onChange={setChiefDecision} fieldMessage={(path) => error?.fieldMessage(path)} />
    </StepForm>
  );
}

/** What a decision does, said before it is recorded (§2, §2.A). */
const decisionConsequence: Record<CandidateDecision, string> = {
  selected: 'joins the team that day: added to the roster, training pending until the required courses are done (§8).',
  'not-selected': 'is not selected. The decision is final; the record is purged after the retention period (§2.A).',
  withdrawn: 'leaves the selection at their request. The decision is final; the record is purged after the retention period (§2.A).',
  deferred: 'is deferred: the candidate stays open and can be decided later.',
};

/**
 * The decision, with a reason category; selecting is checked against every criterion.
 * Nothing is preselected, and the decision is confirmed with what it will do first.
 */
export function DecisionForm({ candidate, today }: StepProps) {
  const [decision, setDecision] = useState<CandidateDecision | null>(null);
  const [decidedOn, setDecidedOn] = useState(today);
  const [reason, setReason] = useState<DecisionReason | null>(null);
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction(async () => {
    await call('selection.decide', { candidateId: candidate.id, decision: decision as CandidateDecision, decidedOn, reason: reason as DecisionReason });
    setConfirming(false);
  });
  const submit = () => {
    setTried(true);
    if (decision !== null && reason !== null) setConfirming(true);
  };
  return (
    <>
      <StepForm title="Decide" submitLabel="Record decision…" busy={busy} error={confirming ? null : error} onSubmit={submit}>
        <SimpleGrid cols={3}>
          <Select
            label="Decision"
            data={candidateDecisions.map((value) => ({ value, label: candidateDecisionLabels[value] }))}
            value={decision}
            onChange={(v) => setDecision(v as CandidateDecision | null)}
            error={tried && decision === null ? chooseOne : undefined}
            required
          />
          {dateField('Decided on', decidedOn, setDecidedOn, error?.fieldMessage('decidedOn'))}
          <Select
            label="Reason"
            data={decisionReasons.map((value) => ({ value, label: decisionReasonLabels[value] }))}
            value={reason}
            onChange={(v) => setReason(v as DecisionReason | null)}
            error={tried && reason === null ? chooseOne : undefined}
            required
          />
        </SimpleGrid>
      </StepForm>
      <ConfirmModal
        opened={confirming}
        title={`Record “${decision ? candidateDecisionLabels[decision] : ''}” for ${candidate.displayName}?`}
        confirmLabel="Record decision"
        busy={busy}
        error={error?.message ?? null}
        onConfirm={() => void run()}
        onCancel={() => setConfirming(false)}
      >
        {decision && reason && `On ${formatDate(decidedOn)}, for “${decisionReasonLabels[reason]}”, ${candidate.displayName} ${decisionConsequence[decision]}`}
      </ConfirmModal>
    </>
  );
}
