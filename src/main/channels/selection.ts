import { toIsoDate, type IsoDate } from '../../shared/calendar';
import { memberFieldsSchema } from '../../shared/members';
import type { SavedFile } from '../../shared/roster';
import { candidateStages, type Candidate, type CandidateStage } from '../../shared/selection';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../documents/pdf/render-pdf';
import { announcementPdf, outcomeLetterPdf } from '../documents/pdf/selection-pdfs';
import { blockingCriteria } from '../domains/selection/rules';
import { AppError, validationError } from '../errors';
import type { Clock } from '../clock';
import type { Dialogs } from '../files/dialogs';
import { currentPolicy } from '../domains/policy/store';
import { addMember, checkMemberAgainstTeam } from '../domains/roster/roster-service';
import {
  findOpenCandidate,
  insertCandidate,
  insertNomination,
  insertRound,
  listPurges,
  listRounds,
  purgeableCandidateIds,
  purgeCandidates,
  saveApproval,
  saveContact,
  saveDecision,
  saveEligibility,
  saveException,
  saveInterview,
  sealedNominator,
} from '../domains/selection/store';
import { candidatesNow, currentStage, retentionCutoff, summaryOf } from '../domains/selection/queries';
import type { Session } from '../session/session';
import { readSettings } from '../domains/settings/store';
import { saveThroughDialog } from '../documents/save-through-dialog';
import type { BindingsOf } from './channel';

function candidateById(session: Session, clock: Clock, id: number): Candidate {
  const candidate = candidatesNow(session, clock).find((c) => c.id === id);
  if (!candidate) throw new AppError('not_found', `No candidate #${id}.`);
  return candidate;
}

/**
 * The stages happen in order (§2): a step needs the one before it, a decided candidate
 * is closed (a deferred one may be taken up again), and no stage is dated in the future
 * or before the stage it follows.
 */
function checkStep(candidate: Candidate, step: CandidateStage, date: IsoDate, path: string, today: IsoDate): void {
  if (candidate.decision && candidate.decision !== 'deferred') {
    throw new AppError('conflict', `${candidate.displayName}'s selection is closed: ${candidate.decision.replace('-', ' ')}.`);
  }
  const needed = candidateStages[candidateStages.indexOf(step) - 1] ?? 'nominated';
  // A deferred candidate is taken up again at the stage it had reached.
  const reached = candidate.stage === 'decided' ? currentStage({ ...candidate, outcome: null }).stage : candidate.stage;
  if (candidateStages.indexOf(reached) < candidateStages.indexOf(needed)) {
    throw new AppError('policy', `Record the ${needed === 'contacted' ? 'contact' : needed} stage first: the selection steps follow §2 in order.`, {
      section: '§2',
      fields: [{ path: 'candidateId', message: `Stage ${needed} not reached` }],
    });
  }
  if (date > today) throw validationError('That date is still to come.', [{ path, message: 'In the future' }]);
  if (date < candidate.nominatedOn) throw validationError(`That date is before the nomination (${candidate.nominatedOn}).`, [{ path, message: 'Before the nomination' }]);
}

function notBefore(date: IsoDate, earlier: IsoDate | undefined, what: string, path: string): void {
  if (earlier && date < earlier) throw validationError(`That date is before the ${what} (${earlier}).`, [{ path, message: `Before the ${what}` }]);
}

function savePdf(dialogs: Dialogs, title: string, defaultName: string, document: TDocumentDefinitions): Promise<SavedFile> {
  return saveThroughDialog(dialogs, { title, defaultName, extensions: ['pdf'] }, () => renderPdf(document));
}

/** Selecting turns the candidate into a member, training pending (§8), without retyping. */
function memberFieldsFrom(candidate: Candidate, joinedOn: IsoDate) {
  const parsed = memberFieldsSchema.safeParse({
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    sworn: candidate.sworn,
    staffGroup: candidate.staffGroup,
    jobTitle: candidate.jobTitle,
    workPhone: candidate.contact?.workPhone ?? '',
    mobilePhone: candidate.contact?.mobilePhone ?? '',
    email: candidate.contact?.email ?? '',
    probationCompletedOn: candidate.eligibility?.probationCompletedOn ?? null,
    fullTime: candidate.eligibility?.fullTime ?? true,
    joinedOn,
  });
  if (!parsed.success) throw validationError('The candidate record cannot become a member yet.', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  if (!parsed.data.workPhone && !parsed.data.mobilePhone) {
    throw validationError('Record a work or mobile phone at the contact stage: the team list exists to reach members.', [{ path: 'workPhone', message: 'No phone' }]);
  }
  return parsed.data;
}

/** §2 selection: rounds, sealed nominations, the candidate pipeline and its paper. */
export const selectionHandlers: BindingsOf<'selection'> = {
  'selection.overview': (_input, { session, clock }) => {
    const db = session.database();
    const retention = currentPolicy(db).config.candidateRetentionMonths;
    return {
      rounds: listRounds(db),
      candidates: candidatesNow(session, clock).map(summaryOf),
      purgeable: purgeableCandidateIds(db, retentionCutoff(toIsoDate(clock()), retention)).length,
      purged: listPurges(db),
    };
  },
  'selection.candidate': ({ candidateId }, { session, clock }) => candidateById(session, clock, candidateId),

  'selection.openRound': (input, { session }) => {
    const id = session.write<number>((newId) => ({ action: 'selection.openRound', entity: 'round', entityId: newId }), (tx) => insertRound(tx, input));
    return { id, ...input, candidates: 0 };
  },
  'selection.announcement': async ({ roundId }, { session, dialogs }) => {
    const db = session.database();
    const round = listRounds(db).find((r) => r.id === roundId);
    if (!round) throw new AppError('not_found', `No recruitment round #${roundId}.`);
    return savePdf(dialogs, 'Save the announcement memo', `peer-support-nominations-${round.openedOn}.pdf`, announcementPdf(round, readSettings(db), currentPolicy(db).config));
  },

  'selection.nominate': (input, { session, clock }) => {
    const db = session.database();
    const round = listRounds(db).find((r) => r.id === input.roundId);
    if (!round) throw validationError(`No recruitment round #${input.roundId}.`, [{ path: 'roundId', message: 'Unknown round' }]);
    if (input.receivedOn > toIsoDate(clock())) throw validationError('That date is still to come.', [{ path: 'receivedOn', message: 'In the future' }]);
    if (input.receivedOn < round.openedOn) throw validationError(`The round opened on ${round.openedOn}.`, [{ path: 'receivedOn', message: 'Before the round opened' }]);
    if (!readSettings(db).staffGroups.includes(input.staffGroup)) throw validationError(`Not a staff group: ${input.staffGroup}.`, [{ path: 'staffGroup', message: 'Unknown staff group' }]);
    const id = session.write<number>(
      (candidateId) => ({ action: 'selection.nominate', entity: 'candidate', entityId: candidateId }),
      (tx) => {
        // Several nominations of one person merge into one candidate with a count.
        const candidateId = findOpenCandidate(tx, input) ?? insertCandidate(tx, input);
        insertNomination(tx, { candidateId, receivedOn: input.receivedOn, nominatedBy: input.nominatedBy });
        return candidateId;
      },
    );
    return candidateById(session, clock, id);
  },
  'selection.revealNominator': ({ nominationId }, { session }) => {
    const name = sealedNominator(session.database(), nominationId);
    if (name === null) throw new AppError('not_found', `No nomination #${nominationId}.`);
    // §2.A: nominations are confidential; seeing who nominated is a deliberate, recorded act.
    session.write({ action: 'selection.revealNominator', entity: 'nomination', entityId: nominationId }, () => undefined);
    return { nominatedBy: name };
  },

  'selection.recordContact': (input, { session, clock }) => {
    const candidate = candidateById(session, clock, input.candidateId);
    checkStep(candidate, 'contacted', input.contactedOn, 'contactedOn', toIsoDate(clock()));
    session.write({ action: 'selection.recordContact', entity: 'candidate', entityId: input.candidateId }, (tx) => saveContact(tx, input));
    return candidateById(session, clock, input.candidateId);
  },
  'selection.recordEligibility': (input, { session, clock }) => {
    const candidate = candidateById(session, clock, input.candidateId);
    checkStep(candidate, 'eligibility', input.assessedOn, 'assessedOn', toIsoDate(clock()));
    notBefore(input.assessedOn, candidate.contact?.contactedOn, 'contact', 'assessedOn');
    session.write({ action: 'selection.recordEligibility', entity: 'candidate', entityId: input.candidateId }, (tx) => saveEligibility(tx, input));
    return candidateById(session, clock, input.candidateId);
  },
  'selection.recordApproval': (input, { session, clock }) => {
    const candidate = candidateById(session, clock, input.candidateId);
    checkStep(candidate, 'approvals', input.decidedOn, 'decidedOn', toIsoDate(clock()));
    session.write({ action: `selection.${input.role}Approval`, entity: 'candidate', entityId: input.candidateId }, (tx) => saveApproval(tx, input));
    return candidateById(session, clock, input.candidateId);
  },
  'selection.recordInterview': (input, { session, clock }) => {
    const candidate = candidateById(session, clock, input.candidateId);
    checkStep(candidate, 'interview', input.heldOn, 'heldOn', toIsoDate(clock()));
    notBefore(input.heldOn, candidate.eligibility?.assessedOn, 'eligibility check', 'heldOn');
    session.write({ action: 'selection.recordInterview', entity: 'candidate', entityId: input.candidateId }, (tx) => saveInterview(tx, input));
    return candidateById(session, clock, input.candidateId);
  },
  'selection.recordException': (input, { session, clock }) => {
    const candidate = candidateById(session, clock, input.candidateId);
    if (input.approvedOn > toIsoDate(clock())) throw validationError('That date is still to come.', [{ path: 'approvedOn', message: 'In the future' }]);
    if (candidate.decision === 'selected') throw new AppError('conflict', `${candidate.displayName} is already selected.`);
    session.write({ action: 'selection.recordException', entity: 'candidate', entityId: input.candidateId }, (tx) => saveException(tx, input));
    return candidateById(session, clock, input.candidateId);
  },
  'selection.decide': (input, { session, clock }) => {
    const db = session.database();
    const candidate = candidateById(session, clock, input.candidateId);
    const today = toIsoDate(clock());
    if (input.decision !== 'selected') {
      checkStep(candidate, 'contacted', input.decidedOn, 'decidedOn', today);
    } else {
      checkStep(candidate, 'decided', input.decidedOn, 'decidedOn', today);
      const blocking = blockingCriteria(candidate.criteria);
      if (blocking.length) {
        const sections = [...new Set(blocking.map((c) => c.section))].join(', ');
        throw new AppError('policy', `${candidate.displayName} cannot be selected yet (${sections}): ${blocking.map((c) => `${c.label} — ${c.outcome.replace('-', ' ')}`).join('; ')}. A Chief's written exception (§10) can allow it.`, {
          section: sections,
          fields: blocking.map((c) => ({ path: c.id, message: `${c.section} ${c.outcome}` })),
        });
      }
    }
    notBefore(input.decidedOn, candidate.stageOn, `${candidate.stage} stage`, 'decidedOn');
    const fields = input.decision === 'selected' ? memberFieldsFrom(candidate, input.decidedOn) : null;
    if (fields) checkMemberAgainstTeam(db, fields, readSettings(db), null);
    session.write({ action: `selection.${input.decision}`, entity: 'candidate', entityId: input.candidateId }, (tx) =>
      saveDecision(tx, { ...input, memberId: fields ? addMember(tx, fields, clock(), session.actor) : null }),
    );
    return candidateById(session, clock, input.candidateId);
  },
  'selection.letter': async ({ candidateId }, { session, clock, dialogs }) => {
    const db = session.database();
    const candidate = candidateById(session, clock, candidateId);
    if (candidate.decision !== 'selected' && candidate.decision !== 'not-selected') {
      throw validationError('Letters are for candidates selected or not selected.', [{ path: 'candidateId', message: 'No outcome yet' }]);
    }
    const name = `${candidate.decision === 'selected' ? 'selection' : 'outcome'}-letter-${candidate.lastName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`;
    return savePdf(dialogs, 'Save the outcome letter', name, outcomeLetterPdf(candidate, readSettings(db), currentPolicy(db).config, toIsoDate(clock())));
  },
  'selection.purge': (_input, { session, clock }) => {
    const db = session.database();
    const today = toIsoDate(clock());
    const ids = purgeableCandidateIds(db, retentionCutoff(today, currentPolicy(db).config.candidateRetentionMonths));
    return session.write({ action: 'selection.purge', entity: 'candidate' }, (tx) => purgeCandidates(tx, ids, today));
  },
};
