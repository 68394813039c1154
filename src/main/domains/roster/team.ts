import type { IsoDate } from '../../../shared/calendar';
import { displayNameOf, type Member, type StatusHistoryEntry } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { RosterList } from '../../../shared/roster';
import { AppError } from '../../errors';
import type { Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import { memberTrainingStatus, type MemberTrainingStatus } from '../training/rules';
import { loadTrainingData, trainingFactsFor, type TrainingData } from '../training/training-data';
import { memberStanding } from './rules';
import { allStatusHistories, listMembers, type StoredMember } from './store';

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
  training: TrainingData;
  views: TeamView[];
}

/** A stored member with the standing the rules derive for today, and the training status it rests on. */
function memberView(stored: StoredMember, history: StatusHistoryEntry[], today: IsoDate, policy: PolicyConfig, training: TrainingData): TeamView {
  const displayName = displayNameOf(stored);
  const trainingStatus = memberTrainingStatus(trainingFactsFor({ id: stored.id, displayName, joinedOn: stored.joinedOn }, history, training), training.courses, today, policy);
  const standing = memberStanding({ id: stored.id, displayName, joinedOn: stored.joinedOn, listingConsent: stored.listingConsent, history }, today, policy, trainingStatus.conclusion);
  return { member: { ...stored, displayName, standing }, training: trainingStatus, history };
}

/**
 * The team as of today: every member's standing and training, derived once and reused
 * until the next write (the roster, composition, publication preview and matrix all read it).
 */
export function currentTeam(store: Store, today: IsoDate): Team {
  return store.derived(`team:${today}`, () => {
    const db = store.read();
    const policy = currentPolicy(db).config;
    const training = loadTrainingData(db);
    const histories = allStatusHistories(db);
    const views = listMembers(db).map((m) => memberView(m, histories.get(m.id) ?? [], today, policy, training));
    return { today, policy, training, views };
  });
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
