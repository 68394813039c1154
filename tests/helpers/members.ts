import type { Backend } from '../../src/main/backend';
import type { MemberCreate } from '../../src/shared/members';

let counter = 0;

/** A valid member with every field filled; override what the test is about. */
export function aMember(overrides: Partial<MemberCreate> = {}): MemberCreate {
  counter += 1;
  return {
    firstName: 'Maria',
    lastName: `Alvarez${counter}`,
    preferredName: '',
    sworn: true,
    staffGroup: 'Adult Field Services',
    jobTitle: 'Deputy Probation Officer III',
    workLocation: 'Fairfield office',
    workPhone: `(707) 555-01${String(counter % 100).padStart(2, '0')}`,
    mobilePhone: '',
    email: `member${counter}@marlow.example`,
    languages: ['English', 'Spanish'],
    specialties: ['Grief and loss'],
    hireDate: '2012-03-05',
    probationCompletedOn: '2013-03-05',
    fullTime: true,
    joinedOn: '2025-01-15',
    afterHoursAvailable: false,
    listingConsent: true,
    adminNote: '',
    existingMember: true,
    ...overrides,
  };
}

/** Records the two courses §8 requires before service, so the member may be deployed. */
export async function completeRequiredTraining(backend: Backend, memberId: number, completedOn = '2025-02-01'): Promise<void> {
  const courses = await backend.invoke('training.courses', {});
  if (!courses.ok) throw new Error(courses.error.message);
  for (const course of courses.value.filter((c) => c.kind === 'required-before-service')) {
    const done = await backend.invoke('training.recordCompletion', { memberId, courseId: course.id, completedOn, provider: 'Regional ICISF', certificateOnFile: true });
    if (!done.ok) throw new Error(done.error.message);
  }
}

/** A member added and trained: active, deployable and (with consent) listed. */
export async function addTrainedMember(backend: Backend, overrides: Partial<MemberCreate> = {}) {
  const created = await backend.invoke('roster.create', aMember(overrides));
  if (!created.ok) throw new Error(created.error.message);
  await completeRequiredTraining(backend, created.value.id);
  return created.value;
}
