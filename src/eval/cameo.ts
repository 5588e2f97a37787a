// Compares dictionaries/cameo.tsv with a reference directory holding cameo_codes_goldstein_quad_plover.csv
// (GDELT and Phoenix Goldstein/QuadClass, PLOVER 2021 event and mode) and CAMEO.eventcodes.txt (GDELT's list).
// Prints every difference; the exit code is 0 when the comparison ran, 1 when a reference file is unreadable.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARY_DIR } from '../lexicon/index.ts';
import { loadCameoTable, type CameoCode } from '../lexicon/cameo.ts';
import { parseCsv } from '../export/csv.ts';

type Reference = { code: string; goldstein: number | null; quad: number | null; ploverEvent: string | null; ploverMode: string | null };

export async function run(args: string[]): Promise<number> {
  const [dir, tableArg] = args;
  if (!dir) {
    process.stderr.write('usage: npm run eval -- cameo REFERENCE_DIR [CAMEO_TSV]\n');
    return 2;
  }
  const csvFile = join(dir, 'cameo_codes_goldstein_quad_plover.csv');
  const listFile = join(dir, 'CAMEO.eventcodes.txt');
  for (const file of [csvFile, listFile]) {
    if (!existsSync(file)) {
      process.stderr.write(`${file}: reference file not found\n`);
      return 1;
    }
  }
  const problems: string[] = [];
  const ours = loadCameoTable(tableArg ?? join(DICTIONARY_DIR, 'cameo.tsv'), problems);
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  const reference = readReferenceCsv(csvFile);
  const gdelt = readEventCodeList(listFile);
  const differences = compare(ours, reference, gdelt);
  for (const line of differences) process.stdout.write(`${line}\n`);
  process.stdout.write(
    `cameo: ours ${ours.size} codes, reference ${reference.size}, GDELT list ${gdelt.size}; ${differences.length} difference(s)\n`,
  );
  return 0;
}

function compare(ours: Map<string, CameoCode>, reference: Map<string, Reference>, gdelt: Set<string>): string[] {
  const out: string[] = [];
  for (const code of gdelt) if (!ours.has(code)) out.push(`missing\t${code}\tin GDELT's list, not in cameo.tsv`);
  for (const code of reference.keys()) {
    if (!ours.has(code) && !gdelt.has(code)) out.push(`missing\t${code}\tin the reference table, not in cameo.tsv`);
  }
  for (const code of ours.keys()) {
    if (!reference.has(code) && !gdelt.has(code)) out.push(`extra\t${code}\tin cameo.tsv only`);
  }
  for (const [code, row] of ours) {
    const ref = reference.get(code);
    if (!ref) continue;
    if (ref.goldstein !== null && Math.abs(ref.goldstein - row.goldstein) > 1e-9) {
      out.push(`goldstein\t${code}\tours ${row.goldstein}, reference ${ref.goldstein}`);
    }
    if (ref.quad !== null && ref.quad !== row.quad) out.push(`quad\t${code}\tours ${row.quad}, reference ${ref.quad}`);
    if (ref.ploverEvent !== row.ploverEvent) {
      out.push(`plover_event\t${code}\tours ${row.ploverEvent ?? '-'}, reference ${ref.ploverEvent ?? '-'}`);
    }
    if (ref.ploverMode !== row.ploverMode) {
      out.push(`plover_mode\t${code}\tours ${row.ploverMode ?? '-'}, reference ${ref.ploverMode ?? '-'}`);
    }
  }
  return out;
}

function readReferenceCsv(file: string): Map<string, Reference> {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const column = (prefix: string): number => {
    const index = header.findIndex((name) => name.startsWith(prefix));
    if (index < 0) throw new Error(`${file}: no column starting "${prefix}"`);
    return index;
  };
  const at = {
    code: column('cameo_code'),
    gdeltGoldstein: column('goldstein_gdelt'),
    phoenixGoldstein: column('goldstein_phoenix'),
    quad: column('quadclass_gdelt'),
    event: column('plover_event'),
    mode: column('plover_mode'),
  };
  const table = new Map<string, Reference>();
  for (const row of rows.slice(1)) {
    const code = row[at.code]?.trim();
    if (!code) continue;
    table.set(code, {
      code,
      goldstein: numberOrNull(row[at.gdeltGoldstein]) ?? numberOrNull(row[at.phoenixGoldstein]),
      quad: numberOrNull(row[at.quad]),
      ploverEvent: row[at.event]?.trim() || null,
      ploverMode: row[at.mode]?.trim() || null,
    });
  }
  return table;
}

function readEventCodeList(file: string): Set<string> {
  const codes = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const code = line.split('\t')[0]?.trim();
    if (code && /^\d{2,4}$/.test(code)) codes.add(code);
  }
  return codes;
}

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isNaN(value) ? null : value;
}
