/**
 * Every free-text field PeerDesk accepts: what it is for, how long it may be, and whether it
 * may leave PeerDesk (printed on a PDF, published to the intranet, or written to a CSV/XLSX
 * export). None of them is about a person a member supported. Each is a `plainText` schema
 * (src/shared/text.ts): no control, zero-width or bidirectional characters, one line unless
 * `multiline`. `inputs` names each channel input (`channel path`) that carries the field; a
 * unit test walks the contract and holds this list and the schemas to each other.
 *
 * A field is capped at 80 characters — room for a name, a title or a reference, not for a
 * story — unless `why` argues for more. What can be listed (a status reason, who assessed an
 * incident, the Chief's decision) is a pick-list or a structured record instead.
 *
 * Strings that are not free text are not listed: dates, months and moments (their format),
 * enumerations, passphrases and recovery codes (secrets, never stored as text or shown), a
 * backup's name (a fixed pattern), and an import's file name, bytes and column mapping (they
 * name the file being read and are not stored).
 */
export interface FreeTextField {
  field: string;
  purpose: string;
  maxLength: number;
  /** May be printed, published or exported. */
  leaves: boolean;
  /** Line breaks allowed (the memo's paragraph). */
  multiline?: boolean;
  /** Why a field may be longer than 80 characters. */
  why?: string;
  inputs: readonly string[];
}

const memberInputs = (path: string) => [`roster.create ${path}`, `roster.update fields.${path}`];

const settingsWhy =
  "The program's own names, set once and printed on every document; never about staff. Values saved by earlier versions may reach 200 characters and must read back unchanged.";
const jobTitleWhy = 'Official titles pass 80 characters ("Supervising Deputy Probation Officer, Juvenile Hall Intake and Detention"); a title names a post, never a person.';
const emailWhy = 'An address is checked against the e-mail pattern, so it cannot carry prose; department addresses can pass 80 characters.';

const fields = [
  { field: 'member.firstName', purpose: "A member's first name", maxLength: 60, leaves: true, inputs: memberInputs('firstName') },
  { field: 'member.lastName', purpose: "A member's last name", maxLength: 60, leaves: true, inputs: memberInputs('lastName') },
  { field: 'member.preferredName', purpose: 'The first name colleagues use', maxLength: 60, leaves: true, inputs: memberInputs('preferredName') },
  { field: 'member.staffGroup', purpose: "The member's staff group (§2.A)", maxLength: 80, leaves: true, inputs: memberInputs('staffGroup') },
  { field: 'member.jobTitle', purpose: "The member's job title, published on the team list (§7)", maxLength: 120, leaves: true, why: jobTitleWhy, inputs: memberInputs('jobTitle') },
  { field: 'member.workLocation', purpose: "The member's work site, in the Coordinator's roster export", maxLength: 80, leaves: true, inputs: memberInputs('workLocation') },
  { field: 'member.workPhone', purpose: 'Work phone, published on the team list (§7)', maxLength: 40, leaves: true, inputs: memberInputs('workPhone') },
  { field: 'member.mobilePhone', purpose: 'Mobile phone, published on the team list (§7)', maxLength: 40, leaves: true, inputs: memberInputs('mobilePhone') },
  { field: 'member.email', purpose: "The member's e-mail, in the Coordinator's roster export", maxLength: 200, leaves: true, why: emailWhy, inputs: memberInputs('email') },
  { field: 'member.languages', purpose: 'Languages the member offers support in, published (§7)', maxLength: 60, leaves: true, inputs: memberInputs('languages[]') },
  { field: 'member.specialties', purpose: 'Support the member offers, in the roster export', maxLength: 60, leaves: true, inputs: memberInputs('specialties[]') },
  { field: 'member.adminNote', purpose: 'Administrative note about the member (e.g. "prefers texts")', maxLength: 80, leaves: false, inputs: memberInputs('adminNote') },
  { field: 'chiefDecision.decidedBy', purpose: "The Chief's name or title, as signed on the decision to reinstate (§4.J)", maxLength: 80, leaves: false, inputs: ['roster.changeStatus chiefDecision.decidedBy', 'selection.recordException chiefDecision.decidedBy'] },
  { field: 'chiefDecision.exceptionReference', purpose: "The reference of the Chief's written §10 exception, e.g. a memo number (§4.J)", maxLength: 80, leaves: false, inputs: ['roster.changeStatus chiefDecision.exceptionReference', 'selection.recordException chiefDecision.exceptionReference'] },

  { field: 'course.code', purpose: 'Short course code, the training matrix column (§8)', maxLength: 20, leaves: true, inputs: ['training.saveCourse code'] },
  { field: 'course.name', purpose: 'Course name, on the matrix and sign-in sheets (§8)', maxLength: 120, leaves: true, why: 'Accredited course titles are printed in full on certificates and sign-in sheets (e.g. "Assisting Individuals in Crisis and Group Crisis Intervention: …"); a title names a course, never a person.', inputs: ['training.saveCourse name'] },
  { field: 'course.externalCourseNumber', purpose: "The outside provider's course number", maxLength: 60, leaves: false, inputs: ['training.saveCourse externalCourseNumber'] },
  { field: 'session.location', purpose: 'Where a training session is held, on its sign-in sheet', maxLength: 80, leaves: true, inputs: ['training.planSession location', 'training.updateSession location'] },
  { field: 'session.instructor', purpose: "A training session's instructor, on its sign-in sheet", maxLength: 80, leaves: true, inputs: ['training.planSession instructor', 'training.updateSession instructor'] },
  { field: 'completion.provider', purpose: 'Who gave a course completed outside PeerDesk', maxLength: 80, leaves: false, inputs: ['training.recordCompletion provider'] },

  { field: 'incident.affectedStaffGroups', purpose: 'Staff groups an incident affected (§7), counted in the report', maxLength: 80, leaves: true, inputs: ['incidents.record affectedStaffGroups[]', 'incidents.update affectedStaffGroups[]'] },
  { field: 'overtime.managerName', purpose: 'The manager who decided an overtime request (§3.B, §9)', maxLength: 80, leaves: false, inputs: ['overtime.decide managerName', 'overtime.correctDecision managerName'] },

  { field: 'round.howToNominate', purpose: 'How to nominate, printed on the announcement memo (§2.A)', maxLength: 600, leaves: true, multiline: true, why: 'The paragraph of the announcement memo that tells staff how to nominate: about the process, printed for everyone.', inputs: ['selection.openRound howToNominate', 'selection.updateRound howToNominate'] },
  { field: 'candidate.firstName', purpose: "A candidate's first name, on their letter", maxLength: 60, leaves: true, inputs: ['selection.nominate firstName'] },
  { field: 'candidate.lastName', purpose: "A candidate's last name, on their letter", maxLength: 60, leaves: true, inputs: ['selection.nominate lastName'] },
  { field: 'candidate.staffGroup', purpose: "A candidate's staff group, on their letter", maxLength: 80, leaves: true, inputs: ['selection.nominate staffGroup'] },
  { field: 'candidate.jobTitle', purpose: "A candidate's job title, on their letter", maxLength: 120, leaves: true, why: jobTitleWhy, inputs: ['selection.nominate jobTitle'] },
  { field: 'nomination.nominatedBy', purpose: 'Who nominated (§2.A): sealed, revealed only on an audited request', maxLength: 60, leaves: false, inputs: ['selection.nominate nominatedBy'] },
  { field: 'candidate.workPhone', purpose: "A candidate's work phone; the member's when selected", maxLength: 40, leaves: true, inputs: ['selection.recordContact workPhone'] },
  { field: 'candidate.mobilePhone', purpose: "A candidate's mobile phone; the member's when selected", maxLength: 40, leaves: true, inputs: ['selection.recordContact mobilePhone'] },
  { field: 'candidate.email', purpose: "A candidate's e-mail; the member's when selected", maxLength: 200, leaves: true, why: emailWhy, inputs: ['selection.recordContact email'] },
  { field: 'approval.approverName', purpose: 'The supervisor or manager who decided (§2.F)', maxLength: 60, leaves: false, inputs: ['selection.recordApproval approverName'] },
  { field: 'interview.panel', purpose: 'Names of the interview panel', maxLength: 60, leaves: false, inputs: ['selection.recordInterview panel[]'] },

  { field: 'settings.departmentName', purpose: "The department's name, on every document", maxLength: 200, leaves: true, why: settingsWhy, inputs: ['settings.set departmentName'] },
  { field: 'settings.programName', purpose: "The program's name, on every document", maxLength: 200, leaves: true, why: settingsWhy, inputs: ['settings.set programName'] },
  { field: 'settings.chiefName', purpose: "The Chief's name", maxLength: 200, leaves: true, why: settingsWhy, inputs: ['settings.set chiefName'] },
  { field: 'settings.chiefTitle', purpose: "The Chief's title", maxLength: 200, leaves: true, why: settingsWhy, inputs: ['settings.set chiefTitle'] },
  { field: 'settings.coordinatorName', purpose: "The Coordinator's name, on the team list and letters", maxLength: 200, leaves: true, why: settingsWhy, inputs: ['settings.set coordinatorName'] },
  { field: 'settings.coordinatorPhone', purpose: "The Coordinator's phone, on the team list and letters", maxLength: 40, leaves: true, inputs: ['settings.set coordinatorPhone'] },
  { field: 'settings.nasFolder', purpose: 'The intranet folder the team list is published to (a path)', maxLength: 1000, leaves: false, why: 'A path on the intranet share; Windows long paths reach hundreds of characters.', inputs: ['settings.set nasFolder'] },
  { field: 'settings.staffGroups', purpose: "The department's staff groups (§2.A), printed in reports", maxLength: 80, leaves: true, inputs: ['settings.set staffGroups[]'] },
  { field: 'settings.staffGroupHeadcounts', purpose: 'A staff group named in the headcount table', maxLength: 80, leaves: false, inputs: ['settings.set staffGroupHeadcounts{key}'] },
  { field: 'settings.supportSpecialties', purpose: 'What members may offer particular support in', maxLength: 60, leaves: false, inputs: ['settings.set supportSpecialties[]'] },
  { field: 'policy.reason', purpose: 'Why a policy parameter changed, in the version history', maxLength: 80, leaves: false, inputs: ['policy.update reason'] },

  { field: 'resource.name', purpose: 'An outside resource (organisation or professional), published and on the wallet card (§4.D)', maxLength: 80, leaves: true, inputs: ['resources.save name'] },
  { field: 'resource.phones', purpose: "An outside resource's phone, published and on the wallet card (§4.D)", maxLength: 40, leaves: true, inputs: ['resources.save phones[]'] },
  { field: 'resource.hours', purpose: 'When an outside resource answers (e.g. "Mon–Fri 8–5"), published', maxLength: 60, leaves: true, inputs: ['resources.save hours'] },
  { field: 'resource.languages', purpose: 'Languages an outside resource offers, published', maxLength: 40, leaves: true, inputs: ['resources.save languages[]'] },
  { field: 'resource.note', purpose: "The Coordinator's note on an outside resource (e.g. 'ask for the intake desk'); never published", maxLength: 80, leaves: false, inputs: ['resources.save note'] },
] as const satisfies readonly FreeTextField[];

export type FreeTextFieldName = (typeof fields)[number]['field'];
export const freeTextFields: readonly FreeTextField[] = fields;

