import * as z from 'zod';

/** Backups: automatic (daily, before a migration, before a restore) and made on demand. */
export const backupReasons = ['daily', 'before-migration', 'before-restore', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export interface BackupCheck {
  ok: boolean;
  schemaVersion: number | null;
  problem: string | null;
  members?: number;
}

export const backupNameSchema = z.object({ name: z.string().regex(/^peerdesk-[0-9T-]+-[a-z-]+\.db$/, 'Not a backup name') }).strict();
/** Delete the backup named and every older one, after a fresh backup of the data as it is now. */
export const deleteBackupsUpToSchema = z.object({ upTo: backupNameSchema.shape.name, confirm: z.literal(true) }).strict();
export const restoreBackupSchema = z.object({ passphrase: z.string().min(1).max(1024), name: backupNameSchema.shape.name }).strict();

/**
 * On a fresh install: recreate the store from a backup file (chosen in main's open dialog)
 * with the passphrase that was current when it was made, or with its recovery code and a
 * new passphrase.
 */
export const restoreFromBackupFileSchema = z.union([
  z.object({ passphrase: z.string().min(1).max(1024) }).strict(),
  z
    .object({ recoveryCode: z.string().max(200), next: z.string().max(1024), confirmation: z.string().max(1024) })
    .strict()
    .refine((v) => v.next === v.confirmation, { path: ['confirmation'], message: 'The two passphrases differ' }),
]);
