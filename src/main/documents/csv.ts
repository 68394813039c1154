/**
 * RFC 4180 CSV, as Excel opens it right in any locale: a UTF-8 byte-order mark first (without
 * it Excel reads "é" as "Ã©"), CRLF line ends, and every cell holding a comma, a semicolon
 * (the list separator where the decimal mark is a comma), a double quote or a line break in
 * double quotes, its quotes doubled. A cell that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR) is prefixed with an apostrophe so opening the file never executes
 * anything. NUL never reaches a file: the inputs refuse it, and this writer throws on one.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  if (value.includes('\u0000')) throw new Error('A CSV cell holds a NUL character');
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
