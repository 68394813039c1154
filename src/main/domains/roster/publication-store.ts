import type { PublishedFile, RosterPublication } from '../../../shared/roster';
import type { Db } from '../../store/open-database';

interface PublicationRow {
  id: number;
  published_at: string;
  folder: string;
  member_count: number;
  members: string;
  files: string;
}

export interface StoredPublication extends RosterPublication {
  memberNames: string[];
}

function fromRow(row: PublicationRow): StoredPublication {
  return {
    id: row.id,
    publishedAt: row.published_at,
    folder: row.folder,
    memberCount: row.member_count,
    memberNames: JSON.parse(row.members) as string[],
    files: JSON.parse(row.files) as PublishedFile[],
  };
}

export function insertPublication(db: Db, at: string, folder: string, memberNames: string[], files: PublishedFile[]): number {
  return Number(
    db
      .prepare('INSERT INTO roster_publications (published_at, folder, member_count, members, files) VALUES (?, ?, ?, ?, ?)')
      .run(at, folder, memberNames.length, JSON.stringify(memberNames), JSON.stringify(files)).lastInsertRowid,
  );
}

export function lastPublication(db: Db): StoredPublication | null {
  const row = db.prepare('SELECT * FROM roster_publications ORDER BY id DESC LIMIT 1').get() as PublicationRow | undefined;
  return row ? fromRow(row) : null;
}

export function listPublications(db: Db): RosterPublication[] {
  return (db.prepare('SELECT * FROM roster_publications ORDER BY id DESC LIMIT 200').all() as PublicationRow[]).map((row) => {
    const { memberNames: _names, ...publication } = fromRow(row);
    return publication;
  });
}
