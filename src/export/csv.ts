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

/** Reads RFC 4180 CSV back: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
