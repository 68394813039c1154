import type { Db } from '../open-database';

/** One schema step. Files are never edited once released: a change is a new migration. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
