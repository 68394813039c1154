import * as z from 'zod';
import { isoDateSchema, type IsoDate } from './calendar';
import { phoneSchema } from './members';
import { plainText } from './text';

/**
 * §3.A, §4.D, §4.M, §7: the directory of outside resources members refer staff to — the EAP,
 * clinicians, chaplains, crisis lines, hospitals. An entry is an organisation or a professional
 * the program works with, never a person supported. Published with the team (§7) and printed
 * on the wallet card.
 */
export const resourceKinds = ['eap', 'clinician', 'chaplain', 'crisis-line', 'hospital', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const resourceKindLabels: Record<ResourceKind, string> = {
  eap: 'EAP',
  clinician: 'Clinician',
  chaplain: 'Chaplain',
  'crisis-line': 'Crisis line',
  hospital: 'Hospital',
  other: 'Other',
};

/** At most this many phones per resource: a main line, an after-hours line, a text line. */
const MAX_RESOURCE_PHONES = 4;

/**
 * A phone checked as a member's (src/shared/members.ts), and one must be given; or a
 * three-digit service number (988 the Suicide & Crisis Lifeline, 211), which crisis lines are.
 */
const resourcePhoneSchema = plainText(40).superRefine((value, ctx) => {
  if (value === '') ctx.addIssue({ code: 'custom', message: 'Required' });
  else if (!/^\d{3}$/.test(value)) for (const issue of phoneSchema.safeParse(value).error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message });
});

export const resourceInputSchema = z
  .object({
    /** Given to change a resource; absent to add one. */
    id: z.number().int().positive().optional(),
    kind: z.enum(resourceKinds),
    name: plainText(80).min(1, 'Required'),
    phones: z.array(resourcePhoneSchema).min(1, 'Give at least one phone').max(MAX_RESOURCE_PHONES, `At most ${MAX_RESOURCE_PHONES} phones`),
    /** When it answers, e.g. "Mon–Fri 8–5" or "24/7". */
    hours: plainText(60).default(''),
    languages: z.array(plainText(40).min(1)).max(10).default([]),
    /** Reachable outside office hours. */
    afterHours: z.boolean(),
    /** The day the Coordinator last checked the entry; the day it is saved when not given. */
    lastVerifiedOn: isoDateSchema.optional(),
    /** For the Coordinator only (e.g. "ask for the intake desk"); never published. */
    note: plainText(80).default(''),
  })
  .strict();
export type ResourceInput = z.output<typeof resourceInputSchema>;

export const resourceIdSchema = z.object({ id: z.number().int().positive() }).strict();

export interface Resource {
  id: number;
  kind: ResourceKind;
  name: string;
  phones: string[];
  hours: string;
  languages: string[];
  afterHours: boolean;
  lastVerifiedOn: IsoDate;
  note: string;
}

/** A resource as the screen shows it: with whether it is due to be checked again (§3.A). */
export interface ListedResource extends Resource {
  stale: boolean;
}

export interface ResourceList {
  resources: ListedResource[];
  today: IsoDate;
  /** The policy's months after which an entry is stale. */
  verifyMonths: number;
}

/** The only resource facts that leave PeerDesk (§7): no note, no verification date, no id. */
export interface PublishedResource {
  kind: string;
  name: string;
  phones: string[];
  hours: string;
  languages: string[];
  afterHours: boolean;
}
