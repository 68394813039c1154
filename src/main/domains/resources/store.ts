import * as z from 'zod';
import type { IsoDate } from '../../../shared/calendar';
import type { Resource, ResourceKind } from '../../../shared/resources';
import type { ReadDb, WriteDb } from '../../store/store';

/**
 * SQL for the directory of outside resources (migration 0016); no rules here. `kind` has its
 * list's type (the column's CHECK holds it to the list); `phones` and `languages` are JSON
 * arrays, read through zod.
 */

interface ResourceRow {
  id: number;
  kind: ResourceKind;
  name: string;
  phones: string;
  hours: string;
  languages: string;
  after_hours: number;
  last_verified_on: IsoDate;
  note: string;
}

const textList = z.array(z.string());

const fromRow = (r: ResourceRow): Resource => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  phones: textList.parse(JSON.parse(r.phones)),
  hours: r.hours,
  languages: textList.parse(JSON.parse(r.languages)),
  afterHours: r.after_hours === 1,
  lastVerifiedOn: r.last_verified_on,
  note: r.note,
});

const kindOrder = `CASE kind WHEN 'crisis-line' THEN 0 WHEN 'eap' THEN 1 WHEN 'clinician' THEN 2 WHEN 'chaplain' THEN 3 WHEN 'hospital' THEN 4 ELSE 5 END`;

/** Every resource, in the order printed: crisis lines first, then the EAP, … then by name. */
export function listResources(db: ReadDb): Resource[] {
  return db.prepare<[], ResourceRow>(`SELECT * FROM resources ORDER BY ${kindOrder}, name COLLATE NOCASE, id`).all().map(fromRow);
}

export function findResource(db: ReadDb, id: number): Resource | null {
  const row = db.prepare<[number], ResourceRow>('SELECT * FROM resources WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

type ResourceParams = [kind: ResourceKind, name: string, phones: string, hours: string, languages: string, afterHours: number, lastVerifiedOn: IsoDate, note: string];

/** Inserts a resource, or replaces the fields of the one with `id`; answers its id. */
export function upsertResource(tx: WriteDb, resource: Omit<Resource, 'id'> & { id?: number | undefined }): number {
  const params: ResourceParams = [
    resource.kind,
    resource.name,
    JSON.stringify(resource.phones),
    resource.hours,
    JSON.stringify(resource.languages),
    resource.afterHours ? 1 : 0,
    resource.lastVerifiedOn,
    resource.note,
  ];
  if (resource.id) {
    tx.prepare<[...ResourceParams, number]>('UPDATE resources SET kind = ?, name = ?, phones = ?, hours = ?, languages = ?, after_hours = ?, last_verified_on = ?, note = ? WHERE id = ?').run(...params, resource.id);
    return resource.id;
  }
  return Number(
    tx.prepare<ResourceParams>('INSERT INTO resources (kind, name, phones, hours, languages, after_hours, last_verified_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(...params).lastInsertRowid,
  );
}

export function deleteResource(tx: WriteDb, id: number): void {
  tx.prepare<[number]>('DELETE FROM resources WHERE id = ?').run(id);
}
