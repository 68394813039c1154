import type { Backend } from '../../src/main/backend';

const firstNames = ['Maria', 'Daniel', 'Priya', 'Thomas', 'Lena', 'Marcus', 'Ana', 'Robert', 'Grace', 'Samuel', 'Fatima', 'Kevin', 'Helen', 'Victor', 'Olivia', 'Jamal', 'Irene', 'Hector'];
const lastNames = ['Alvarez', 'Okafor', 'Raman', 'Becker', 'Hoang', 'Reid', 'Sousa', 'Kim', 'Mensah', 'Whitaker', 'Haddad', 'Doyle', 'Park', 'Nunez', 'Grant', 'Carter', 'Kowalski', 'Ramirez'];
const groups = ['Adult Field Services', 'Juvenile Field Services', 'Juvenile Hall', 'Administration', 'Support Services'];

/** A roster file of `size` members, as a department's HR export would give it. */
export function syntheticRosterFile(size: number): { fileName: string; contentBase64: string } {
  const rows = ['First name,Last name,Sworn,Staff group,Work phone,Joined,Languages,Consent'];
  for (let i = 0; i < size; i++) {
    const joined = `${2017 + (i % 9)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    rows.push(
      `${firstNames[i % firstNames.length]},${lastNames[(i * 7) % lastNames.length]}${i},${i % 3 ? 'yes' : 'no'},${groups[i % groups.length]},(707) 555-${String(1000 + i).slice(-4)},${joined},${i % 4 ? 'English' : 'English; Spanish'},${i % 5 ? 'yes' : 'no'}`,
    );
  }
  return { fileName: 'synthetic.csv', contentBase64: Buffer.from(rows.join('\n')).toString('base64') };
}

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/**
 * Ten courses and eight years of training for the whole team: required courses completed,
 * a quarterly session every three months with everyone's attendance, and six course
 * sessions a year with thirty attendees each.
 */
export async function addSyntheticTraining(backend: Backend, today: string): Promise<void> {
  for (const [code, name] of [['PFA', 'Psychological First Aid'], ['CISM', 'CISM refresher'], ['ETH', 'Peer support ethics'], ['SUB', 'Substance use awareness'], ['GRF', 'Grief support']]) {
    await ok(backend.invoke('training.saveCourse', { code, name, kind: 'recommended', contactHours: 4, validityMonths: 36 }));
  }
  const courses = await ok(backend.invoke('training.courses', {}));
  const members = (await ok(backend.invoke('roster.list', {}))).members;
  // The required courses at a session on the first of each month in which members joined.
  const required = courses.filter((c) => c.kind === 'required-before-service');
  const cohorts = new Map<string, typeof members>();
  for (const m of members) cohorts.set(`${m.joinedOn.slice(0, 7)}-01`, [...(cohorts.get(`${m.joinedOn.slice(0, 7)}-01`) ?? []), m]);
  for (const [heldOn, cohort] of cohorts) {
    for (const course of required) {
      const session = await ok(backend.invoke('training.planSession', { courseId: course.id, heldOn, hours: 8 }));
      await ok(backend.invoke('training.recordAttendance', { sessionId: session.id, entries: cohort.map((m) => ({ memberId: m.id, status: 'attended' as const, partial: false })) }));
    }
  }
  const quarterly = courses.find((c) => c.kind === 'recurring');
  const others = courses.filter((c) => c.kind === 'recommended');
  const [year] = today.split('-').map(Number) as [number];
  for (let y = year - 8; y < year; y++) {
    for (const month of ['01', '04', '07', '10']) {
      const session = await ok(backend.invoke('training.planSession', { courseId: quarterly?.id ?? 0, heldOn: `${y}-${month}-15`, hours: 2 }));
      const entries = session.roster.map((r, i) => ({ memberId: r.memberId, status: i % 17 === 0 ? ('absent' as const) : ('attended' as const), partial: false }));
      await ok(backend.invoke('training.recordAttendance', { sessionId: session.id, entries }));
    }
    for (let s = 0; s < 6; s++) {
      const course = others[s % others.length];
      const session = await ok(backend.invoke('training.planSession', { courseId: course?.id ?? 0, heldOn: `${y}-${String(s * 2 + 1).padStart(2, '0')}-20`, hours: 4 }));
      const entries = session.roster.slice(s * 30, s * 30 + 30).map((r) => ({ memberId: r.memberId, status: 'attended' as const, partial: false }));
      await ok(backend.invoke('training.recordAttendance', { sessionId: session.id, entries }));
    }
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Ten years of monthly tallies for every member who was on the team that month, saved a month
 * at a time through the grid's channel (tallies.submitMany). Unlike
 * tallies entered all on one day, these come in as a real month's do (§6, due on the 10th):
 * most in the first days of the next month, about one in forty on the 14th (late), and about
 * one in a hundred never (missing). The report's lists of names then have the length they
 * have in practice.
 */
export async function addSyntheticTallies(backend: Backend, today: string): Promise<number> {
  const members = (await ok(backend.invoke('roster.list', {}))).members;
  const [year, month] = today.split('-').map(Number) as [number, number];
  let count = 0;
  for (let back = 120; back >= 1; back--) {
    const index = year * 12 + (month - 1) - back;
    const m = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
    const next = `${Math.floor((index + 1) / 12)}-${pad(((index + 1) % 12) + 1)}`;
    const tallies = members.flatMap((member) => {
      if (member.joinedOn.slice(0, 7) > m || (member.id + back) % 97 === 0) return [];
      const n = (member.id + back) % 7;
      const received = `${next}-${(member.id * 3 + back) % 41 === 0 ? '14' : pad(1 + (member.id % 9))}`;
      const receivedOn = received < today ? received : today;
      return [n === 0 ? { memberId: member.id, month: m, noContacts: true, receivedOn } : { memberId: member.id, month: m, noContacts: false, contacts: { oneOnOne: n, followUp: n % 3 }, hoursOnDuty: n, referrals: { eap: n % 2 }, receivedOn }];
    });
    if (tallies.length) count += (await ok(backend.invoke('tallies.submitMany', { tallies }))).saved;
  }
  return count;
}
