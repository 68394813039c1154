import * as z from 'zod';
import { monthSchema, type Month } from './calendar';
import { concernCategories, concernLabels, contactTypeLabels, contactTypes, referralDestinations, referralLabels } from './tallies';

/**
 * §6: tallies returned as filled-in forms (a fillable PDF or the XLSX template) and read in
 * from a folder at once. Counts only: a figure field holding text is refused, never stored,
 * never logged and never shown back.
 */

/** The marker a form PeerDesk made carries, so a returned file is known for one of ours. */
export const TALLY_FORM_MARKER = 'peerdesk-tally-form-1';

/** Every figure of a tally as a form field: its key (`contacts.oneOnOne`, `hoursOnDuty`…). */
export const tallyFormFigures = [
  ...contactTypes.map((k) => `contacts.${k}` as const),
  'hoursOnDuty',
  'hoursOffDuty',
  ...referralDestinations.map((k) => `referrals.${k}` as const),
  ...concernCategories.map((k) => `concerns.${k}` as const),
] as const;
export type TallyFormFigure = (typeof tallyFormFigures)[number];

/** Bounds of one intake: the folder, each file, and what a file may hold. */
/** A team's PDF form takes about 12 kB a member: 25 MB holds the forms of 1000 members, with room for a viewer's additions. */
export const intakeLimits = { files: 500, fileBytes: 25 * 1024 * 1024, formsPerFile: 1000 } as const;

export const intakePreviewInputSchema = z.object({ month: monthSchema }).strict();
export const intakeCommitInputSchema = z.object({ month: monthSchema, intakeId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict();

/** What a returned form's figures add up to, for the preview (counts and hours only). */
export interface IntakeFigures {
  noContacts: boolean;
  contacts: number;
  hoursOnDuty: number;
  hoursOffDuty: number;
  referrals: number;
  concerns: number;
}

/** One member's form in a returned file (a file may hold several filled pages or sheets). */
export interface IntakeEntry {
  fileName: string;
  memberId: number | null;
  displayName: string | null;
  month: Month | null;
  figures: IntakeFigures | null;
  /** Why it cannot be imported; empty when it can. Never quotes what was written in a field. */
  problems: string[];
}

export interface IntakePreview {
  /** Hands the folder chosen in main's dialog to the commit; the window never sees its path. */
  intakeId: number | null;
  month: Month;
  folderName: string | null;
  entries: IntakeEntry[];
  valid: number;
}

export interface IntakeResult {
  stored: { fileName: string; memberId: number; displayName: string; month: Month }[];
  refused: IntakeEntry[];
}

/** The label a figure has on the forms and in the preview's problems. */
export function tallyFigureLabel(figure: TallyFormFigure): string {
  const [group, key] = figure.split('.');
  if (group === 'contacts') return `Contacts: ${contactTypeLabels[contactTypes.find((k) => k === key) ?? 'oneOnOne']}`;
  if (group === 'referrals') return `Referrals: ${referralLabels[referralDestinations.find((k) => k === key) ?? 'other']}`;
  if (group === 'concerns') return `Concerns: ${concernLabels[concernCategories.find((k) => k === key) ?? 'undisclosed']}`;
  return figure === 'hoursOnDuty' ? 'Hours on duty' : 'Hours off duty / overtime';
}

/** What one filled page or sheet says, as written: the rules decide what it means. */
export interface ReturnedForm {
  marker: string;
  memberId: string;
  month: string;
  noContacts: string | number | boolean;
  /** The identifying fields or the layout were changed by hand. */
  altered: boolean;
  figures: Partial<Record<TallyFormFigure, string | number>>;
}
