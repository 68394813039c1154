import { Badge, Button, Divider, Drawer, Group, List, Loader, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { candidateDecisionLabels, decisionReasonLabels, interviewAreaLabels, interviewAreas, recommendationLabels, stageLabels, type Candidate, type CriterionOutcome } from '../../../shared/selection';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ConfirmModal, unlessAsking } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { ApprovalForm, ContactForm, DecisionForm, EligibilityForm, ExceptionForm, InterviewForm } from './StageForms';

const outcomeText: Record<CriterionOutcome, string> = { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' };
const outcomeColor: Record<CriterionOutcome, string> = { met: 'pine', 'not-met': 'red', unknown: 'gray' };

interface Props {
  candidateId: number | null;
  today: string;
  onClose(): void;
}

/** One candidate: sealed nominations, each criterion with its clause, and the next step's form. */
export function CandidateDrawer({ candidateId, today, onClose }: Props) {
  const candidate = useChannel('selection.candidate', { candidateId: candidateId ?? 0 }, { enabled: candidateId !== null });
  const error = candidate.error?.message;
  const shown = candidate.data && candidate.data.id === candidateId ? candidate.data : null;

  return (
    <Drawer opened={candidateId !== null} onClose={unlessAsking(onClose)} position="right" size="xl" title={shown ? shown.displayName : 'Candidate'}>
      {error && <ErrorAlert error={error} title="Could not load the candidate" />}
      {!shown && !error && <Loader aria-label="Loading candidate" />}
      {shown && <CandidateDetail candidate={shown} today={today} />}
    </Drawer>
  );
}

function CandidateDetail({ candidate, today }: { candidate: Candidate; today: string }) {
  const closed = candidate.decision !== null && candidate.decision !== 'deferred';
  const steps = { candidate, today };
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light">{stageLabels[candidate.stage]}</Badge>
        <Text size="sm">
          {[candidate.jobTitle, candidate.staffGroup, candidate.sworn ? 'Sworn' : 'Non-sworn'].filter(Boolean).join(' · ')}
        </Text>
      </Group>
      <SealedNominations candidate={candidate} />
      <Divider />
      <Text fw={600}>Criteria (§2.B–F)</Text>
      <Table aria-label="Selection criteria">
        <Table.Tbody>
          {candidate.criteria.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.section}</Table.Td>
              <Table.Td>{c.label}</Table.Td>
              <Table.Td>
                <Badge color={outcomeColor[c.outcome]} variant="light" styles={{ label: { textTransform: 'none' } }}>
                  {outcomeText[c.outcome]}
                </Badge>
                {c.exceptedBy && (
                  <Text size="xs">
                    Chief's exception {c.exceptedBy.reference}, {formatDate(c.exceptedBy.approvedOn)}
                    {c.exceptedBy.decidedBy ? `, by ${c.exceptedBy.decidedBy}` : ''} (§10)
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <History candidate={candidate} />
      {closed ? (
        <OutcomeActions candidate={candidate} />
      ) : (
        <NextStep key={`${candidate.stage}-${candidate.awaitingApproval.join()}-${candidate.criteria.filter((c) => c.exceptedBy).length}`} {...steps} />
      )}
    </Stack>
  );
}

type Step = 'contact' | 'eligibility' | 'approval' | 'interview' | 'exception' | 'decide';
const stepLabels: Record<Step, string> = {
  contact: 'the contact',
  eligibility: 'eligibility',
  approval: 'an approval',
  interview: 'the interview',
  exception: "a Chief's exception",
  decide: 'the decision',
};

/** §2.B–F in order: the one stage that comes next. */
function nextStepOf(c: Candidate): Step {
  if (!c.contact) return 'contact';
  if (!c.eligibility) return 'eligibility';
  if (c.awaitingApproval.length > 0) return 'approval';
  if (!c.interview) return 'interview';
  return 'decide';
}

/**
 * The one next step of an open candidate, under its history; a Chief's exception (§10) and
 * an early decision (not selecting, a withdrawal) are a deliberate click away.
 */
function NextStep(props: { candidate: Candidate; today: string }) {
  const { candidate } = props;
  const next = nextStepOf(candidate);
  const [step, setStep] = useState<Step>(next);
  const exceptable = candidate.criteria.some((c) => c.outcome !== 'met' && !c.exceptedBy);
  const others = (['exception', 'decide'] as const).filter((s) => s !== step && (s === 'exception' ? exceptable : candidate.contact !== null));
  return (
    <Stack gap="sm">
      <Divider />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {step === next ? 'Next step' : `Out of order: the next step is ${stepLabels[next]}`}
        </Text>
        <Group gap="xs">
          {step !== next && (
            <Button size="compact-sm" variant="subtle" onClick={() => setStep(next)}>
              Back to {stepLabels[next]}
            </Button>
          )}
          {others.map((s) => (
            <Button key={s} size="compact-sm" variant="default" onClick={() => setStep(s)}>
              {s === 'exception' ? "Record a Chief's exception (§10)…" : 'Decide now…'}
            </Button>
          ))}
        </Group>
      </Group>
      {step === 'contact' && <ContactForm {...props} />}
      {step === 'eligibility' && <EligibilityForm {...props} />}
      {step === 'approval' && <ApprovalForm {...props} />}
      {step === 'interview' && <InterviewForm {...props} />}
      {step === 'exception' && <ExceptionForm {...props} />}
      {step === 'decide' && <DecisionForm {...props} />}
    </Stack>
  );
}

/** §2.A: who nominated stays sealed; revealing it is deliberate, confirmed and audited. */
function SealedNominations({ candidate }: { candidate: Candidate }) {
  const [asking, setAsking] = useState<number | null>(null);
  const [revealed, setRevealed] = useState<Record<number, string>>({});
  const { busy, error, run } = useAction(async (nominationId: number) => {
    const { nominatedBy } = await call('selection.revealNominator', { nominationId });
    setRevealed((r) => ({ ...r, [nominationId]: nominatedBy }));
    setAsking(null);
  });
  return (
    <Stack gap={4}>
      <Text fw={600}>
        {candidate.nominations === 1 ? 'One nomination' : `${candidate.nominations} nominations`}
      </Text>
      <List size="sm" spacing={4}>
        {candidate.nominationsReceived.map((n) => (
          <List.Item key={n.id}>
            <Group gap="xs">
              <span>Received {formatDate(n.receivedOn)} · nominated by</span>
              {n.nominatorPurged ? (
                <Text size="sm" c="dimmed">
                  purged after the retention period (§2.A)
                </Text>
              ) : revealed[n.id] ? (
                <strong>{revealed[n.id]}</strong>
              ) : (
                <>
                  <Badge variant="outline" color="gray" styles={{ label: { textTransform: 'none' } }}>
                    Sealed
                  </Badge>
                  <Button size="compact-xs" variant="subtle" onClick={() => setAsking(n.id)}>
                    Reveal…
                  </Button>
                </>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <ConfirmModal
        opened={asking !== null}
        title="Reveal the nominator?"
        confirmLabel="Reveal and record it"
        cancelLabel="Keep sealed"
        busy={busy}
        error={error?.message ?? null}
        onConfirm={() => asking !== null && void run(asking)}
        onCancel={() => setAsking(null)}
      >
        Nominations are confidential (§2.A). Revealing the nominator is written to the audit log with the time. It is never exported or printed.
      </ConfirmModal>
    </Stack>
  );
}

function History({ candidate }: { candidate: Candidate }) {
  const rows: [string, string][] = [['Nominated', formatDate(candidate.nominatedOn)]];
  if (candidate.contact) rows.push(['Contacted', `${formatDate(candidate.contact.contactedOn)} · ${[candidate.contact.workPhone, candidate.contact.mobilePhone].filter(Boolean).join(', ')}`]);
  if (candidate.eligibility) rows.push(['Eligibility assessed', formatDate(candidate.eligibility.assessedOn)]);
  for (const role of ['supervisor', 'manager'] as const) {
    const a = candidate.approvals[role];
    if (a) rows.push([role === 'supervisor' ? 'Supervisor' : 'Manager', `${a.approved ? 'Approved' : 'Declined'} by ${a.approverName}, ${formatDate(a.decidedOn)}`]);
  }
  if (candidate.interview) {
    const { interview } = candidate;
    rows.push(['Interview', `${formatDate(interview.heldOn)} · ${interview.panel.join(', ')} · ${interviewAreas.map((a) => `${interviewAreaLabels[a].replace(/ \(.*\)/, '')} ${interview.scores[a]}`).join(', ')} · ${recommendationLabels[interview.recommendation]}`]);
  }
  if (candidate.outcome) rows.push(['Decision', `${candidateDecisionLabels[candidate.outcome.decision]}, ${formatDate(candidate.outcome.decidedOn)} (${decisionReasonLabels[candidate.outcome.reason]})`]);
  return (
    <Table aria-label="Stages">
      <Table.Tbody>
        {rows.map(([stage, detail]) => (
          <Table.Tr key={stage}>
            <Table.Th w={160}>{stage}</Table.Th>
            <Table.Td>{detail}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function OutcomeActions({ candidate }: { candidate: Candidate }) {
  const { busy, error, run } = useAction(async () => {
    const saved = await call('selection.letter', { candidateId: candidate.id });
    if (saved.saved) notifications.show({ message: `Saved ${saved.fileName}` });
  });
  if (candidate.decision !== 'selected' && candidate.decision !== 'not-selected') return null;
  return (
    <Stack gap="xs">
      {candidate.decision === 'selected' && <Text size="sm">Added to the roster, training pending (§8): not deployable and not on the intranet list until the required courses are recorded.</Text>}
      <ErrorAlert error={error?.message ?? null} title="Not saved" />
      <Group>
        <Button variant="default" loading={busy} onClick={() => void run()}>
          Save {candidate.decision === 'selected' ? 'selection' : 'outcome'} letter (PDF)…
        </Button>
      </Group>
    </Stack>
  );
}
