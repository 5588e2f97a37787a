// Checks GDELT_COLUMNS against the codebook's column list when its path is given, e.g.
// DYAD_GDELT_HEADER=../shared/data/cameo/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv
// (a CSV whose rows after the first begin with a column name). The file is read, never copied.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GDELT_COLUMNS } from '../../src/export/gdelt.ts';

const path = process.env.DYAD_GDELT_HEADER;

test('GDELT columns match the codebook file', { skip: path ? false : 'DYAD_GDELT_HEADER is not set (the path of the GDELT 2.0 column labels CSV)' }, () => {
  const names = readFileSync(path ?? '', 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0].trim())
    .filter(Boolean);
  assert.deepEqual([...GDELT_COLUMNS], names);
});
