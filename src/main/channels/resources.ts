import { removeResource, saveResource, saveWalletCard } from '../domains/resources/commands';
import { resourcesNow } from '../domains/resources/queries';
import type { BindingsOf } from './channel';

/** The directory of outside resources (§3.A, §4.D, §4.M) and its wallet card. */
export const resourceBindings: BindingsOf<'resources'> = {
  'resources.list': (_input, { store, today }) => resourcesNow(store, today),
  'resources.save': (input, { store, today }) => saveResource(store, today, input),
  'resources.remove': ({ id }, { store }) => removeResource(store, id),
  'resources.walletCard': (_input, { store, today, dialogs }) => saveWalletCard(store, today, dialogs),
};
