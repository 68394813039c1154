import * as z from 'zod';
import type { IsoDate } from './calendar';
import type { Member } from './members';
import type { PublishedResource } from './resources';
import { importFileSchema, importMappingOf, importModeSchema, type SheetPreview } from './sheet-import';

export interface RosterList {
  members: Member[];
  /** Today as the backend sees it, so the screen and the rules agree on dates. */
  today: IsoDate;
}

/** §2.A "representing a variety of staff groups": the team against the department. */
export interface TeamComposition {
  serving: number;
  sworn: number;
  nonSworn: number;
  staffGroups: { name: string; members: number; headcount: number | null; perHundredStaff: number | null }[];
  commitmentsEnding: { id: number; displayName: string; commitmentEndsOn: IsoDate }[];
}

/** The only member facts that leave for the intranet (§7). */
export interface PublishedMember {
  name: string;
  staffGroup: string;
  jobTitle: string;
  workPhone: string;
  mobilePhone: string;
  languages: string[];
}

export interface PublishedFile {
  name: string;
  sha256: string;
  bytes: number;
}

export interface RosterPublication {
  id: number;
  publishedAt: string;
  folder: string;
  memberCount: number;
  files: PublishedFile[];
}

export interface PublishPreview {
  folder: string;
  members: PublishedMember[];
  added: string[];
  removed: string[];
  /** The outside resources published with the team (§7), in the order printed. */
  resources: PublishedResource[];
  /** The published resources differ from those of the last publication. */
  resourcesChanged: boolean;
  /** Something a colleague would see differs from the last publication. */
  changedSinceLastPublish: boolean;
  lastPublication: RosterPublication | null;
}

export const exportFormatSchema = z.object({ format: z.enum(['csv', 'xlsx']) }).strict();

export interface SavedFile {
  /** False when the Coordinator cancelled the save dialog. */
  saved: boolean;
  fileName: string | null;
}

export const importTargetFields = [
  'firstName',
  'lastName',
  'preferredName',
  'sworn',
  'staffGroup',
  'jobTitle',
  'workLocation',
  'workPhone',
  'mobilePhone',
  'email',
  'languages',
  'specialties',
  'hireDate',
  'probationCompletedOn',
  'fullTime',
  'joinedOn',
  'afterHoursAvailable',
  'listingConsent',
] as const;
export type ImportTargetField = (typeof importTargetFields)[number];

/** Which file column (by header) feeds each member field; unmapped fields take their default. */
const importMappingSchema = importMappingOf(importTargetFields);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importPreviewInputSchema = importFileSchema.extend({ mapping: importMappingSchema.optional() }).strict();

export const importCommitInputSchema = importFileSchema
  .extend({
    mapping: importMappingSchema,
    mode: importModeSchema,
  })
  .strict();

export type ImportPreview = SheetPreview<ImportTargetField>;
