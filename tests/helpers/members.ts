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
