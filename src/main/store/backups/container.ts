import { readFileSync, statSync } from 'node:fs';
import * as z from 'zod';
import { backupReasons, type BackupReason } from '../../../shared/backups';
import { keyFileSchema, type KeyFile } from '../vault/key-file';
import { writeFileAtomic, type FilePart } from '../../files/atomic-write';

/**
 * A PeerDesk backup file, format 1 (docs/backup-format.md): everything needed to open it
 * on another PC in one file, and nothing readable without the passphrase or recovery code.
 *
 *   bytes 0–15   "PEERDESK-BACKUP\n" (ASCII)
 *   bytes 16–19  format version, unsigned 32-bit big-endian (1)
 *   bytes 20–23  header length N, unsigned 32-bit big-endian
 *   next N bytes the header, UTF-8 JSON (see backupHeaderSchema)
 *   then         the encrypted database (databaseBytes), then its WAL (walBytes, usually 0)
 *
 * The database part is SQLCipher-encrypted with the data key, which the header holds only
 * wrapped, exactly as keys.json holds it. A file without the magic is a backup from before
 * this format: a bare encrypted database that opens with the key in keys.json.
 */
export const BACKUP_MAGIC = Buffer.from('PEERDESK-BACKUP\n', 'ascii');
const BACKUP_FORMAT_VERSION = 1;
const PREFIX_BYTES = BACKUP_MAGIC.length + 8;
/** A header holds two wrapped keys and a few fields: anything far larger is not a header. */
const MAX_HEADER_BYTES = 1024 * 1024;

const backupHeaderSchema = z.object({
  createdAt: z.string(),
  reason: z.enum(backupReasons),
  /** The database's `user_version`; null for the raw copy of a database that could not be read. */
  schemaVersion: z.number().int().nonnegative().nullable(),
  keys: keyFileSchema,
  databaseBytes: z.number().int().nonnegative(),
  /** The raw copy of a damaged database keeps its write-ahead log: committed data may be there only. */
  walBytes: z.number().int().nonnegative(),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** Where the parts of a backup file are: a legacy bare database has no header. */
interface BackupLayout {
  header: BackupHeader | null;
  databaseOffset: number;
  databaseBytes: number;
  walBytes: number;
}

/** A file that is not a readable backup; the message is a plain sentence for the user. */
export class BackupFormatError extends Error {}

const bytesOf = (part: FilePart) => (part instanceof Uint8Array ? part.length : statSync(part.copyOf).size);

/** Writes a backup file: the database (and WAL) as bytes or as a file copied in chunks, after the header that says their lengths. */
export function writeBackupFile(
  target: string,
  meta: { createdAt: string; reason: BackupReason; schemaVersion: number | null; keys: KeyFile },
  database: FilePart,
  wal: FilePart = new Uint8Array(0),
): void {
  const header: BackupHeader = { ...meta, databaseBytes: bytesOf(database), walBytes: bytesOf(wal) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  BACKUP_MAGIC.copy(prefix, 0);
  prefix.writeUInt32BE(BACKUP_FORMAT_VERSION, BACKUP_MAGIC.length);
  prefix.writeUInt32BE(json.length, BACKUP_MAGIC.length + 4);
  writeFileAtomic(target, [prefix, json, database, wal]);
}

function isContainer(bytes: Uint8Array): boolean {
  return bytes.length >= BACKUP_MAGIC.length && BACKUP_MAGIC.equals(bytes.subarray(0, BACKUP_MAGIC.length));
}

/** Reads where the parts are; throws BackupFormatError when the file claims the format but breaks it. */
function layoutOf(bytes: Buffer): BackupLayout {
  if (!isContainer(bytes)) return { header: null, databaseOffset: 0, databaseBytes: bytes.length, walBytes: 0 };
  if (bytes.length < PREFIX_BYTES) throw new BackupFormatError('The backup file is cut short.');
  const version = bytes.readUInt32BE(BACKUP_MAGIC.length);
  if (version > BACKUP_FORMAT_VERSION) throw new BackupFormatError(`It was made by a newer PeerDesk (backup format ${version}).`);
  const headerBytes = bytes.readUInt32BE(BACKUP_MAGIC.length + 4);
  if (headerBytes > MAX_HEADER_BYTES || PREFIX_BYTES + headerBytes > bytes.length) throw new BackupFormatError('The backup file is cut short or damaged (its header does not fit).');
  let header: BackupHeader;
  try {
    header = backupHeaderSchema.parse(JSON.parse(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes).toString('utf8')));
  } catch {
    throw new BackupFormatError('The backup file is damaged (its header cannot be read).');
  }
  const databaseOffset = PREFIX_BYTES + headerBytes;
  if (databaseOffset + header.databaseBytes + header.walBytes !== bytes.length) throw new BackupFormatError('The backup file is cut short or damaged (its length does not match its header).');
  return { header, databaseOffset, databaseBytes: header.databaseBytes, walBytes: header.walBytes };
}

/** The encrypted database (and WAL, if kept) inside a backup file of either format. */
export function readBackupParts(file: string): { header: BackupHeader | null; database: Buffer; wal: Buffer } {
  const bytes = readFileSync(file);
  const layout = layoutOf(bytes);
  const walOffset = layout.databaseOffset + layout.databaseBytes;
  return {
    header: layout.header,
    database: bytes.subarray(layout.databaseOffset, walOffset),
    wal: bytes.subarray(walOffset, walOffset + layout.walBytes),
  };
}
