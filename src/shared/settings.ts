import { z } from 'zod';

/** Free text the Coordinator types about the program itself (never about a supported person). */
const label = z.string().trim().max(200);

export const settingsSchema = z.object({
  departmentName: label,
  programName: label,
  chiefName: label,
  chiefTitle: label,
  coordinatorName: label,
  /** Folder on the intranet NAS where the roster is published (§7). Empty until configured. */
  nasFolder: z.string().trim().max(1000),
  autoLockMinutes: z.number().int().min(1).max(240),
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
  nasFolder: '',
  autoLockMinutes: 10,
};
