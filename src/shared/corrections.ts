import * as z from 'zod';

/**
 * Why a record was corrected or voided: one list for every record that can be corrected
 * (incidents, their assessment, sessions and deployments, overtime requests, exception
 * notices, training sessions, recruitment rounds). A reason is a code from this list, never
 * free text: a correction must not become a place to write about a person supported (§5, §6).
 * It goes into the audit line of the change and, for a voided record, into the record.
 *
 * The §6 tally corrections keep their own list (`correctionReasons` in tallies.ts): it is
 * about a member's monthly sheet, and migration 0007 constrains its column to it.
 */
export const recordCorrectionReasons = ['entered-in-error', 'duplicate', 'wrong-details', 'late-information', 'did-not-take-place', 'decision-revised', 'other'] as const;
export type RecordCorrectionReason = (typeof recordCorrectionReasons)[number];

export const recordCorrectionReasonLabels: Record<RecordCorrectionReason, string> = {
  'entered-in-error': 'Entered in error',
  duplicate: 'Duplicate of another record',
  'wrong-details': 'Details were wrong',
  'late-information': 'Information received later',
  'did-not-take-place': 'Did not take place',
  'decision-revised': 'The decision was revised',
  other: 'Other',
};

/** The reason every correction and every void must give. */
export const correctionReasonSchema = z.enum(recordCorrectionReasons);

/** Voiding (or cancelling, or clearing) one record: which, and why. */
export const voidInputSchema = z.object({ id: z.number().int().positive(), reason: correctionReasonSchema }).strict();
