// dictionaries/cameo.tsv: every CAMEO event code with its name, root, QuadClass, Goldstein value and PLOVER type.
import { readFileSync } from 'node:fs';

export type CameoCode = {
  code: string;
  name: string;
  root: string;
  quad: number;
  goldstein: number;
  ploverEvent: string | null;
  ploverMode: string | null;
};

const COLUMNS = ['code', 'name', 'root', 'quad', 'goldstein', 'plover_event', 'plover_mode'];

export function loadCameoTable(file: string, problems: string[]): Map<string, CameoCode> {
  const table = new Map<string, CameoCode>();
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].trim().split('\t');
  if (COLUMNS.some((column, i) => header[i] !== column)) {
    problems.push(`${file}:1: expected the columns ${COLUMNS.join(', ')}`);
    return table;
  }
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [code, name, root, quad, goldstein, ploverEvent, ploverMode] = line.split('\t');
    const quadNumber = Number(quad);
    const goldsteinNumber = Number(goldstein);
    if (!/^\d{2,4}$/.test(code) || !Number.isInteger(quadNumber) || Number.isNaN(goldsteinNumber)) {
      problems.push(`${file}:${index + 2}: a row needs a 2–4 digit code, an integer quad and a numeric goldstein`);
      return;
    }
    table.set(code, {
      code,
      name,
      root,
      quad: quadNumber,
      goldstein: goldsteinNumber,
      ploverEvent: ploverEvent?.trim() || null,
      ploverMode: ploverMode?.trim() || null,
    });
  });
  return table;
}
