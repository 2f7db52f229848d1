/**
 * CSV as the site writes it, in the downloads and from a chart's tools in the browser: no imports,
 * so the chart script can bundle it without the rest of the site.
 */

/** How a CSV file is written: comma and decimal point, or semicolon and decimal comma (Excel in Vietnamese). */
export interface CsvDialect {
  separator: ',' | ';';
  /** Write decimals as 12,5: Excel with Vietnamese settings reads "12.5" as 125. */
  decimalComma: boolean;
}

const CSV_STANDARD: CsvDialect = { separator: ',', decimalComma: false };
export const CSV_EXCEL_VI: CsvDialect = { separator: ';', decimalComma: true };

/**
 * One CSV field. Quotes are doubled; a field that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) gets a leading apostrophe, since quotes come from untrusted text.
 */
export function csvField(value: string | number | boolean | null, dialect: CsvDialect = CSV_STANDARD): string {
  if (value === null) return '';
  let text = typeof value === 'number' && dialect.decimalComma ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const special = dialect.separator === ',' ? /[",\n\r]/ : /[";\n\r]/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  columns: readonly string[],
  records: Record<string, string | number | boolean | null>[],
  dialect: CsvDialect = CSV_STANDARD,
): string {
  const line = (fields: string[]) => fields.join(dialect.separator);
  const lines = [line([...columns]), ...records.map((r) => line(columns.map((c) => csvField(r[c] ?? null, dialect))))];
  // A BOM lets spreadsheet programs read the Vietnamese text as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
