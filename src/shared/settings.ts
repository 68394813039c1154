import * as z from 'zod';
import { plainText } from './text';

/** Free text the Coordinator types about the program itself (never about a supported person). */
const label = plainText(200);

export const settingsSchema = z.object({
  departmentName: label,
  programName: label,
  chiefName: label,
  chiefTitle: label,
  coordinatorName: label,
  /** How staff reach the Coordinator; printed on the published team list. */
  coordinatorPhone: plainText(40),
  /** Folder on the intranet NAS where the roster is published (§7). Empty until configured. */
  nasFolder: plainText(1000),
  autoLockMinutes: z.number().int().min(1).max(240),
  /** The month (1–12) the department's fiscal year begins in, for the period summaries' presets. */
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  /** The department's staff groups (§2.A), in the order lists show them. */
  staffGroups: z.array(plainText(80).min(1)).min(1).max(40),
  /** Headcount of the department per staff group, for the team-composition panel. */
  staffGroupHeadcounts: z.record(plainText(80).min(1), z.number().int().min(0).max(100_000)),
  /** What members may offer particular support in. */
  supportSpecialties: z.array(plainText(60).min(1)).max(40),
});
export type Settings = z.infer<typeof settingsSchema>;

/** `settings.set` takes any subset of the keys; unknown keys are rejected, not ignored. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = {
  departmentName: '',
  programName: 'Peer Support Program',
  chiefName: '',
  chiefTitle: 'Chief Probation Officer',
  coordinatorName: '',
  coordinatorPhone: '',
  nasFolder: '',
  autoLockMinutes: 10,
  // Most county and state governments begin their fiscal year in July.
  fiscalYearStartMonth: 7,
  staffGroups: ['Adult Field Services', 'Juvenile Field Services', 'Juvenile Hall', 'Administration', 'Support Services'],
  staffGroupHeadcounts: {},
  supportSpecialties: ['Critical incident', 'Grief and loss', 'Substance use', 'Family', 'Military / veteran', 'Finances', 'Health', 'Relationships'],
};
