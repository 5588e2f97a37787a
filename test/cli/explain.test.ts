import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'test/fixtures/dictionaries/verbs/11-disapprove.yaml');

test('dyad explain shows tokens, actors, each pattern tried near the verb, and why it fired or not', () => {
  const run = spawnSync(process.execPath, [join(root, 'bin/dyad.js'), 'explain', 'Chile did not accuse Peru. Chile blamed Peru.', '--dict', fixture], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /tokens: {2}Chile\/PROPN/);
  assert.match(run.stdout, /"Chile" → CHL \(name/);
  assert.match(run.stdout, /verb: {2}"did not accuse" \(lemma accuse\) \[negated\]/);
  assert.match(run.stdout, /✓ verbs\/11-disapprove:accuse/);
  assert.match(run.stdout, /· verbs\/11-disapprove:blame-on "blame on TARGET" → 112: no "on" after the verb/);
  assert.match(run.stdout, /CHL → PER 112 \(negated\)/);
});

test('dyad explain without a sentence is a usage error', () => {
  const run = spawnSync(process.execPath, [join(root, 'bin/dyad.js'), 'explain'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
});
