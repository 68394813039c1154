import * as z from 'zod';
import { isoDateSchema, type IsoDate } from './calendar';
import { correctionReasonSchema } from './corrections';
import { chiefDecisionSchema, emailSchema, phoneSchema } from './members';
import { plainText } from './text';

/**
 * §2 selection of new peer supporters: recruitment rounds, sealed nominations, and each
 * candidate's dated stages up to the decision. Eligibility under §2.D is the Coordinator's
 * yes/no attestation only: there is no place to write why.
 */
export const candidateStages = ['nominated', 'contacted', 'eligibility', 'approvals', 'interview', 'decided'] as const;
export type CandidateStage = (typeof candidateStages)[number];
export const stageLabels: Record<CandidateStage, string> = {
  nominated: 'Nominated',
  contacted: 'Contacted',
  eligibility: 'Eligibility',
  approvals: 'Approvals',
  interview: 'Interview',
  decided: 'Decided',
};

export const candidateDecisions = ['selected', 'not-selected', 'withdrawn', 'deferred'] as const;
export type CandidateDecision = (typeof candidateDecisions)[number];
export const candidateDecisionLabels: Record<CandidateDecision, string> = {
  selected: 'Selected',
  'not-selected': 'Not selected',
  withdrawn: 'Withdrawn',
  deferred: 'Deferred',
};

/** Why a decision was taken, as categories: the record never holds a narrative. */
export const decisionReasons = ['meets-all-criteria', 'criteria-not-met', 'approval-declined', 'interview-outcome', 'team-composition', 'candidate-request', 'timing', 'other'] as const;
export type DecisionReason = (typeof decisionReasons)[number];
export const decisionReasonLabels: Record<DecisionReason, string> = {
  'meets-all-criteria': 'Meets all criteria',
  'criteria-not-met': 'A criterion is not met',
  'approval-declined': 'Supervisor or manager declined',
  'interview-outcome': 'Interview outcome',
  'team-composition': 'Team composition (§2.A)',
  'candidate-request': "Candidate's request",
  timing: 'Timing',
  other: 'Other',
};

export const approverRoles = ['supervisor', 'manager'] as const;
export type ApproverRole = (typeof approverRoles)[number];

export const interviewRecommendations = ['recommend', 'recommend-with-reservations', 'do-not-recommend'] as const;
export type InterviewRecommendation = (typeof interviewRecommendations)[number];
export const recommendationLabels: Record<InterviewRecommendation, string> = {
  recommend: 'Recommend',
  'recommend-with-reservations': 'Recommend with reservations',
  'do-not-recommend': 'Do not recommend',
};

/** The structured interview's scored areas, 1 (weak) to 5 (strong). */
export const interviewAreas = ['judgement', 'communication', 'motivation', 'confidentiality'] as const;
export type InterviewArea = (typeof interviewAreas)[number];
export const interviewAreaLabels: Record<InterviewArea, string> = {
  judgement: 'Judgement (§2.E)',
  communication: 'Interpersonal communication (§2.E)',
  motivation: 'Motivation to serve (§2.B)',
  confidentiality: 'Understanding of confidentiality (§5)',
};

/** §2.B–F: the criteria a candidate is checked against before selection. */
export const eligibilityCriteria = [
  'desire-to-serve',
  'commitment',
  'full-time',
  'probation-completed',
  'no-investigation',
  'no-serious-distress',
  'judgement-communication',
  'supervisor-approval',
  'manager-approval',
] as const;
export type EligibilityCriterionId = (typeof eligibilityCriteria)[number];
export type CriterionOutcome = 'met' | 'not-met' | 'unknown';

export interface EligibilityCriterion {
  id: EligibilityCriterionId;
  section: string;
  label: string;
  outcome: CriterionOutcome;
  /** §10: the Chief's written exception that lets selection proceed despite this criterion. */
  exceptedBy?: { approvedOn: IsoDate; reference: string; decidedBy: string | null };
}

const id = z.number().int().positive();
const personName = plainText(60).min(1, 'Required');
const attestation = z.boolean().nullable();

const roundFields = {
  openedOn: isoDateSchema,
  closesOn: isoDateSchema,
  /** How to nominate, printed on the announcement memo. */
  howToNominate: plainText(600, { multiline: true }).min(1, 'Required'),
};
const closesAfterOpening = (r: { openedOn: IsoDate; closesOn: IsoDate }) => r.closesOn >= r.openedOn;
const closesAfterOpeningIssue = { path: ['closesOn'], message: 'A round closes after it opens' };

export const roundInputSchema = z.object(roundFields).strict().refine(closesAfterOpening, closesAfterOpeningIssue);

/** A round corrected (its dates, or the memo's instructions), with a reason; closing it early is a new closing date. */
export const roundUpdateSchema = z
  .object({ ...roundFields, id, reason: correctionReasonSchema })
  .strict()
  .refine(closesAfterOpening, closesAfterOpeningIssue);

export const nominationInputSchema = z
  .object({
    roundId: id,
    firstName: personName,
    lastName: personName,
    staffGroup: plainText(80).min(1, 'Required'),
    sworn: z.boolean(),
    jobTitle: plainText(120).default(''),
    receivedOn: isoDateSchema,
    /** Sealed (§2.A): stored encrypted, shown only on an audited reveal, never exported. */
    nominatedBy: personName,
  })
  .strict();

export const candidateIdSchema = z.object({ candidateId: id }).strict();
export const nominationIdSchema = z.object({ nominationId: id }).strict();

export const contactInputSchema = z
  .object({
    candidateId: id,
    contactedOn: isoDateSchema,
    desireToServe: z.boolean(),
    commitmentAcknowledged: z.boolean(),
    workPhone: phoneSchema.default(''),
    mobilePhone: phoneSchema.default(''),
    email: emailSchema.default(''),
  })
  .strict();

export const eligibilityInputSchema = z
  .object({
    candidateId: id,
    assessedOn: isoDateSchema,
    fullTime: attestation,
    probationCompletedOn: isoDateSchema.nullable(),
    /** §2.D yes/no attestations only: "not the subject of an internal investigation". */
    notUnderInvestigation: attestation,
    /** §2.D: "not suffering from serious personal problems or psychological stress". */
    notInSeriousDistress: attestation,
    /** §2.E: consistently displays solid judgement and strong communication. */
    judgementAndCommunication: attestation,
  })
  .strict();

export const approvalInputSchema = z
  .object({
    candidateId: id,
    role: z.enum(approverRoles),
    approverName: personName,
    decidedOn: isoDateSchema,
    approved: z.boolean(),
  })
  .strict();

const score = z.number().int().min(1).max(5);
export const interviewInputSchema = z
  .object({
    candidateId: id,
    heldOn: isoDateSchema,
    panel: z.array(personName).min(1, 'Name the panel').max(6),
    scores: z.object({ judgement: score, communication: score, motivation: score, confidentiality: score }).strict(),
    recommendation: z.enum(interviewRecommendations),
  })
  .strict();

export const exceptionInputSchema = z
  .object({
    candidateId: id,
    criterion: z.enum(eligibilityCriteria),
    /** §10: the Chief's prior written approval: when, by whom, and its reference. */
    chiefDecision: chiefDecisionSchema,
  })
  .strict();

export const decisionInputSchema = z
  .object({
    candidateId: id,
    decision: z.enum(candidateDecisions),
    decidedOn: isoDateSchema,
    reason: z.enum(decisionReasons),
  })
  .strict();

export const purgeInputSchema = z.object({ confirm: z.literal(true) }).strict();

export interface RecruitmentRound {
  id: number;
  openedOn: IsoDate;
  closesOn: IsoDate;
  howToNominate: string;
  candidates: number;
}

export interface Approval {
  approverName: string;
  decidedOn: IsoDate;
  approved: boolean;
}

export interface CandidateSummary {
  id: number;
  roundId: number;
  firstName: string;
  lastName: string;
  displayName: string;
  staffGroup: string;
  sworn: boolean;
  jobTitle: string;
  stage: CandidateStage;
  /** The date the candidate reached the stage they are in. */
  stageOn: IsoDate;
  nominations: number;
  decision: CandidateDecision | null;
  /** Approvals still to come (§2.F), for the dashboard. */
  awaitingApproval: ApproverRole[];
  memberId: number | null;
}

export interface Candidate extends CandidateSummary {
  /** Dates only: the nominator stays sealed until revealed (`selection.revealNominator`), and is forgotten after retention (§2.A). */
  nominationsReceived: { id: number; receivedOn: IsoDate; nominatorPurged: boolean }[];
  nominatedOn: IsoDate;
  contact: { contactedOn: IsoDate; desireToServe: boolean; commitmentAcknowledged: boolean; workPhone: string; mobilePhone: string; email: string } | null;
  eligibility: {
    assessedOn: IsoDate;
    fullTime: boolean | null;
    probationCompletedOn: IsoDate | null;
    notUnderInvestigation: boolean | null;
    notInSeriousDistress: boolean | null;
    judgementAndCommunication: boolean | null;
  } | null;
  approvals: Partial<Record<ApproverRole, Approval>>;
  interview: { heldOn: IsoDate; panel: string[]; scores: Record<InterviewArea, number>; recommendation: InterviewRecommendation } | null;
  outcome: { decision: CandidateDecision; decidedOn: IsoDate; reason: DecisionReason } | null;
  criteria: EligibilityCriterion[];
  /** True when every criterion is met or excepted (§10). */
  selectable: boolean;
}

export interface SelectionOverview {
  rounds: RecruitmentRound[];
  candidates: CandidateSummary[];
  /** §2.A: what the retention period lets go today. */
  purgeable: {
    /** Candidates not selected (or withdrawn) decided on or before `cutoff`: deleted whole. */
    candidates: number;
    /** Nominators' names of candidates selected on or before `cutoff`: forgotten, the nomination's date stays. */
    nominators: number;
    cutoff: IsoDate;
    /** The day the automatic backup rotation has let go of every daily backup made before today, if PeerDesk is used each month. */
    backupsRotatedBy: IsoDate;
  };
  /** What earlier purges left: counts only. */
  purged: { purgedOn: IsoDate; candidates: number; nominators: number }[];
}

export interface PurgeCounts {
  candidates: number;
  nominations: number;
  nominators: number;
}
