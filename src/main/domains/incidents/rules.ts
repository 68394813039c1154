import { addHours, hoursBetween } from '../../../shared/calendar';
import type { PolicyConfig } from '../../../shared/policy';
import type { AssessmentDecision, IncidentClock, InterventionKind, LocalMoment } from '../../../shared/incidents';


/** §7 timing: a defusing within the window (default 12 h), a debriefing between day 1 and day 10. */
export function withinWindow(kind: InterventionKind, occurredAt: LocalMoment, heldAt: LocalMoment, policy: PolicyConfig): boolean {
  const hours = hoursBetween(occurredAt, heldAt);
  if (hours < 0) return false;
  if (kind === 'defusing') return hours <= policy.defusingWindowHours;
  return hours >= policy.debriefingWindowDays.from * 24 && hours <= policy.debriefingWindowDays.to * 24;
}

/** What the incident still needs, and by when: the assessment first, then the intervention decided. */
export function incidentClock(
  incident: { occurredAt: LocalMoment; assessment: { decision: AssessmentDecision; followUpsDueOn: string | null } | null; interventions: { kind: InterventionKind }[] },
  now: LocalMoment,
  policy: PolicyConfig,
): IncidentClock {
  const due = (what: string, dueAt: LocalMoment) => ({ what, dueAt, overdue: now > dueAt });
  const followUpsDueOn = incident.assessment?.followUpsDueOn ?? null;
  if (!incident.assessment) return { next: due('Assess the need for an intervention with the mental-health professional', addHours(incident.occurredAt, policy.defusingWindowHours)), followUpsDueOn };
  const held = (kind: InterventionKind) => incident.interventions.some((i) => i.kind === kind);
  if (incident.assessment.decision === 'defusing' && !held('defusing')) return { next: due('Defusing', addHours(incident.occurredAt, policy.defusingWindowHours)), followUpsDueOn };
  if (incident.assessment.decision === 'debriefing' && !held('debriefing')) {
    return { next: due('Debriefing', addHours(incident.occurredAt, policy.debriefingWindowDays.to * 24)), followUpsDueOn };
  }
  return { next: null, followUpsDueOn };
}
