import { addYears, daysBetween, type IsoDate } from '../../../shared/calendar';
import type { Finding } from '../../../shared/findings';
import { displayNameOf, type DecidedStatus, type EffectiveStatus, type Member, type MemberFields, type MemberStanding, type ParsedRejoin, type ParsedStatusChange, type StatusHistoryEntry } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { TeamComposition } from '../../../shared/roster';
import type { Settings } from '../../../shared/settings';
import { AppError, validationError } from '../../errors';
import { isBlocked } from '../policy/rules';

/** The plain facts the standing of one member is derived from. */
export interface MemberFacts {
  id: number;
  displayName: string;
  joinedOn: IsoDate;
  listingConsent: boolean;
  /**
   * Decided statuses, oldest first (by effective date, then by when recorded); a rejoin carries
   * the start of its new commitment (§2.B).
   */
  history: { status: DecidedStatus; effectiveOn: IsoDate; expectedReturnOn: IsoDate | null; commitmentStartsOn?: IsoDate | null }[];
}

/**
 * What the training rules (training/rules.ts) concluded for the member; empty until training
 * is recorded.
 */
export interface TrainingConclusion {
  /** Missed too many quarterly sessions in a row: inactive until the deficiency is rectified. */
  deficient: boolean;
  /** The courses required before service are not all completed (or one has expired). */
  pending: boolean;
  findings: Finding[];
}

const noTrainingConclusion: TrainingConclusion = { deficient: false, pending: false, findings: [] };

/**
 * THE function that says where a member stands. Every screen, export and report uses it,
 * so the roster, the intranet list and the Chief's summary can never disagree.
 * Stored status is only what a person decided; the rest is derived here from facts.
 */
export function memberStanding(
  facts: MemberFacts,
  today: IsoDate,
  policy: PolicyConfig,
  training: TrainingConclusion = noTrainingConclusion,
): MemberStanding {
  const current = [...facts.history].reverse().find((entry) => entry.effectiveOn <= today) ?? facts.history[0];
  const decided: DecidedStatus = current?.status ?? 'active';
  const decidedSince = current?.effectiveOn ?? facts.joinedOn;
  // §2.B: the commitment runs from joining, or from the latest rejoin already in effect.
  const commitmentStartsOn = [...facts.history].reverse().find((entry) => entry.effectiveOn <= today && entry.commitmentStartsOn)?.commitmentStartsOn ?? facts.joinedOn;
  const commitmentEndsOn = addYears(commitmentStartsOn, policy.commitmentYears);

  let effective: EffectiveStatus = decided;
  if (decided === 'active' && training.deficient) effective = 'inactive-training';
  else if (decided === 'active' && training.pending) effective = 'training-pending';
  const deployable = effective === 'active' && !isBlocked(training.findings);
  const listed = deployable && facts.listingConsent;

  const subject = { kind: 'member' as const, id: String(facts.id) };
  const findings: Finding[] = [...training.findings];
  const daysLeft = daysBetween(today, commitmentEndsOn);
  if (decided === 'active' && commitmentEndingSoon(commitmentEndsOn, today, policy)) {
    findings.push({
      ruleId: 'commitment-ending',
      section: '§2.B',
      severity: 'warn',
      subject,
      message: `${facts.displayName}'s ${policy.commitmentYears}-year commitment ends on ${commitmentEndsOn} (in ${daysLeft} days).`,
    });
  }
  if (decided === 'active' && daysLeft < 0) {
    findings.push({
      ruleId: 'commitment-completed',
      section: '§2.B',
      severity: 'info',
      subject,
      message: `${facts.displayName} completed the ${policy.commitmentYears}-year commitment on ${commitmentEndsOn}; confirm they continue, or record the term as ended.`,
    });
  }
  if (decided === 'temporarily-inactive' && current?.expectedReturnOn && current.expectedReturnOn < today) {
    findings.push({
      ruleId: 'return-overdue',
      section: '§4.L',
      severity: 'warn',
      subject,
      message: `${facts.displayName} was expected back on ${current.expectedReturnOn}; reactivate them or update the expected date.`,
    });
  }
  if (deployable && !facts.listingConsent) {
    findings.push({
      ruleId: 'not-listed',
      section: '§7',
      severity: 'info',
      subject,
      message: `${facts.displayName} may serve but has not consented to be listed on the intranet.`,
    });
  }
  return { decided, decidedSince, effective, deployable, listed, commitmentEndsOn, findings };
}

/** §2.B: the commitment ends today or within the policy's notice days. */
export function commitmentEndingSoon(commitmentEndsOn: IsoDate, today: IsoDate, policy: PolicyConfig): boolean {
  const daysLeft = daysBetween(today, commitmentEndsOn);
  return daysLeft >= 0 && daysLeft <= policy.commitmentEndingNoticeDays;
}

/** §2.A: members on the team (active or temporarily inactive) against the department. */
export function teamComposition(members: Member[], today: IsoDate, settings: Settings, policy: PolicyConfig): TeamComposition {
  const onTeam = members.filter((m) => m.standing.decided === 'active' || m.standing.decided === 'temporarily-inactive');
  const groups = [...new Set([...settings.staffGroups, ...onTeam.map((m) => m.staffGroup)])];
  return {
    serving: onTeam.length,
    sworn: onTeam.filter((m) => m.sworn).length,
    nonSworn: onTeam.filter((m) => !m.sworn).length,
    staffGroups: groups.map((name) => {
      const count = onTeam.filter((m) => m.staffGroup === name).length;
      const headcount = settings.staffGroupHeadcounts[name] ?? null;
      return { name, members: count, headcount, perHundredStaff: headcount ? Math.round((count / headcount) * 1000) / 10 : null };
    }),
    commitmentsEnding: onTeam
      .filter((m) => commitmentEndingSoon(m.standing.commitmentEndsOn, today, policy))
      .map((m) => ({ id: m.id, displayName: m.displayName, commitmentEndsOn: m.standing.commitmentEndsOn }))
      .sort((a, b) => a.commitmentEndsOn.localeCompare(b.commitmentEndsOn)),
  };
}

/**
 * §4.J–L: a status a person decided joins the timeline in date order, differs from the one
 * before it, and carries what it requires: an expected return after the start of a temporary
 * absence (§4.L), for a removal the Chief's decision, on or before it takes effect (§4.J), and
 * for a return after a removal or a departure what `checkReturn` asks.
 * Returns the expected return to record (only a temporary absence keeps one).
 */
export function checkStatusChange(change: ParsedStatusChange, history: StatusHistoryEntry[], today: IsoDate): IsoDate | null {
  const last = history[history.length - 1];
  if (last && change.effectiveOn < last.effectiveOn) {
    throw validationError(`The change must take effect on or after ${last.effectiveOn}, the date of the last change.`, [
      { path: 'effectiveOn', message: `On or after ${last.effectiveOn}` },
    ]);
  }
  if (last && last.status === change.status) {
    throw validationError(`The member is already ${change.status.replaceAll('-', ' ')}.`, [{ path: 'status', message: 'Same as the current status' }]);
  }
  if (last) checkReturn(change, last, today);
  const expectedReturnOn = change.status === 'temporarily-inactive' ? (change.expectedReturnOn ?? null) : null;
  if (expectedReturnOn && expectedReturnOn <= change.effectiveOn) {
    throw validationError('The expected return must come after the start of the inactive period.', [{ path: 'expectedReturnOn', message: 'After the start date' }]);
  }
  if (change.status === 'removed' && change.chiefDecisionOn > change.effectiveOn) {
    throw validationError("A removal takes effect on or after the Chief's decision (§4.J).", [{ path: 'effectiveOn', message: "On or after the Chief's decision" }]);
  }
  return expectedReturnOn;
}

const leftTheTeam = (status: DecidedStatus) => status === 'resigned' || status === 'term-ended';

/**
 * §4.J, §10: removal for cause is final unless the Chief decides otherwise in writing. A member
 * removed for cause comes back (active, or temporarily inactive) only with the Chief's recorded
 * decision — who decided, the §10 exception it rests on, dated after the removal was decided,
 * not in the future, and on or before the return (prior approval); no other status follows a
 * removal. §2.B: a member who resigned or whose term ended comes back through selection or a
 * rejoin with a new commitment (`checkRejoin`), not by a change of status.
 */
function checkReturn(change: ParsedStatusChange, last: StatusHistoryEntry, today: IsoDate): void {
  const returning = change.status === 'active' || change.status === 'temporarily-inactive';
  const decision = returning ? change.chiefDecision : null;
  if (last.status === 'removed' && !returning) {
    throw new AppError('policy', "Removal for cause is final (§4.J): only the Chief's written decision (§10) can bring the member back.", {
      section: '§4.J',
      fields: [{ path: 'status', message: 'A removed member is only reinstated' }],
    });
  }
  if (last.status === 'removed' && !decision) {
    throw new AppError(
      'policy',
      "A member removed for cause is reinstated only by the Chief's written decision (§4.J, §10): record its date, who decided and the exception's reference.",
      { section: '§4.J', fields: [{ path: 'chiefDecision', message: "The Chief's decision is required" }] },
    );
  }
  if (leftTheTeam(last.status) && returning) {
    throw new AppError('policy', `A member who ${last.status === 'resigned' ? 'resigned' : 'ended their term'} returns through selection or a rejoin with a new commitment (§2.B), not a change of status.`, {
      section: '§2.B',
      fields: [{ path: 'status', message: 'Rejoin with a new commitment instead' }],
    });
  }
  if (!decision) return;
  if (last.status !== 'removed') {
    throw validationError("A Chief's decision is recorded only to reinstate a member removed for cause (§4.J).", [
      { path: 'chiefDecision', message: 'Only for a member removed for cause' },
    ]);
  }
  const removalDecidedOn = last.chiefDecisionOn ?? last.effectiveOn;
  if (decision.decidedOn > today) {
    throw validationError("The Chief's decision cannot be dated in the future.", [{ path: 'chiefDecision.decidedOn', message: `On or before ${today}` }]);
  }
  if (decision.decidedOn < removalDecidedOn) {
    throw validationError(`The Chief's decision to reinstate comes after the removal was decided (${removalDecidedOn}).`, [
      { path: 'chiefDecision.decidedOn', message: `On or after ${removalDecidedOn}` },
    ]);
  }
  if (decision.decidedOn > change.effectiveOn) {
    throw validationError("A reinstatement takes effect on or after the Chief's decision (§10: prior written approval).", [
      { path: 'effectiveOn', message: "On or after the Chief's decision" },
    ]);
  }
}

/**
 * §2.B: a member who resigned or whose term ended rejoins with a new commitment that starts on
 * or after the day they left. A member removed for cause is reinstated only by the Chief's
 * decision (§4.J), and a member on the team has nothing to rejoin.
 */
export function checkRejoin(rejoin: ParsedRejoin, history: StatusHistoryEntry[]): void {
  const last = history[history.length - 1];
  if (last?.status === 'removed') {
    throw new AppError('policy', "A member removed for cause does not rejoin: only the Chief's written decision (§4.J, §10) reinstates them.", {
      section: '§4.J',
      fields: [{ path: 'id', message: 'Removed for cause' }],
    });
  }
  if (!last || !leftTheTeam(last.status)) {
    throw new AppError('conflict', 'The member is on the team: only a member who resigned or whose term ended rejoins (§2.B).', {
      fields: [{ path: 'id', message: 'Still on the team' }],
    });
  }
  if (rejoin.commitmentStartsOn < last.effectiveOn) {
    throw validationError(`The new commitment starts on or after ${last.effectiveOn}, when the member left.`, [
      { path: 'commitmentStartsOn', message: `On or after ${last.effectiveOn}` },
    ]);
  }
}

/** The fields that tell two people apart. */
type Identity = Pick<MemberFields, 'firstName' | 'lastName' | 'workPhone' | 'mobilePhone'>;

const digitsOf = (phone: string) => phone.replace(/x.*$/i, '').replace(/\D/g, '');

const nameKey = (fields: Identity) => `${fields.firstName}|${fields.lastName}`.toLowerCase();
const phonesOf = (fields: Identity) => [fields.workPhone, fields.mobilePhone].map(digitsOf).filter(Boolean);

/**
 * A list of people to find duplicates in: the same first and last name (any case) and a
 * phone number in common (digits only, extension ignored) are the same person; same name,
 * different phone, two people. Kept by name, so a check compares phones only with the few
 * people of the same name, and an import checks thousands of rows in linear time.
 */
export class DuplicateIndex<T extends Identity & { id: number }> {
  private readonly byName = new Map<string, T[]>();

  constructor(records: Iterable<T>) {
    for (const record of records) this.add(record);
  }

  add(record: T): void {
    const key = nameKey(record);
    const same = this.byName.get(key);
    if (same) same.push(record);
    else this.byName.set(key, [record]);
  }

  /** The first record of the same person, other than `exceptId`; null when there is none. */
  find(fields: Identity, exceptId: number | null): T | null {
    const phones = new Set(phonesOf(fields));
    return this.byName.get(nameKey(fields))?.find((record) => record.id !== exceptId && phonesOf(record).some((phone) => phones.has(phone))) ?? null;
  }
}

/**
 * A member's fields against the team: the staff group and specialties must be ones
 * configured in Settings, and the person must not be on the roster already (a conflict naming
 * the duplicate). `exceptId` is the member being edited.
 */
export function checkMemberFields<T extends Identity & Pick<MemberFields, 'preferredName'> & { id: number }>(
  fields: MemberFields,
  settings: Settings,
  team: T[],
  exceptId: number | null,
): void {
  const issues = [];
  if (!settings.staffGroups.includes(fields.staffGroup)) {
    issues.push({ path: 'staffGroup', message: `"${fields.staffGroup}" is not a staff group; add it in Settings first` });
  }
  const unknown = fields.specialties.filter((s) => !settings.supportSpecialties.includes(s));
  if (unknown.length) issues.push({ path: 'specialties', message: `Not in the list of specialties: ${unknown.join(', ')}` });
  if (issues.length) throw validationError(issues.map((i) => i.message).join('; '), issues);

  const duplicate = new DuplicateIndex(team).find(fields, exceptId);
  if (duplicate) {
    throw new AppError('conflict', `${displayNameOf(duplicate)} (#${duplicate.id}) has the same name and phone number: this member is already on the roster.`, {
      fields: [
        { path: 'firstName', message: 'Same name as an existing member' },
        { path: 'lastName', message: 'Same name as an existing member' },
        { path: fields.workPhone ? 'workPhone' : 'mobilePhone', message: 'Same phone as an existing member' },
      ],
      duplicateOf: duplicate.id,
    });
  }
}
