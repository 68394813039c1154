import type { PolicyConfig, PolicyVersion } from '../../../shared/policy';
import type { Store } from '../../store/store';
import { nextPolicy } from './rules';
import { currentPolicy, insertPolicyVersion } from './store';

/** A new, audited version of the policy parameters, with the reason they changed. `at` dates it. */
export function updatePolicy(store: Store, at: Date, changes: Partial<PolicyConfig>, reason: string): PolicyVersion {
  const next = nextPolicy(currentPolicy(store.read()).config, changes);
  return store.write({ action: 'policy.update', entity: 'policy', entityId: Object.keys(changes).sort().join(',') }, (tx) => insertPolicyVersion(tx, next, at, reason));
}
