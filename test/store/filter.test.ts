import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { dictionaryVersion } from '../../src/store/dict-version.ts';
import { filterFromOptions } from '../../src/store/filter.ts';
import { outletOf, textHash } from '../../src/store/rows.ts';

test('filter options become a typed query', () => {
  assert.deepEqual(
    filterFromOptions({ actor: 'usa', cameo: '036', root: '14, 19', quad: '3,4', from: '2023-01-01', to: '2023-12-31', country: 'ukr', negated: 'no', mode: 'none', sort: '-date', limit: '50', offset: '100' }),
    { actor: 'USA', cameo: '036', roots: ['14', '19'], quads: [3, 4], from: '2023-01-01', to: '2023-12-31', country: 'UKR', negated: false, mode: null, sort: '-date', limit: 50, offset: 100 },
  );
  assert.deepEqual(filterFromOptions({ mode: 'future', negated: 'yes', text: 'ceasefire talks' }), { mode: 'future', negated: true, text: 'ceasefire talks' });
});

test('bad filter options are named with the problem', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ actor: 'U.S.' }, /--actor "U\.S\." is not an actor code/],
    [{ cameo: '36a' }, /--cameo "36a" is not a CAMEO code/],
    [{ root: '03,21' }, /--root "21" is not a CAMEO root \(01 to 20\)/],
    [{ quad: '5' }, /--quad "5" is not a quad class/],
    [{ from: '2023-1-1' }, /--from must be YYYY-MM-DD, not "2023-1-1"/],
    [{ country: 'UK' }, /--country "UK" is not a 3-letter ISO country code/],
    [{ negated: 'maybe' }, /--negated must be yes or no/],
    [{ text: '***' }, /--text "\*\*\*" has no words/],
    [{ sort: 'size' }, /--sort must be one of date, -date/],
    [{ limit: '-1' }, /--limit must be a whole number, not "-1"/],
  ];
  for (const [options, message] of cases) assert.throws(() => filterFromOptions(options), message);
});

test('the same wording hashes the same, whatever its spacing and case', () => {
  assert.equal(textHash('NATO and  India\nagreed.'), textHash('nato and india agreed.'));
  assert.notEqual(textHash('NATO and India agreed.'), textHash('NATO and India disagreed.'));
});

test('an outlet is the URL host, else the source', () => {
  assert.equal(outletOf('https://www.Example.com/a', 'file.txt'), 'example.com');
  assert.equal(outletOf(null, 'https://news.example.org/x'), 'news.example.org');
  assert.equal(outletOf(null, 'corpus/a.txt'), 'corpus/a.txt');
});

test('the dictionary version changes with the dictionaries and only with them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dicts-'));
  try {
    writeFileSync(join(dir, 'agents.yaml'), '- code: GOV\n');
    const user = join(dir, 'mine.yaml');
    writeFileSync(user, '- a\n');
    const first = dictionaryVersion([user], dir);
    assert.match(first, /^dict-[0-9a-f]{12}$/);
    assert.equal(dictionaryVersion([user], dir), first);
    writeFileSync(join(dir, 'fips.tsv'), 'iso3\tfips\n');
    assert.equal(dictionaryVersion([user], dir), first, 'the export table codes nothing');
    writeFileSync(user, '- b\n');
    assert.notEqual(dictionaryVersion([user], dir), first);
    assert.notEqual(dictionaryVersion([], dir), dictionaryVersion([user], dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
