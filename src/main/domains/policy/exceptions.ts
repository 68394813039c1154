import type { Finding } from '../../../shared/findings';

/** True when some finding still stops the action (a `block`); `warn` and `info` findings only inform. */
export function isBlocked(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
