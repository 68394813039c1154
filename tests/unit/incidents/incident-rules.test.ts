import { describe, expect, it } from 'vitest';
import { checkIncidentTimes, checkOvertimeActivity, checkOvertimeDecision, checkOvertimeWorked, deploymentOvertime, noticeRetentionCutoff } from '../../../src/main/domains/incidents/rules';

const failureOf = (check: () => void) => {
  try {
    check();
  } catch (error) {
    return error;
  }
  return null;
};

describe('§7, §3.B, §5.C rules of the incident records', () => {
  it('§7: an incident lies in the past, and its supervisor notified the Coordinator after it', () => {
    expect(failureOf(() => checkIncidentTimes({ occurredAt: '2026-11-20T14:30', supervisorNotifiedAt: '2026-11-20T15:10' }, '2026-11-22T09:00'))).toBeNull();
    expect(failureOf(() => checkIncidentTimes({ occurredAt: '2026-11-22T09:01', supervisorNotifiedAt: null }, '2026-11-22T09:00'))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'occurredAt' }] } });
    expect(failureOf(() => checkIncidentTimes({ occurredAt: '2026-11-20T14:30', supervisorNotifiedAt: '2026-11-20T14:00' }, '2026-11-22T09:00'))).toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'supervisorNotifiedAt' }] },
    });
  });

  it('§3.B: overtime is recorded once worked, and decided once, not before the work', () => {
    expect(failureOf(() => checkOvertimeWorked('2026-11-23', '2026-11-22'))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'workedOn' }] } });
    const request = { id: 1, memberId: 1, workedOn: '2026-11-05', hours: 2, activity: 'defusing', incidentId: null, deploymentId: null, decision: 'pending', managerName: null, decidedOn: null } as const;
    expect(failureOf(() => checkOvertimeDecision(request, '2026-11-05'))).toBeNull();
    expect(failureOf(() => checkOvertimeDecision(request, '2026-11-04'))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'decidedOn' }] } });
    expect(failureOf(() => checkOvertimeDecision({ ...request, decision: 'approved' }, '2026-11-06'))).toMatchObject({ code: 'conflict' });
  });

  it('§9, §3.B: a deployment’s overtime hours are a request for the manager, worked on its session’s day or the day directed; none without overtime', () => {
    const sessions = [{ id: 7, heldAt: '2026-11-21T10:00' }];
    expect(deploymentOvertime({ memberId: 3, incidentId: 2, interventionId: 7, overtimeHours: 1.5 }, sessions, '2026-11-22')).toEqual({ memberId: 3, workedOn: '2026-11-21', hours: 1.5, activity: 'deployment', incidentId: 2 });
    expect(deploymentOvertime({ memberId: 3, incidentId: 2, interventionId: null, overtimeHours: 0.25 }, sessions, '2026-11-22')).toMatchObject({ workedOn: '2026-11-22', hours: 0.25 });
    expect(deploymentOvertime({ memberId: 3, incidentId: 2, interventionId: 7, overtimeHours: 0 }, sessions, '2026-11-22')).toBeNull();
    expect(failureOf(() => checkOvertimeActivity('deployment'))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'activity' }] } });
    expect(failureOf(() => checkOvertimeActivity('debriefing'))).toBeNull();
  });

  it('§5.C: notices are kept the policy’s number of years', () => {
    expect(noticeRetentionCutoff('2026-11-22', 5)).toBe('2021-11-22');
    expect(noticeRetentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
  });
});
