import { toIsoDate } from '../../../shared/calendar';
import type { Clock } from '../../clock';
import { currentPolicy } from '../policy/store';
import { teamViews, type Team } from './roster-service';
import type { Session } from '../../session/session';
import { loadTrainingData } from '../training/training-data';

/**
 * The team as of today: every member's standing and training, derived once and reused
 * until the next write (the roster, composition, publication preview and matrix all read it).
 */
export function currentTeam(session: Session, clock: Clock): Team {
  const db = session.database();
  const today = toIsoDate(clock());
  return session.derived(`team:${today}`, () => {
    const policy = currentPolicy(db).config;
    const training = loadTrainingData(db);
    return { today, policy, training, views: teamViews(db, today, policy, training) };
  });
}
