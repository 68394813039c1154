import type { Finding } from '../../../shared/findings';
import { policyConfigSchema, type PolicyConfig } from '../../../shared/policy';
import { validationError } from '../../errors';

/**
 * The parameters after a change, checked again as a whole: each one names the clause it
 * implements (policyParameterInfo), and together they must still fit — e.g. the §7 debriefing
 * window starts before it ends. An issue names the changed field (`changes.<parameter>`).
 */
export function nextPolicy(current: PolicyConfig, changes: Partial<PolicyConfig>): PolicyConfig {
  const next = policyConfigSchema.safeParse({ ...current, ...changes });
  if (!next.success) {
    throw validationError(
      'The policy parameters do not fit together.',
      next.error.issues.map((issue) => ({ path: ['changes', ...issue.path].join('.'), message: issue.message })),
    );
  }
  return next.data;
}

/** True when some finding still stops the action (a `block`); `warn` and `info` findings only inform. */
export function isBlocked(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
