import { addDays, toIsoDate, addMonths, latestDueMonth, monthOf } from '../../shared/calendar';
import type { MemberCreate, StatusChange, statusReasonsFor } from '../../shared/members';
import type { Backend } from '../backend';

/**
 * Fills a store with a realistic, entirely fictional program so a newcomer sees PeerDesk
 * alive. Every feature adds its part here; all of it goes through the same channels the
 * app uses, so the demo also exercises validation and auditing. Phone numbers use the
 * 555-01xx range reserved for fiction.
 */
type ReasonOf<S extends keyof typeof statusReasonsFor> = (typeof statusReasonsFor)[S][number];
type LaterStatus = { daysAgo: number } & (
  | { status: 'temporarily-inactive'; reasonCategory: ReasonOf<'temporarily-inactive'> }
  | { status: 'removed' }
  | { status: 'resigned'; reasonCategory: ReasonOf<'resigned'> }
  | { status: 'term-ended'; reasonCategory: ReasonOf<'term-ended'> }
);
type DemoMember = Omit<MemberCreate, 'joinedOn'> & { joinedDaysAgo: number; later?: LaterStatus };

/** The status change a demo member went through, with the dates each status needs. */
function laterChange(id: number, later: LaterStatus, effectiveOn: string): StatusChange {
  switch (later.status) {
    case 'temporarily-inactive':
      // One leave is overdue (its expected return has passed), the other is not.
      return { id, effectiveOn, status: later.status, reasonCategory: later.reasonCategory, expectedReturnOn: addDays(effectiveOn, later.daysAgo > 60 ? 30 : 90) };
    case 'removed':
      return { id, effectiveOn, status: later.status, reasonCategory: 'policy-non-compliance', chiefDecisionOn: addDays(effectiveOn, -3) };
    case 'resigned':
      return { id, effectiveOn, status: later.status, reasonCategory: later.reasonCategory };
    case 'term-ended':
      return { id, effectiveOn, status: later.status, reasonCategory: later.reasonCategory };
  }
}

const phone = (n: number) => `(707) 555-01${String(n).padStart(2, '0')}`;

const demoMembers: DemoMember[] = [
  { firstName: 'Maria', lastName: 'Alvarez', sworn: true, staffGroup: 'Adult Field Services', jobTitle: 'Deputy Probation Officer III', workPhone: phone(11), mobilePhone: phone(12), languages: ['English', 'Spanish'], specialties: ['Critical incident', 'Family'], listingConsent: true, afterHoursAvailable: true, joinedDaysAgo: 900, existingMember: true, hireDate: '2012-03-05', probationCompletedOn: '2013-03-05' },
  { firstName: 'Daniel', lastName: 'Okafor', sworn: true, staffGroup: 'Adult Field Services', jobTitle: 'Supervising Probation Officer', workPhone: phone(13), languages: ['English'], specialties: ['Military / veteran', 'Critical incident'], listingConsent: true, joinedDaysAgo: 1040, existingMember: true, hireDate: '2009-08-17', probationCompletedOn: '2010-08-17' },
  { firstName: 'Priya', lastName: 'Raman', preferredName: 'Pri', sworn: false, staffGroup: 'Administration', jobTitle: 'Office Manager', workPhone: phone(14), mobilePhone: phone(15), languages: ['English', 'Tamil'], specialties: ['Grief and loss'], listingConsent: true, joinedDaysAgo: 400, hireDate: '2015-01-12', probationCompletedOn: '2016-01-12' },
  { firstName: 'Thomas', lastName: 'Becker', sworn: true, staffGroup: 'Juvenile Hall', jobTitle: 'Juvenile Correctional Counselor II', workPhone: phone(16), languages: ['English', 'German'], specialties: ['Substance use'], listingConsent: true, afterHoursAvailable: true, joinedDaysAgo: 700, hireDate: '2016-05-02', probationCompletedOn: '2017-05-02' },
  { firstName: 'Lena', lastName: 'Hoang', sworn: true, staffGroup: 'Juvenile Hall', jobTitle: 'Juvenile Correctional Counselor I', workPhone: phone(17), mobilePhone: phone(18), languages: ['English', 'Vietnamese'], specialties: ['Family', 'Relationships'], listingConsent: true, joinedDaysAgo: 200, hireDate: '2019-09-09', probationCompletedOn: '2020-09-09' },
  { firstName: 'Marcus', lastName: 'Reid', sworn: true, staffGroup: 'Juvenile Field Services', jobTitle: 'Deputy Probation Officer II', workPhone: phone(19), languages: ['English'], specialties: ['Critical incident'], listingConsent: true, joinedDaysAgo: 1050, existingMember: true, hireDate: '2011-02-14', probationCompletedOn: '2012-02-14' },
  { firstName: 'Ana', lastName: 'Sousa', sworn: false, staffGroup: 'Support Services', jobTitle: 'Legal Processing Specialist', workPhone: phone(20), languages: ['English', 'Portuguese'], specialties: ['Finances'], listingConsent: true, joinedDaysAgo: 320, hireDate: '2018-04-23', probationCompletedOn: '2019-04-23' },
  { firstName: 'Robert', lastName: 'Kim', preferredName: 'Bob', sworn: true, staffGroup: 'Adult Field Services', jobTitle: 'Deputy Probation Officer II', workPhone: phone(21), mobilePhone: phone(22), languages: ['English', 'Korean'], specialties: ['Health'], listingConsent: false, joinedDaysAgo: 150, hireDate: '2020-06-01', probationCompletedOn: '2021-06-01' },
  { firstName: 'Grace', lastName: 'Mensah', sworn: false, staffGroup: 'Administration', jobTitle: 'Staff Analyst', workPhone: phone(23), languages: ['English', 'Twi'], specialties: ['Relationships', 'Grief and loss'], listingConsent: true, joinedDaysAgo: 560, hireDate: '2014-10-20', probationCompletedOn: '2015-10-20' },
  { firstName: 'Samuel', lastName: 'Whitaker', sworn: true, staffGroup: 'Juvenile Hall', jobTitle: 'Senior Juvenile Correctional Counselor', workPhone: phone(24), languages: ['English'], specialties: ['Military / veteran'], listingConsent: true, joinedDaysAgo: 800, hireDate: '2008-07-07', probationCompletedOn: '2009-07-07', later: { status: 'temporarily-inactive', daysAgo: 40, reasonCategory: 'leave-of-absence' } },
  { firstName: 'Fatima', lastName: 'Haddad', sworn: false, staffGroup: 'Support Services', jobTitle: 'Office Assistant III', workPhone: phone(25), mobilePhone: phone(26), languages: ['English', 'Arabic'], specialties: ['Family'], listingConsent: true, joinedDaysAgo: 610, hireDate: '2017-03-13', probationCompletedOn: '2018-03-13', later: { status: 'temporarily-inactive', daysAgo: 75, reasonCategory: 'leave-of-absence' } },
  { firstName: 'Kevin', lastName: 'Doyle', sworn: true, staffGroup: 'Adult Field Services', jobTitle: 'Deputy Probation Officer III', workPhone: phone(27), languages: ['English'], specialties: ['Substance use'], listingConsent: true, joinedDaysAgo: 980, hireDate: '2010-11-01', probationCompletedOn: '2011-11-01', later: { status: 'removed', daysAgo: 60, } },
  { firstName: 'Helen', lastName: 'Park', sworn: false, staffGroup: 'Administration', jobTitle: 'Accountant', workPhone: phone(28), languages: ['English'], specialties: ['Finances'], listingConsent: true, joinedDaysAgo: 500, hireDate: '2013-02-04', probationCompletedOn: '2014-02-04', later: { status: 'resigned', daysAgo: 30, reasonCategory: 'left-department' } },
  { firstName: 'Victor', lastName: 'Nunez', sworn: true, staffGroup: 'Juvenile Field Services', jobTitle: 'Deputy Probation Officer III', workPhone: phone(29), languages: ['English', 'Spanish'], specialties: ['Family', 'Critical incident'], listingConsent: true, joinedDaysAgo: 1200, hireDate: '2007-01-08', probationCompletedOn: '2008-01-08', later: { status: 'term-ended', daysAgo: 90, reasonCategory: 'term-completed' } },
  { firstName: 'Olivia', lastName: 'Grant', sworn: false, staffGroup: 'Support Services', jobTitle: 'Supervising Legal Processor', workPhone: phone(30), mobilePhone: phone(31), languages: ['English', 'ASL'], specialties: ['Health', 'Grief and loss'], listingConsent: false, joinedDaysAgo: 260, hireDate: '2016-08-29', probationCompletedOn: '2017-08-29' },
  { firstName: 'Jamal', lastName: 'Carter', sworn: true, staffGroup: 'Juvenile Field Services', jobTitle: 'Deputy Probation Officer I', workPhone: phone(32), languages: ['English'], specialties: ['Relationships'], listingConsent: true, afterHoursAvailable: true, joinedDaysAgo: 90, hireDate: '2021-10-04', probationCompletedOn: '2022-10-04' },
  { firstName: 'Irene', lastName: 'Kowalski', sworn: true, staffGroup: 'Adult Field Services', jobTitle: 'Deputy Probation Officer II', workPhone: phone(33), languages: ['English', 'Polish'], specialties: ['Grief and loss'], listingConsent: false, joinedDaysAgo: 1030, existingMember: true, hireDate: '2012-12-03', probationCompletedOn: '2013-12-03' },
  { firstName: 'Hector', lastName: 'Ramirez', sworn: true, staffGroup: 'Juvenile Hall', jobTitle: 'Juvenile Correctional Counselor II', workPhone: phone(34), mobilePhone: phone(35), languages: ['English', 'Spanish'], specialties: ['Critical incident', 'Substance use'], listingConsent: true, joinedDaysAgo: 45, hireDate: '2019-02-18', probationCompletedOn: '2020-02-18' },
];

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value;
}

/** `today` is the day the demo is built around: the CLI passes the system clock's, tests a day they choose. */
export async function seedDemo(backend: Backend, today: Date): Promise<string[]> {
  const done: string[] = [];
  ok(
    await backend.invoke('settings.set', {
      departmentName: 'Marlow County Probation Department',
      programName: 'Peer Support Program',
      chiefName: 'Dana Whitcombe',
      chiefTitle: 'Chief Probation Officer',
      coordinatorName: 'Jordan Ellery',
      coordinatorPhone: '(707) 555-0100',
      staffGroupHeadcounts: {
        'Adult Field Services': 96,
        'Juvenile Field Services': 48,
        'Juvenile Hall': 64,
        Administration: 22,
        'Support Services': 35,
      },
    }),
    'settings',
  );
  done.push('settings: fictional department, Chief, Coordinator and staff-group headcounts');

  const existing = ok(await backend.invoke('roster.list', {}), 'roster');
  if (existing.members.length === 0) {
    const todayIso = toIsoDate(today);
    for (const { joinedDaysAgo, later, ...member } of demoMembers) {
      const created = ok(await backend.invoke('roster.create', { ...member, joinedOn: addDays(todayIso, -joinedDaysAgo) }), member.lastName);
      if (later) {
        const change = laterChange(created.id, later, addDays(todayIso, -later.daysAgo));
        ok(await backend.invoke('roster.changeStatus', change), `${member.lastName} status`);
      }
    }
    done.push(`roster: ${demoMembers.length} members in every status, some not listed on the intranet`);
    await seedTraining(backend, todayIso);
    done.push('training: required courses, eight quarterly sessions with attendance, one member inactive for training, one at risk, one pending');
    await seedTallies(backend, todayIso);
    done.push('tallies: twelve months of anonymous counts, a few late, the month now due partly outstanding');
    await seedActivity(backend, todayIso);
    done.push('activity: two incidents with assessment, debriefing and deployments; overtime requests; exception notices');
    await seedSelection(backend, todayIso);
    done.push('selection: an open round, candidates at every stage, one nominated twice, one waiting on the manager');
  }
  return done;
}

/**
 * Twelve months of tallies: counts and hours only, most on time, some late. Half the team has
 * not yet sent the latest month that is due (§6) — whatever the day, the dashboard has
 * missing tallies to show — nor any month after it.
 */
async function seedTallies(backend: Backend, todayIso: string): Promise<void> {
  const thisMonth = monthOf(todayIso);
  const { config } = ok(await backend.invoke('policy.get', {}), 'policy');
  const dueMonth = latestDueMonth(todayIso, config.tallyDueDay);
  for (let back = 12; back >= 1; back--) {
    const month = addMonths(thisMonth, -back);
    const { rows } = ok(await backend.invoke('tallies.month', { month }), 'tally month');
    for (const [index, row] of rows.entries()) {
      if (month >= dueMonth && index % 2 === 1) continue; // still outstanding
      const n = (row.memberId * 7 + back * 3) % 11;
      const late = (row.memberId + back) % 9 === 0;
      const sentOn = `${addMonths(month, 1)}-${late ? '14' : String(2 + (n % 7)).padStart(2, '0')}`;
      const receivedOn = sentOn > todayIso ? todayIso : sentOn;
      const input =
        n === 0
          ? { memberId: row.memberId, month, noContacts: true, receivedOn }
          : {
              memberId: row.memberId,
              month,
              noContacts: false,
              receivedOn,
              contacts: { oneOnOne: n % 5, group: n % 3 === 0 ? 1 : 0, followUp: n % 4, family: n % 6 === 0 ? 1 : 0, onScene: back % 5 === 0 && n > 6 ? 1 : 0, hospitalVisit: n === 10 ? 1 : 0 },
              hoursOnDuty: (n % 5) * 1.5 + 1,
              hoursOffDuty: n > 7 ? 2 : 0,
              referrals: { eap: n % 4 === 0 ? 1 : 0, clinician: n === 9 ? 1 : 0 },
              concerns: { workplace: n % 3, family: n % 4 === 1 ? 1 : 0, grief: n === 5 ? 1 : 0, criticalIncidentStress: back % 5 === 0 ? 1 : 0 },
            };
      if (n !== 0 && input.contacts && Object.values(input.contacts).every((v) => v === 0)) input.contacts.oneOnOne = 1;
      ok(await backend.invoke('tallies.submit', input), `tally ${row.displayName} ${month}`);
    }
    // The month before the one now due stays unreviewed too: the Coordinator's next review.
    if (month < addMonths(dueMonth, -1)) ok(await backend.invoke('tallies.review', { month }), `review ${month}`);
  }
}

/** Who deviates from "completed everything, attended every quarterly session" in the demo. */
const trainingExceptions = {
  missingGroupCrisis: 'Ramirez',
  missedLastTwoQuarterlies: 'Becker',
  missedLastQuarterly: 'Mensah',
};

async function seedTraining(backend: Backend, todayIso: string): Promise<void> {
  const courses = ok(await backend.invoke('training.courses', {}), 'courses');
  const byCode = (code: string) => courses.find((c) => c.code === code)?.id ?? 0;
  const members = ok(await backend.invoke('roster.list', {}), 'roster').members;
  for (const member of members) {
    for (const code of ['ICI-PS', 'GCI', ...(member.id % 3 === 0 ? ['SP'] : [])]) {
      if (code === 'GCI' && member.lastName === trainingExceptions.missingGroupCrisis) continue;
      const completedOn = addDays(member.joinedOn, 20 + (member.id % 5) * 7);
      if (completedOn > todayIso) continue;
      ok(await backend.invoke('training.recordCompletion', { memberId: member.id, courseId: byCode(code), completedOn, provider: 'Regional ICISF instructors', certificateOnFile: true }), 'completion');
    }
  }
  for (let quarter = 8; quarter >= 1; quarter--) {
    const session = ok(
      await backend.invoke('training.planSession', { courseId: byCode('QTM'), heldOn: addDays(todayIso, -quarter * 91 + 14), location: 'Training room B', instructor: 'Jordan Ellery', hours: 2 }),
      'quarterly session',
    );
    const absent = (lastName: string) =>
      (lastName === trainingExceptions.missedLastTwoQuarterlies && quarter <= 2) || (lastName === trainingExceptions.missedLastQuarterly && quarter === 1);
    const entries = session.roster.map((r) => ({ memberId: r.memberId, status: absent(r.displayName.split(' ').at(-1) ?? '') ? ('absent' as const) : ('attended' as const), partial: false }));
    ok(await backend.invoke('training.recordAttendance', { sessionId: session.id, entries }), 'attendance');
  }
  ok(await backend.invoke('training.planSession', { courseId: byCode('QTM'), heldOn: addDays(todayIso, 30), location: 'Training room B', instructor: 'Jordan Ellery', hours: 2 }), 'next quarterly');
  ok(await backend.invoke('training.planSession', { courseId: byCode('GCI'), heldOn: addDays(todayIso, 45), location: 'Regional training center', instructor: 'Regional ICISF instructors', hours: 13 }), 'next GCI');
}

/** Two incidents (one closed, one awaiting its defusing), overtime in every state, two notices. */
async function seedActivity(backend: Backend, todayIso: string): Promise<void> {
  const members = ok(await backend.invoke('roster.list', {}), 'roster').members.filter((m) => m.standing.deployable);
  const [first, second, third] = members;
  if (!first || !second || !third) return;
  const earlier = addDays(todayIso, -26);
  const closed = ok(
    await backend.invoke('incidents.record', { occurredAt: `${earlier}T16:20`, category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'], supervisorNotifiedAt: `${earlier}T17:05` }),
    'incident',
  );
  ok(await backend.invoke('incidents.assess', { incidentId: closed.id, assessedAt: `${earlier}T19:00`, assessedWith: 'eap', decision: 'debriefing', followUpsDueOn: addDays(earlier, 14) }), 'assessment');
  const debriefing = ok(
    await backend.invoke('incidents.addIntervention', { incidentId: closed.id, kind: 'debriefing', heldAt: `${addDays(earlier, 3)}T10:00`, durationHours: 2.5, attendeesSworn: 6, attendeesNonSworn: 3 }),
    'debriefing',
  );
  for (const member of [first, second]) {
    ok(await backend.invoke('incidents.deploy', { incidentId: closed.id, interventionId: debriefing.interventions[0]?.id ?? null, memberId: member.id, hours: 3, overtimeHours: 0 }), 'deployment');
  }
  const recent = addDays(todayIso, -1);
  ok(await backend.invoke('incidents.record', { occurredAt: `${recent}T22:40`, category: 'serious-injury', affectedStaffGroups: ['Adult Field Services'], supervisorNotifiedAt: `${recent}T23:15` }), 'incident');

  const overtime = [
    { member: first, days: 25, hours: 2, activity: 'debriefing' as const, decision: 'approved' as const },
    { member: second, days: 25, hours: 1.5, activity: 'debriefing' as const, decision: 'approved' as const },
    { member: third, days: 12, hours: 3, activity: 'peer-contact' as const, decision: 'denied' as const },
    { member: third, days: 3, hours: 2, activity: 'other' as const, decision: null },
  ];
  for (const o of overtime) {
    const request = ok(await backend.invoke('overtime.request', { memberId: o.member.id, workedOn: addDays(todayIso, -o.days), hours: o.hours, activity: o.activity, incidentId: null }), 'overtime');
    if (o.decision) ok(await backend.invoke('overtime.decide', { id: request.id, managerName: 'R. Castillo', decidedOn: addDays(todayIso, -o.days + 1), decision: o.decision }), 'overtime decision');
  }
  ok(await backend.invoke('notices.record', { memberId: second.id, category: 'danger-to-self-or-others', occurredOn: addDays(todayIso, -40), coordinatorNotifiedAt: `${addDays(todayIso, -40)}T18:30` }), 'notice');
  ok(await backend.invoke('notices.record', { memberId: third.id, category: 'administrative-investigation', occurredOn: addDays(todayIso, -9), coordinatorNotifiedAt: `${addDays(todayIso, -9)}T09:10` }), 'notice');
}

/** A recruitment round with candidates spread over the pipeline; nominators are fictional colleagues. */
async function seedSelection(backend: Backend, todayIso: string): Promise<void> {
  const round = ok(await backend.invoke('selection.openRound', { openedOn: addDays(todayIso, -60), closesOn: addDays(todayIso, 10), howToNominate: 'Send a short memo or e-mail to the Peer Support Coordinator naming the colleague you nominate. Nominations are confidential.' }), 'round');
  const nominate = async (firstName: string, lastName: string, staffGroup: string, sworn: boolean, jobTitle: string, daysAgo: number, nominatedBy: string) =>
    ok(await backend.invoke('selection.nominate', { roundId: round.id, firstName, lastName, staffGroup, sworn, jobTitle, receivedOn: addDays(todayIso, -daysAgo), nominatedBy }), `nominate ${lastName}`);
  await nominate('Priya', 'Natarajan', 'Adult Field Services', true, 'Deputy Probation Officer II', 50, 'Colleague A. Brandt');
  const twice = await nominate('Priya', 'Natarajan', 'Adult Field Services', true, 'Deputy Probation Officer II', 44, 'Colleague M. Ferreira');
  const contacted = await nominate('Owen', 'Blackwood', 'Support Services', false, 'Office Assistant III', 40, 'Colleague T. Ngata');
  const waiting = await nominate('Sofia', 'Marchetti', 'Juvenile Hall', true, 'Group Counselor', 55, 'Colleague R. Iwu');
  await nominate('Caleb', 'Osei', 'Juvenile Field Services', true, 'Deputy Probation Officer I', 12, 'Colleague L. Moreau');
  const contact = (candidateId: number, daysAgo: number, workPhone: string) =>
    backend.invoke('selection.recordContact', { candidateId, contactedOn: addDays(todayIso, -daysAgo), desireToServe: true, commitmentAcknowledged: true, workPhone });
  ok(await contact(twice.id, 35, '(707) 555-0191'), 'contact');
  ok(await contact(contacted.id, 20, '(707) 555-0192'), 'contact');
  ok(await contact(waiting.id, 45, '(707) 555-0193'), 'contact');
  for (const c of [twice, waiting]) {
    ok(await backend.invoke('selection.recordEligibility', { candidateId: c.id, assessedOn: addDays(todayIso, -30), fullTime: true, probationCompletedOn: '2022-04-01', notUnderInvestigation: true, notInSeriousDistress: true, judgementAndCommunication: true }), 'eligibility');
  }
  ok(await backend.invoke('selection.recordApproval', { candidateId: waiting.id, role: 'supervisor', approverName: 'K. Adeyemi', decidedOn: addDays(todayIso, -25), approved: true }), 'approval');
}
