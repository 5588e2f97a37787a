// dictionaries/fips.tsv: ISO 3166-1 alpha-3 (and CAMEO's variants) → FIPS 10-4, for GDELT's Geo columns.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIPS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../dictionaries/fips.tsv');

export type FipsCountry = { fips: string; name: string };

export function loadFips(file: string = FIPS_FILE): Map<string, FipsCountry> {
  const table = new Map<string, FipsCountry>();
  const lines = readFileSync(file, 'utf8').split('\n');
  let header = true;
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [iso3, fips, name] = line.split('\t');
    if (header) {
      header = false;
      if (iso3 !== 'iso3' || fips !== 'fips') throw new Error(`${file}:${index + 1}: expected the header "iso3<TAB>fips<TAB>name<TAB>note"`);
      return;
    }
    if (!/^[A-Z]{3}$/.test(iso3) || !/^[A-Z]{2}$/.test(fips ?? '')) {
      throw new Error(`${file}:${index + 1}: expected a 3-letter code, a tab and a 2-letter FIPS code, not "${line}"`);
    }
    table.set(iso3, { fips, name: (name ?? '').trim() });
  });
  return table;
}
