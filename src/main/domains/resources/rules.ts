import { addMonthsToDate, type IsoDate } from '../../../shared/calendar';
import type { Resource, ResourceKind } from '../../../shared/resources';
import { AppError, validationError } from '../../errors';

/**
 * What the directory of outside resources decides: when an entry is due to be checked again
 * and what a save may not do. Pure functions of the entries, the day and the policy.
 */

/**
 * §3.A: the Coordinator maintains the liaison with outside resource persons, so an entry not
 * verified for more than the policy's `resourceVerifyMonths` is stale: its phone or hours may
 * have changed since. Verified on 5 December 2025 with 12 months, it is current through
 * 5 December 2026 and stale from 6 December 2026.
 */
export function resourceStale(lastVerifiedOn: IsoDate, today: IsoDate, verifyMonths: number): boolean {
  return addMonthsToDate(lastVerifiedOn, verifyMonths) < today;
}

/** §3.A: an entry cannot have been verified on a day still to come. */
export function checkVerifiedOn(lastVerifiedOn: IsoDate, today: IsoDate): void {
  if (lastVerifiedOn > today) {
    throw validationError(`An entry cannot be verified after today (${today}) (§3.A).`, [{ path: 'lastVerifiedOn', message: 'After today' }]);
  }
}

/** §4.D: one entry per organisation: a second entry of the same kind and name would be printed twice on the card. */
export function checkUniqueName(existing: Resource[], entry: { id?: number | undefined; kind: ResourceKind; name: string }): void {
  const name = entry.name.toLocaleLowerCase();
  if (existing.some((r) => r.id !== entry.id && r.kind === entry.kind && r.name.toLocaleLowerCase() === name)) {
    throw new AppError('conflict', `The directory already has ${entry.name} (§4.D).`, { fields: [{ path: 'name', message: 'Already in the directory' }] });
  }
}
