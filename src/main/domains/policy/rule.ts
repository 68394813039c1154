import type { PolicyConfig } from '../../../shared/policy';
import type { Finding } from '../../../shared/findings';

/**
 * A policy rule: a pure function from plain facts and the policy in force to findings.
 * No database, no clock of its own (`today` is part of the facts), so each clause can be
 * tested on its own with literal data.
 */
export interface Rule<Facts> {
  id: string;
  section: string;
  evaluate(facts: Facts, policy: PolicyConfig): Finding[];
}
