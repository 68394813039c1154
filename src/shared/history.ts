import type * as z from 'zod';
import { importFileSchema, importMappingOf, importModeSchema, type SheetPreview } from './sheet-import';

/**
 * The history a program already has, imported from its spreadsheets with the roster import's
 * preview → commit flow: monthly tallies (a month × a member × the §6 figures) and training
 * completions (a member × a catalog course × the day completed). A member is matched by name
 * as the roster's duplicate check does (first and last name, any case; a phone to tell two
 * people of one name apart).
 */

/** The columns that say who a row is about: a full name, or first and last names; a phone when two members share a name. */
const memberColumns = ['member', 'firstName', 'lastName', 'phone'] as const;

/** §6 figures of a tally, one column each (the keys of `tallyInputSchema`, nested ones dotted). */
export const tallyFigureFields = [
  'contacts.oneOnOne',
  'contacts.group',
  'contacts.onScene',
  'contacts.defusing',
  'contacts.debriefing',
  'contacts.followUp',
  'contacts.family',
  'contacts.hospitalVisit',
  'hoursOnDuty',
  'hoursOffDuty',
  'referrals.eap',
  'referrals.clinician',
  'referrals.chaplain',
  'referrals.other',
  'concerns.criticalIncidentStress',
  'concerns.family',
  'concerns.grief',
  'concerns.substanceUse',
  'concerns.workplace',
  'concerns.health',
  'concerns.finances',
  'concerns.legal',
  'concerns.suicideRisk',
  'concerns.undisclosed',
] as const;

export const tallyHistoryFields = [...memberColumns, 'month', 'receivedOn', ...tallyFigureFields] as const;
export type TallyHistoryField = (typeof tallyHistoryFields)[number];

export const completionHistoryFields = [...memberColumns, 'course', 'completedOn', 'provider', 'certificateOnFile'] as const;
export type CompletionHistoryField = (typeof completionHistoryFields)[number];

const tallyHistoryMapping = importMappingOf(tallyHistoryFields);
export type TallyHistoryMapping = z.infer<typeof tallyHistoryMapping>;
const completionHistoryMapping = importMappingOf(completionHistoryFields);
export type CompletionHistoryMapping = z.infer<typeof completionHistoryMapping>;

export const tallyHistoryPreviewSchema = importFileSchema.extend({ mapping: tallyHistoryMapping.optional() }).strict();
export const tallyHistoryCommitSchema = importFileSchema.extend({ mapping: tallyHistoryMapping, mode: importModeSchema }).strict();
export const completionHistoryPreviewSchema = importFileSchema.extend({ mapping: completionHistoryMapping.optional() }).strict();
export const completionHistoryCommitSchema = importFileSchema.extend({ mapping: completionHistoryMapping, mode: importModeSchema }).strict();

export type TallyHistoryPreview = SheetPreview<TallyHistoryField>;
export type CompletionHistoryPreview = SheetPreview<CompletionHistoryField>;
