import * as z from 'zod';

/**
 * What every import from a spreadsheet shares (the roster, historical tallies, training
 * completions): the file as bytes the Coordinator picked, a mapping of columns to fields, a
 * preview of every row with its problems, and the choice of what to import.
 */

/** The file travels as bytes the Coordinator picked; the renderer never names a path. */
export const importFileSchema = z.object({
  fileName: z.string().trim().min(1).max(255).regex(/\.(csv|xlsx)$/i, 'Choose a .csv or .xlsx file'),
  contentBase64: z.string().min(1).max(14_000_000, 'The file is larger than 10 MB'),
});

/** 'valid-rows': import what is valid and skip the rest; 'all-or-nothing': import only if every row is valid. */
export const importModeSchema = z.enum(['valid-rows', 'all-or-nothing']);

/** Which file column (by header) feeds each of `fields`. */
export const importMappingOf = <F extends string>(fields: readonly [F, ...F[]]) => z.partialRecord(z.enum(fields), z.string().max(200));

export interface ImportRowPreview {
  /** Row number as the Coordinator sees it in the spreadsheet (the header is row 1). */
  rowNumber: number;
  displayName: string;
  errors: { field: string; message: string }[];
}

/** A file read and checked row by row; nothing written. */
export interface SheetPreview<F extends string> {
  columns: string[];
  mapping: Partial<Record<F, string>>;
  rows: ImportRowPreview[];
  validCount: number;
  invalidCount: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
}
