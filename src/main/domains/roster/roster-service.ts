import { daysBetween, type IsoDate } from '../../../shared/calendar';
import { displayNameOf, type Member, type MemberDetail, type MemberFields, type ParsedStatusChange, type StatusHistoryEntry } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { RosterList, TeamComposition } from '../../../shared/roster';
import type { Settings } from '../../../shared/settings';
import type { Db } from '../../store/open-database';
import { memberStanding } from './rules';
import { memberTrainingStatus, type MemberTrainingStatus } from '../training/rules';
import { loadTrainingData, trainingFactsFor, type TrainingData } from '../training/training-data';
import { AppError, validationError } from '../../errors';
import { allStatusHistories, findMember, insertMember, insertStatusChange, listMembers, statusHistory, type StoredMember } from './store';

/** A stored member with the standing the rules derive for today, and the training status it rests on. */
export function memberView(stored: StoredMember, history: StatusHistoryEntry[], today: IsoDate, policy: PolicyConfig, training: TrainingData): { member: Member; training: MemberTrainingStatus } {
  const displayName = displayNameOf(stored);
  const trainingStatus = memberTrainingStatus(trainingFactsFor({ id: stored.id, displayName, joinedOn: stored.joinedOn }, history, training), training.courses, today, policy);
  const standing = memberStanding({ id: stored.id, displayName, joinedOn: stored.joinedOn, listingConsent: stored.listingConsent, history }, today, policy, trainingStatus.conclusion);
  return { member: { ...stored, displayName, standing }, training: trainingStatus };
}

/** Every member's view, reading the team's records once. */
export function teamViews(db: Db, today: IsoDate, policy: PolicyConfig, training: TrainingData = loadTrainingData(db)): TeamView[] {
  const histories = allStatusHistories(db);
  return listMembers(db).map((m) => {
    const history = histories.get(m.id) ?? [];
    return { ...memberView(m, history, today, policy, training), history };
  });
}

export interface TeamView {
  member: Member;
  training: MemberTrainingStatus;
  history: StatusHistoryEntry[];
}

/** The whole team as of one day, with what it was derived from. */
export interface Team {
  today: IsoDate;
  policy: PolicyConfig;
  training: TrainingData;
  views: TeamView[];
}

export function listRoster(team: Team): RosterList {
  return { today: team.today, members: team.views.map((view) => view.member) };
}

export function teamMember(team: Team, id: number): TeamView {
  const view = team.views.find((v) => v.member.id === id);
  if (!view) throw new AppError('not_found', `No team member #${id}.`);
  return view;
}

export function getMember(team: Team, id: number): MemberDetail {
  const { member, history } = teamMember(team, id);
  return { ...member, history };
}

const digitsOf = (phone: string) => phone.replace(/x.*$/i, '').replace(/\D/g, '');

/** Field-level checks against the configured lists, and the duplicate check (same name and phone). */
export function checkMemberAgainstTeam(db: Db, fields: MemberFields, settings: Settings, exceptId: number | null): void {
  const issues = [];
  if (!settings.staffGroups.includes(fields.staffGroup)) {
    issues.push({ path: 'staffGroup', message: `"${fields.staffGroup}" is not a staff group; add it in Settings first` });
  }
  const unknown = fields.specialties.filter((s) => !settings.supportSpecialties.includes(s));
  if (unknown.length) issues.push({ path: 'specialties', message: `Not in the list of specialties: ${unknown.join(', ')}` });
  if (issues.length) throw validationError(issues.map((i) => i.message).join('; '), issues);

  const duplicate = findDuplicate(listMembers(db), fields, exceptId);
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

export function findDuplicate<T extends Pick<MemberFields, 'firstName' | 'lastName' | 'workPhone' | 'mobilePhone'> & { id: number }>(
  existing: T[],
  fields: Pick<MemberFields, 'firstName' | 'lastName' | 'workPhone' | 'mobilePhone'>,
  exceptId: number | null,
): T | null {
  const name = `${fields.firstName}|${fields.lastName}`.toLowerCase();
  const phones = new Set([fields.workPhone, fields.mobilePhone].map(digitsOf).filter(Boolean));
  return (
    existing.find(
      (m) =>
        m.id !== exceptId &&
        `${m.firstName}|${m.lastName}`.toLowerCase() === name &&
        [m.workPhone, m.mobilePhone].map(digitsOf).some((p) => p && phones.has(p)),
    ) ?? null
  );
}

/** Inserts a member who is active from the day they joined. */
export function addMember(db: Db, fields: MemberFields, at: Date, actor: string): number {
  const id = insertMember(db, fields, at.toISOString());
  insertStatusChange(db, {
    memberId: id,
    status: 'active',
    effectiveOn: fields.joinedOn,
    reason: fields.existingMember ? 'Existing member entered directly' : 'Joined the team',
    recordedBy: actor,
    recordedAt: at.toISOString(),
  });
  return id;
}

/** §4.J–L: records a status a person decided, in date order, with what each status requires. */
export function recordStatusChange(db: Db, change: ParsedStatusChange, at: Date, actor: string): void {
  if (!findMember(db, change.id)) throw new AppError('not_found', `No team member #${change.id}.`);
  const history = statusHistory(db, change.id);
  const last = history[history.length - 1];
  if (last && change.effectiveOn < last.effectiveOn) {
    throw validationError(`The change must take effect on or after ${last.effectiveOn}, the date of the last change.`, [
      { path: 'effectiveOn', message: `On or after ${last.effectiveOn}` },
    ]);
  }
  if (last && last.status === change.status) {
    throw validationError(`The member is already ${change.status.replaceAll('-', ' ')}.`, [{ path: 'status', message: 'Same as the current status' }]);
  }
  const expectedReturnOn = change.status === 'temporarily-inactive' ? (change.expectedReturnOn ?? null) : null;
  if (expectedReturnOn && expectedReturnOn <= change.effectiveOn) {
    throw validationError('The expected return must come after the start of the inactive period.', [{ path: 'expectedReturnOn', message: 'After the start date' }]);
  }
  const removal = change.status === 'removed' ? change : null;
  if (removal && removal.chiefDecisionOn > change.effectiveOn) {
    throw validationError("A removal takes effect on or after the Chief's decision (§4.J).", [{ path: 'effectiveOn', message: "On or after the Chief's decision" }]);
  }
  insertStatusChange(db, {
    memberId: change.id,
    status: change.status,
    effectiveOn: change.effectiveOn,
    reason: change.reason,
    reasonCategory: removal?.reasonCategory ?? null,
    chiefDecisionOn: removal?.chiefDecisionOn ?? null,
    expectedReturnOn,
    recordedBy: actor,
    recordedAt: at.toISOString(),
  });
}

/** §2.A: members on the team (active or temporarily inactive) against the department. */
export function teamComposition(roster: RosterList, settings: Settings, policy: PolicyConfig): TeamComposition {
  const onTeam = roster.members.filter((m) => m.standing.decided === 'active' || m.standing.decided === 'temporarily-inactive');
  const groups = [...new Set([...settings.staffGroups, ...onTeam.map((m) => m.staffGroup)])];
  return {
    serving: onTeam.length,
    sworn: onTeam.filter((m) => m.sworn).length,
    nonSworn: onTeam.filter((m) => !m.sworn).length,
    staffGroups: groups.map((name) => {
      const members = onTeam.filter((m) => m.staffGroup === name).length;
      const headcount = settings.staffGroupHeadcounts[name] ?? null;
      return { name, members, headcount, perHundredStaff: headcount ? Math.round((members / headcount) * 1000) / 10 : null };
    }),
    commitmentsEnding: onTeam
      .filter((m) => {
        const days = daysBetween(roster.today, m.standing.commitmentEndsOn);
        return days >= 0 && days <= policy.commitmentEndingNoticeDays;
      })
      .map((m) => ({ id: m.id, displayName: m.displayName, commitmentEndsOn: m.standing.commitmentEndsOn }))
      .sort((a, b) => a.commitmentEndsOn.localeCompare(b.commitmentEndsOn)),
  };
}
