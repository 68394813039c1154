import type { IsoDate } from '../../../shared/calendar';
import type { ListedResource, ResourceInput } from '../../../shared/resources';
import type { SavedFile } from '../../../shared/roster';
import { renderPdf } from '../../documents/pdf/render-pdf';
import { walletCardPdf } from '../../documents/pdf/wallet-card-pdf';
import { resourcesToPublish } from '../../documents/publication/published-resources';
import { membersToPublish } from '../../documents/publication/published-roster';
import { saveThroughDialog } from '../../documents/save-through-dialog';
import { AppError } from '../../errors';
import type { Dialogs } from '../../files/dialogs';
import type { Store } from '../../store/store';
import { currentTeam, listRoster } from '../roster/team';
import { readSettings } from '../settings/store';
import { resourcesNow } from './queries';
import { checkUniqueName, checkVerifiedOn } from './rules';
import { deleteResource, findResource, listResources, upsertResource } from './store';

/** The directory's changes: add, change, remove an outside resource; and the wallet card. Each asks the rules first. */

/** Adds a resource or changes one; verified today unless the Coordinator gives the day (§3.A). */
export function saveResource(store: Store, today: IsoDate, input: ResourceInput): ListedResource {
  const db = store.read();
  if (input.id && !findResource(db, input.id)) throw new AppError('not_found', `No outside resource #${input.id}.`);
  const lastVerifiedOn = input.lastVerifiedOn ?? today;
  checkVerifiedOn(lastVerifiedOn, today);
  checkUniqueName(listResources(db), input);
  const id = store.write<number>(
    (resourceId) => ({ action: input.id ? 'resources.update' : 'resources.create', entity: 'resource', entityId: resourceId }),
    (tx) => upsertResource(tx, { ...input, lastVerifiedOn }),
  );
  const saved = resourcesNow(store, today).resources.find((r) => r.id === id);
  // Written just above, in this process's own transaction.
  if (!saved) throw new AppError('not_found', `No outside resource #${id}.`);
  return saved;
}

/** Removes a resource from the directory (it leaves the NAS at the next publication); the audit line keeps its id. */
export function removeResource(store: Store, id: number): null {
  if (!findResource(store.read(), id)) throw new AppError('not_found', `No outside resource #${id}.`);
  store.write({ action: 'resources.remove', entity: 'resource', entityId: id }, (tx) => deleteResource(tx, id));
  return null;
}

/**
 * §4.D, §4.M, §7: the wallet card PDF, where main's dialog says: the members the NAS
 * publication lists (the same whitelist and the same choice of who) on the front, the
 * resources on the back.
 */
export function saveWalletCard(store: Store, today: IsoDate, dialogs: Dialogs): Promise<SavedFile> {
  const db = store.read();
  const settings = readSettings(db);
  const members = membersToPublish(listRoster(currentTeam(store, today)).members, settings.staffGroups);
  const resources = resourcesToPublish(listResources(db));
  return saveThroughDialog(dialogs, { title: 'Save the wallet cards', defaultName: 'peer-support-wallet-cards.pdf', extensions: ['pdf'] }, () => renderPdf(walletCardPdf(members, resources, settings)));
}
