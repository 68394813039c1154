/**
 * One sheet of text cells as an Excel workbook. Every cell is a string, which SheetJS writes
 * as text: "0012", "2024-05-06" or "=SUM(A1)" typed by the Coordinator never becomes a
 * number, a date or a formula. Each column is as wide as its header, at least 12 characters.
 */
export async function xlsxOfRows(sheetName: string, rows: string[][]): Promise<Buffer> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!cols'] = (rows[0] ?? []).map((header) => ({ wch: Math.max(12, header.length + 2) }));
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  // SheetJS types its output loosely; with type 'buffer' it is a Node Buffer.
  const bytes: Buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
  return bytes;
}
