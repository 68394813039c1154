import type { IsoDate } from '../../../shared/calendar';
import type { ResourceList } from '../../../shared/resources';
import type { ReadDb, Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import { resourceStale } from './rules';
import { listResources } from './store';

/** The directory of outside resources (§3.A, §4.D, §4.M), as the screen and the dashboard read it. */

/** Every resource, each flagged when it is stale under the policy in force (§3.A). */
export function resourcesNow(store: Store, today: IsoDate): ResourceList {
  const db = store.read();
  const verifyMonths = currentPolicy(db).config.resourceVerifyMonths;
  return {
    resources: listResources(db).map((r) => ({ ...r, stale: resourceStale(r.lastVerifiedOn, today, verifyMonths) })),
    today,
    verifyMonths,
  };
}

/** How many resources are stale today (§3.A), for the dashboard. */
export function staleResourceCount(db: ReadDb, today: IsoDate, verifyMonths: number): number {
  return listResources(db).filter((r) => resourceStale(r.lastVerifiedOn, today, verifyMonths)).length;
}
