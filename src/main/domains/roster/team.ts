import type { IsoDate } from '../../../shared/calendar';
import { displayNameOf, type Member, type StatusHistoryEntry } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { RosterList } from '../../../shared/roster';
import { AppError } from '../../errors';
import type { ReadDb, Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import { memberTrainingStatus, type MemberTrainingStatus } from '../training/rules';
import { loadTrainingCatalog, loadTrainingData, trainingFactsFor, type TrainingCatalog, type TrainingData } from '../training/training-data';
import { memberStanding } from './rules';
import { allStatusHistories, findMember, listMembers, memberIdsInRosterOrder, statusHistory, type StoredMember } from './store';

/** One member as of a day: the standing the rules derive, the training status it rests on, and the history. */
export interface TeamView {
  member: Member;
  training: MemberTrainingStatus;
  history: StatusHistoryEntry[];
}

/** The whole team as of one day, with what it was derived from. */
export interface Team {
  today: IsoDate;
  policy: PolicyConfig;
  /** The courses and the quarterly sessions; each member's own records are in their view. */
  training: TrainingCatalog;
  views: TeamView[];
}

/** A stored member with the standing the rules derive for today, and the training status it rests on. */
function memberView(stored: StoredMember, history: StatusHistoryEntry[], today: IsoDate, policy: PolicyConfig, training: TrainingData): TeamView {
  const displayName = displayNameOf(stored);
  const trainingStatus = memberTrainingStatus(trainingFactsFor({ id: stored.id, displayName, joinedOn: stored.joinedOn }, history, training), training.courses, today, policy);
  const standing = memberStanding({ id: stored.id, displayName, joinedOn: stored.joinedOn, listingConsent: stored.listingConsent, history }, today, policy, trainingStatus.conclusion);
  return { member: { ...stored, displayName, standing }, training: trainingStatus, history };
}

/** Every member's view, derived afresh. */
function deriveTeam(db: ReadDb, today: IsoDate): Team {
  const policy = currentPolicy(db).config;
  const catalog = loadTrainingCatalog(db);
  const training = loadTrainingData(db, catalog, null);
  const histories = allStatusHistories(db);
  const views = listMembers(db).map((m) => memberView(m, histories.get(m.id) ?? [], today, policy, training));
  return { today, policy, training: catalog, views };
}

/**
 * Past this many changed members, deriving the whole team is no slower than bringing each
 * one up to date.
 */
const MEMBERS_UPDATED_ONE_BY_ONE = 20;

/**
 * The team after changes to the given members' own rows (an edit, a status, a completion):
 * those members derived again, everyone else as they were, in the roster's order.
 */
function updateTeam(db: ReadDb, previous: Team, changed: ReadonlySet<number>): Team {
  if (changed.size > MEMBERS_UPDATED_ONE_BY_ONE) return deriveTeam(db, previous.today);
  const before = new Map(previous.views.map((view) => [view.member.id, view]));
  const views = memberIdsInRosterOrder(db).map((id) => {
    const kept = changed.has(id) ? undefined : before.get(id);
    if (kept) return kept;
    const stored = findMember(db, id);
    if (!stored) throw new Error(`member #${id} vanished while the team was read`);
    return memberView(stored, statusHistory(db, id), previous.today, previous.policy, loadTrainingData(db, previous.training, id));
  });
  return { ...previous, views };
}

/**
 * The team as of today: every member's standing and training, derived once and reused
 * until the next write (the roster, composition, publication preview and matrix all read
 * it); a write to a few members brings only them up to date.
 */
export function currentTeam(store: Store, today: IsoDate): Team {
  return store.derived(
    `team:${today}`,
    () => deriveTeam(store.read(), today),
    (previous, changed) => updateTeam(store.read(), previous, changed),
  );
}

/** One member of the team; `not_found` when there is none with that id. */
export function teamMember(team: Team, id: number): TeamView {
  const view = team.views.find((v) => v.member.id === id);
  if (!view) throw new AppError('not_found', `No team member #${id}.`);
  return view;
}

/** The roster as the screens and exports list it. */
export function listRoster(team: Team): RosterList {
  return { today: team.today, members: team.views.map((view) => view.member) };
}
