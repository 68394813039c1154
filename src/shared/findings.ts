/**
 * What a policy rule says about a subject. Rules are pure functions over plain data;
 * each finding cites the clause so the Coordinator can defend it.
 */
export type FindingSeverity = 'block' | 'warn' | 'info';

interface FindingSubject {
  kind: 'member' | 'candidate' | 'tally' | 'incident' | 'deployment' | 'overtime' | 'program';
  id: string;
}

/** §10: the Chief's prior written approval of an exception to a rule. */
export interface PolicyException {
  ruleId: string;
  subject: FindingSubject;
  approvedOn: string;
  reference: string;
  /** Who signed it; null on exceptions recorded before it was asked. */
  decidedBy: string | null;
}

export interface Finding {
  ruleId: string;
  section: string;
  severity: FindingSeverity;
  subject: FindingSubject;
  message: string;
  exceptedBy?: { approvedOn: string; reference: string; decidedBy: string | null };
}
