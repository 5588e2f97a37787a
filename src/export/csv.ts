// RFC 4180 CSV: a header line, CRLF line ends, a field quoted when it holds a comma, quote or line break,
// quotes inside doubled. Empty for null; booleans as true/false, which pandas and R read as logicals.
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A header of snake_case names from camelCase keys, and the row function that follows it. */
export function csvTable<T extends object>(keys: ReadonlyArray<keyof T & string>): { header: string; line(row: T): string } {
  return {
    header: csvLine(keys.map((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))),
    line: (row) => csvLine(keys.map((key) => row[key] as CsvValue)),
  };
}
