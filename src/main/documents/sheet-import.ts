import type { WorkBook } from '@e965/xlsx';
import type * as z from 'zod';
import { toIsoDate } from '../../shared/calendar';
import type { ImportRowPreview, importModeSchema, SheetPreview } from '../../shared/sheet-import';
import { validationError } from '../errors';

/**
 * Reading a CSV or XLSX file the Coordinator picked, for every import (the roster, historical
 * tallies, training completions): the first sheet's header and rows, a column mapping
 * suggested from the headers, the cell readers, the preview and the rows a mode imports.
 * Nothing here writes; each domain checks its own rows.
 */
export interface ParsedSheet {
  columns: string[];
  rows: Record<string, unknown>[];
}

export async function readSheet(fileName: string, contentBase64: string): Promise<ParsedSheet> {
  // Loaded on first use: the spreadsheet library is large and most sessions never import.
  const XLSX = await import('@e965/xlsx');
  const bytes = Buffer.from(contentBase64, 'base64');
  // An .xlsx file is a ZIP archive; anything else would be misread as text.
  if (/\.xlsx$/i.test(fileName) && bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') {
    throw validationError(`${fileName} is not an Excel workbook.`, [{ path: 'contentBase64', message: 'Not an .xlsx file' }]);
  }
  let workbook: WorkBook;
  try {
    workbook = /\.csv$/i.test(fileName)
      ? // A byte-order mark (as PeerDesk's own exports carry) is not part of the first header.
        XLSX.read(bytes.toString('utf8').replace(/^\uFEFF/, ''), { type: 'string', raw: true, dense: true })
      : XLSX.read(bytes, { type: 'buffer', cellDates: true, dense: true });
  } catch {
    throw validationError(`${fileName} could not be read as a spreadsheet.`, [{ path: 'contentBase64', message: 'Unreadable file' }]);
  }
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) throw validationError(`${fileName} has no sheet.`, [{ path: 'contentBase64', message: 'Empty file' }]);
  const header = (XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: false })[0] ?? []).map((c) => String(c ?? '').trim());
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: '', raw: true, blankrows: false });
  return { columns: header.filter(Boolean), rows };
}

/** A header or a cell as words: lower case, letters and digits, single spaces. */
export const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Suggests which column feeds which field, by header name: the field's own name in words
 * (`hoursOnDuty` → "hours on duty") or one of its synonyms (already normalized).
 */
export function suggestMapping<F extends string>(columns: string[], fields: readonly F[], synonyms: Partial<Record<F, string[]>>): Partial<Record<F, string>> {
  const mapping: Partial<Record<F, string>> = {};
  const used = new Set<string>();
  for (const field of fields) {
    const own = normalize(field.replace(/([A-Z])/g, ' $1'));
    const column = columns.find((c) => !used.has(c) && (normalize(c) === own || (synonyms[field] ?? []).includes(normalize(c))));
    if (column) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

export function cellText(value: unknown): string {
  if (value instanceof Date) return toIsoDate(value);
  return String(value ?? '').trim();
}

export function yesNo(value: unknown): boolean | undefined | 'invalid' {
  const v = normalize(cellText(value));
  if (v === '') return undefined;
  if (['yes', 'y', 'true', '1', 'x', 'sworn', 'full time', 'ft'].includes(v)) return true;
  if (['no', 'n', 'false', '0', 'non sworn', 'nonsworn', 'part time', 'pt'].includes(v)) return false;
  return 'invalid';
}

/** Accepts 2026-11-22, 11/22/2026 (US order) and dates Excel stored as dates. */
export function isoDate(value: unknown): string | null | 'invalid' {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid' : toIsoDate(value);
  const v = cellText(value);
  if (v === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (us) return `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}`;
  return 'invalid';
}

/** A row checked by its domain: its preview, and what it would store (null when it has errors). */
export interface CheckedRow<T> extends ImportRowPreview {
  value: T | null;
}

export function sheetPreview<F extends string>(sheet: ParsedSheet, mapping: Partial<Record<F, string>>, rows: CheckedRow<unknown>[]): SheetPreview<F> {
  const invalidCount = rows.filter((r) => r.errors.length > 0).length;
  return {
    columns: sheet.columns,
    mapping,
    rows: rows.map(({ rowNumber, displayName, errors }) => ({ rowNumber, displayName, errors })),
    validCount: rows.length - invalidCount,
    invalidCount,
  };
}

/** What to do with the rows that have errors (the import's `mode`). */
export type ImportMode = z.output<typeof importModeSchema>;

/**
 * The rows to import: in 'all-or-nothing' mode only when every row is valid; in 'valid-rows'
 * mode the valid ones, skipping the rest. Nothing to import is an error either way.
 */
export function rowsToImport<T>(rows: CheckedRow<T>[], mode: ImportMode): { valid: T[]; skipped: number } {
  const invalid = rows.filter((r) => r.errors.length > 0);
  if (mode === 'all-or-nothing' && invalid.length > 0) {
    throw validationError(`${invalid.length} of ${rows.length} rows have errors, so nothing was imported.`, [
      { path: 'rows', message: invalid.map((r) => `row ${r.rowNumber}`).join(', ') },
    ]);
  }
  const valid = rows.flatMap((r) => (r.errors.length === 0 && r.value !== null ? [r.value] : []));
  if (valid.length === 0) throw validationError('No row can be imported.', [{ path: 'rows', message: 'Every row has errors' }]);
  return { valid, skipped: invalid.length };
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "oct", "october" and "sept" name a month; "octo" or "movember" do not. */
const monthNamed = (word: string) => monthNames.findIndex((name) => word === name || word === name.slice(0, 3) || (word === 'sept' && name === 'september'));
const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A month as spreadsheets write it: 2021-10, 2021-10-01, 10/2021, 10/1/2021, Oct 2021,
 * October 2021, Oct-21, or a date cell (its month). Null when empty.
 */
export function monthCell(value: unknown): string | null | 'invalid' {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid' : toIsoDate(value).slice(0, 7);
  const v = cellText(value);
  if (v === '') return null;
  let year: number | undefined;
  let month: number | undefined;
  const iso = /^(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?$/.exec(v);
  const us = /^(\d{1,2})\/(?:\d{1,2}\/)?(\d{4})$/.exec(v);
  const named = /^([a-z]+)\.?[\s\-/,]+(\d{4}|\d{2})$/i.exec(v);
  if (iso) [year, month] = [Number(iso[1]), Number(iso[2])];
  else if (us) [year, month] = [Number(us[2]), Number(us[1])];
  else if (named?.[1] && named[2]) {
    const index = monthNamed(named[1].toLowerCase());
    if (index >= 0) [year, month] = [named[2].length === 2 ? 2000 + Number(named[2]) : Number(named[2]), index + 1];
  }
  if (year === undefined || month === undefined || month < 1 || month > 12 || year < 1900) return 'invalid';
  return `${year}-${twoDigits(month)}`;
}

/**
 * A figure: a number cell, or digits typed as text (1, 2.5, -3 — the schema then says why a
 * negative or a fraction is refused); an empty cell is zero. Anything else is text, and
 * text is refused: it is never read into a figure, nor stored.
 */
export function figureCell(value: unknown): number | 'invalid' {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (value instanceof Date || typeof value === 'boolean') return 'invalid';
  const v = cellText(value);
  if (v === '') return 0;
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : 'invalid';
}
