import type { Finding, PolicyException } from '../../../shared/findings';
import type { PolicyConfig } from '../../../shared/policy';
import type { Rule } from './rule';

/** Runs every rule over the same facts and marks the findings the Chief has excepted (§10). */
export function evaluateRules<Facts>(rules: readonly Rule<Facts>[], facts: Facts, policy: PolicyConfig, exceptions: readonly PolicyException[] = []): Finding[] {
  return applyExceptions(
    rules.flatMap((rule) => rule.evaluate(facts, policy)),
    exceptions,
  );
}

/**
 * §10: an exception needs the Chief's prior written approval. A finding covered by one
 * stays visible, marked "excepted" with the approval's date and reference, and no longer
 * blocks: it is downgraded to `info`.
 */
export function applyExceptions(findings: readonly Finding[], exceptions: readonly PolicyException[]): Finding[] {
  return findings.map((finding) => {
    const exception = exceptions.find(
      (e) => e.ruleId === finding.ruleId && e.subject.kind === finding.subject.kind && e.subject.id === finding.subject.id,
    );
    if (!exception) return finding;
    return { ...finding, severity: 'info', exceptedBy: { approvedOn: exception.approvedOn, reference: exception.reference } };
  });
}

/** True when some finding still stops the action (a `block` not excepted). */
export function isBlocked(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
