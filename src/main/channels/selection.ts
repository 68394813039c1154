import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SavedFile } from '../../shared/roster';
import { renderPdf } from '../documents/pdf/render-pdf';
import { announcementPdf, outcomeLetterPdf } from '../documents/pdf/selection-pdfs';
import { saveThroughDialog } from '../documents/save-through-dialog';
import {
  correctRound,
  decide,
  nominate,
  openRound,
  purge,
  recordApproval,
  recordContact,
  recordEligibility,
  recordException,
  recordInterview,
  revealNominator,
  voidRound,
} from '../domains/selection/commands';
import { announcement, candidateById, outcomeLetter, selectionOverview } from '../domains/selection/queries';
import type { Dialogs } from '../files/dialogs';
import type { BindingsOf } from './channel';

function savePdf(dialogs: Dialogs, title: string, defaultName: string, document: TDocumentDefinitions): Promise<SavedFile> {
  return saveThroughDialog(dialogs, { title, defaultName, extensions: ['pdf'] }, () => renderPdf(document));
}

/** §2 selection: rounds, sealed nominations, the candidate pipeline and its paper. */
export const selectionBindings: BindingsOf<'selection'> = {
  'selection.overview': (_input, { store, today }) => selectionOverview(store, today),
  'selection.candidate': ({ candidateId }, { store, today }) => candidateById(store, today, candidateId),

  'selection.openRound': (input, { store }) => openRound(store, input),
  'selection.updateRound': (input, { store }) => correctRound(store, input),
  'selection.voidRound': (input, { store, clock }) => voidRound(store, clock(), input),
  'selection.announcement': async ({ roundId }, { store, dialogs }) => {
    const { round, settings, policy, fileName } = announcement(store, roundId);
    return savePdf(dialogs, 'Save the announcement memo', fileName, announcementPdf(round, settings, policy));
  },

  'selection.nominate': (input, { store, today }) => nominate(store, today, input),
  'selection.revealNominator': ({ nominationId }, { store }) => revealNominator(store, nominationId),

  'selection.recordContact': (input, { store, today }) => recordContact(store, today, input),
  'selection.recordEligibility': (input, { store, today }) => recordEligibility(store, today, input),
  'selection.recordApproval': (input, { store, today }) => recordApproval(store, today, input),
  'selection.recordInterview': (input, { store, today }) => recordInterview(store, today, input),
  'selection.recordException': (input, { store, today }) => recordException(store, today, input),
  'selection.decide': (input, { store, today, clock }) => decide(store, today, clock(), input),
  'selection.letter': async ({ candidateId }, { store, today, dialogs }) => {
    const { candidate, settings, policy, fileName } = outcomeLetter(store, today, candidateId);
    return savePdf(dialogs, 'Save the outcome letter', fileName, outcomeLetterPdf(candidate, settings, policy, today));
  },
  'selection.purge': (_input, { store, today }) => purge(store, today),
};
