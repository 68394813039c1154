import { Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, TagsInput, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type * as z from 'zod';
import {
  approvalInputSchema,
  candidateDecisionLabels,
  candidateDecisions,
  contactInputSchema,
  decisionInputSchema,
  decisionReasonLabels,
  decisionReasons,
  eligibilityCriteria,
  eligibilityInputSchema,
  exceptionInputSchema,
  interviewAreaLabels,
  interviewAreas,
  interviewInputSchema,
  interviewRecommendations,
  recommendationLabels,
  type Candidate,
  type CandidateDecision,
  type DecisionReason,
  type InterviewArea,
  type InterviewRecommendation,
} from '../../../shared/selection';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { numberInputProps, objectFieldProps, optionalTextProps, showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
import { ChiefDecisionFields, emptyChiefDecision } from '../../components/ChiefDecisionFields';
import { freeText } from '../../components/free-text';
import { ConfirmModal } from '../../components/ConfirmModal';
import { formatDate } from '../../format';
import { StepForm } from './StepForm';

interface StepProps {
  candidate: Candidate;
  today: string;
}

/** An attestation: yes, no, "not known" (null), or not answered yet (undefined): nothing is recorded by default. */
type Answered = boolean | null | undefined;
const answerOf = (a: Answered): string => (a === true ? 'yes' : a === false ? 'no' : a === null ? 'unknown' : '');
const answeredBy = (v: string): Answered => (v === 'yes' ? true : v === 'no' ? false : v === 'unknown' ? null : undefined);

/** A §2.C–E attestation: yes, no, or not known, chosen deliberately. Never a reason. */
function Attestation({ label, value, onChange, error }: { label: string; value: Answered; onChange(v: Answered): void; error: ReactNode }) {
  return (
    <Radio.Group label={label} value={answerOf(value)} onChange={(v) => onChange(answeredBy(v))} error={error} required>
      <Group gap="md" mt={4}>
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
        <Radio value="unknown" label="Not known" />
      </Group>
    </Radio.Group>
  );
}

/** §2.B: the candidate wants to serve and accepts the commitment; phones carry over to the roster. */
export function ContactForm({ candidate, today }: StepProps) {
  const form = useSchemaForm<z.input<typeof contactInputSchema>>(contactInputSchema, {
    candidateId: candidate.id,
    contactedOn: today,
    desireToServe: false,
    commitmentAcknowledged: false,
    workPhone: '',
    mobilePhone: '',
    email: '',
  });
  const { busy, error, run } = useAction(
    async (values: z.input<typeof contactInputSchema>) => {
      await call('selection.recordContact', contactInputSchema.parse(values));
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  return (
    <StepForm title="Record the contact (§2.B)" submitLabel="Record contact" busy={busy} error={error} onSubmit={form.onSubmit((values) => void run(values))}>
      <TextInput type="date" label="Contacted on" {...form.getInputProps('contactedOn')} required />
      <Checkbox label="Expressed a desire to serve, voluntarily" {...form.getInputProps('desireToServe', { type: 'checkbox' })} />
      <Checkbox label="Acknowledged the minimum commitment" {...form.getInputProps('commitmentAcknowledged', { type: 'checkbox' })} />
      <SimpleGrid cols={3}>
        <TextInput label="Work phone" {...form.getInputProps('workPhone')} {...freeText('candidate.workPhone')} />
        <TextInput label="Mobile phone" {...form.getInputProps('mobilePhone')} {...freeText('candidate.mobilePhone')} />
        <TextInput label="Email" {...form.getInputProps('email')} {...freeText('candidate.email')} />
      </SimpleGrid>
    </StepForm>
  );
}

const attestations = [
  { key: 'fullTime', label: 'Full-time paid staff (§2.C)' },
  { key: 'notUnderInvestigation', label: 'Not the subject of an internal investigation (§2.D)' },
  { key: 'notInSeriousDistress', label: 'Not in serious personal problems or psychological stress (§2.D)' },
  { key: 'judgementAndCommunication', label: 'Solid judgement and strong communication (§2.E)' },
] as const;
type AttestationKey = (typeof attestations)[number]['key'];
type EligibilityFields = Omit<z.input<typeof eligibilityInputSchema>, AttestationKey> & Record<AttestationKey, Answered>;

/** §2.C–E: facts and yes/no attestations; §2.D has no place for details by design. */
export function EligibilityForm({ candidate, today }: StepProps) {
  const form = useSchemaForm<EligibilityFields>(eligibilityInputSchema, {
    candidateId: candidate.id,
    assessedOn: today,
    probationCompletedOn: null,
    fullTime: undefined,
    notUnderInvestigation: undefined,
    notInSeriousDistress: undefined,
    judgementAndCommunication: undefined,
  });
  const { busy, error, run } = useAction(
    async (values: EligibilityFields) => {
      await call('selection.recordEligibility', eligibilityInputSchema.parse(values));
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  return (
    <StepForm title="Record eligibility (§2.C–E)" submitLabel="Record eligibility" busy={busy} error={error} onSubmit={form.onSubmit((values) => void run(values))}>
      <SimpleGrid cols={2}>
        <TextInput type="date" label="Assessed on" {...form.getInputProps('assessedOn')} required />
        <TextInput type="date" label="Initial probation completed on" {...optionalTextProps(form, 'probationCompletedOn')} />
      </SimpleGrid>
      {attestations.map(({ key, label }) => (
        <Attestation key={key} label={label} value={form.values[key]} onChange={(v) => form.setFieldValue(key, v)} error={form.errors[key]} />
      ))}
      <Text size="xs" c="dimmed">
        Record your attestation only. PeerDesk keeps no details about §2.D.
      </Text>
    </StepForm>
  );
}

type ApprovalFields = Omit<z.input<typeof approvalInputSchema>, 'approved'> & { approved: boolean | null };

/** §2.F: the supervisor's and the manager's decisions, each with name and date. */
export function ApprovalForm({ candidate, today }: StepProps) {
  const form = useSchemaForm<ApprovalFields>(approvalInputSchema, {
    candidateId: candidate.id,
    role: candidate.awaitingApproval[0] ?? 'supervisor',
    approverName: '',
    decidedOn: today,
    approved: null,
  });
  const { busy, error, run } = useAction(
    async (values: ApprovalFields) => {
      await call('selection.recordApproval', approvalInputSchema.parse(values));
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  const { approved } = form.values;
  return (
    <StepForm title="Record an approval (§2.F)" submitLabel="Record approval" busy={busy} error={error} onSubmit={form.onSubmit((values) => void run(values))}>
      <SimpleGrid cols={2}>
        <Select label="Approver" data={[{ value: 'supervisor', label: 'Supervisor' }, { value: 'manager', label: 'Manager' }]} {...form.getInputProps('role')} allowDeselect={false} />
        <TextInput label="Name" {...form.getInputProps('approverName')} required {...freeText('approval.approverName')} />
        <TextInput type="date" label="Decided on" {...form.getInputProps('decidedOn')} required />
        <Select
          label="Decision"
          data={[{ value: 'approved', label: 'Approved' }, { value: 'declined', label: 'Declined' }]}
          {...form.getInputProps('approved')}
          value={approved === null ? null : approved ? 'approved' : 'declined'}
          onChange={(v) => form.setFieldValue('approved', v === null ? null : v === 'approved')}
          required
        />
      </SimpleGrid>
    </StepForm>
  );
}

type InterviewFields = Omit<z.input<typeof interviewInputSchema>, 'scores' | 'recommendation'> & {
  scores: Record<InterviewArea, number | null>;
  recommendation: InterviewRecommendation | null;
};

/** The structured interview: panel, a score per area, the panel's recommendation. */
export function InterviewForm({ candidate, today }: StepProps) {
  const form = useSchemaForm<InterviewFields>(interviewInputSchema, {
    candidateId: candidate.id,
    heldOn: today,
    panel: [],
    scores: { judgement: null, communication: null, motivation: null, confidentiality: null },
    recommendation: null,
  });
  const { busy, error, run } = useAction(
    async (values: InterviewFields) => {
      await call('selection.recordInterview', interviewInputSchema.parse(values));
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  return (
    <StepForm title="Record the interview" submitLabel="Record interview" busy={busy} error={error} onSubmit={form.onSubmit((values) => void run(values))}>
      <SimpleGrid cols={2}>
        <TextInput type="date" label="Held on" {...form.getInputProps('heldOn')} required />
        <TagsInput label="Panel" {...form.getInputProps('panel')} {...freeText('interview.panel', 'Press Enter after each name.')} />
        {interviewAreas.map((area) => (
          <NumberInput
            key={area}
            label={interviewAreaLabels[area]}
            description="1 to 5"
            min={1}
            max={5}
            clampBehavior="strict"
            allowDecimal={false}
            {...numberInputProps(form, `scores.${area}`)}
            required
          />
        ))}
      </SimpleGrid>
      <Select label="Recommendation" data={interviewRecommendations.map((value) => ({ value, label: recommendationLabels[value] }))} {...form.getInputProps('recommendation')} required />
    </StepForm>
  );
}

/** §10: the Chief's prior written approval of an exception to one criterion. */
export function ExceptionForm({ candidate }: StepProps) {
  const open = candidate.criteria.filter((c) => c.outcome !== 'met' && !c.exceptedBy);
  const form = useSchemaForm<z.input<typeof exceptionInputSchema>>(exceptionInputSchema, { candidateId: candidate.id, criterion: open[0]?.id ?? eligibilityCriteria[0], chiefDecision: emptyChiefDecision });
  const { busy, error, run } = useAction(
    async (values: z.input<typeof exceptionInputSchema>) => {
      await call('selection.recordException', exceptionInputSchema.parse(values));
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  if (open.length === 0) return null;
  return (
    <StepForm title="Record a Chief's written exception (§10)" submitLabel="Record exception" busy={busy} error={error} onSubmit={form.onSubmit((values) => void run(values))}>
      <Select label="Criterion" data={open.map((c) => ({ value: c.id, label: `${c.section} ${c.label}` }))} {...form.getInputProps('criterion')} allowDeselect={false} maw={480} />
      <ChiefDecisionFields {...objectFieldProps(form, 'chiefDecision', form.values.chiefDecision)} />
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

type DecisionFields = Omit<z.input<typeof decisionInputSchema>, 'decision' | 'reason'> & { decision: CandidateDecision | null; reason: DecisionReason | null };

/**
 * The decision, with a reason category; selecting is checked against every criterion.
 * Nothing is preselected, and the decision is confirmed with what it will do first.
 */
export function DecisionForm({ candidate, today }: StepProps) {
  const form = useSchemaForm<DecisionFields>(decisionInputSchema, { candidateId: candidate.id, decision: null, decidedOn: today, reason: null });
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction(
    async (values: DecisionFields) => {
      await call('selection.decide', decisionInputSchema.parse(values));
      setConfirming(false);
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  const { decision, decidedOn, reason } = form.values;
  return (
    <>
      <StepForm title="Decide" submitLabel="Record decision…" busy={busy} error={confirming ? null : error} onSubmit={form.onSubmit(() => setConfirming(true))}>
        <SimpleGrid cols={3}>
          <Select label="Decision" data={candidateDecisions.map((value) => ({ value, label: candidateDecisionLabels[value] }))} {...form.getInputProps('decision')} required />
          <TextInput type="date" label="Decided on" {...form.getInputProps('decidedOn')} required />
          <Select label="Reason" data={decisionReasons.map((value) => ({ value, label: decisionReasonLabels[value] }))} {...form.getInputProps('reason')} required />
        </SimpleGrid>
      </StepForm>
      <ConfirmModal
        opened={confirming}
        title={`Record “${decision ? candidateDecisionLabels[decision] : ''}” for ${candidate.displayName}?`}
        confirmLabel="Record decision"
        busy={busy}
        error={error?.message ?? null}
        onConfirm={() => void run(form.getValues())}
        onCancel={() => setConfirming(false)}
      >
        {decision && reason && `On ${formatDate(decidedOn)}, for “${decisionReasonLabels[reason]}”, ${candidate.displayName} ${decisionConsequence[decision]}`}
      </ConfirmModal>
    </>
  );
}
