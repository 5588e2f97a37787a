import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { bandKeys, createDuplicateIndex, fingerprint, similarity } from '../../src/dedup/index.ts';

const WIRE = [
  'Foreign ministers from Portugal and Morocco met in Lisbon on Tuesday to settle the fishing dispute that has soured relations between the two countries since the spring.',
  'The talks, which lasted six hours, ended with an agreement to share patrol data and to refer future quarrels to a joint commission, officials from both sides said.',
  'Opposition parties in both parliaments criticised the deal as a surrender, but the two governments said it would be ratified before the end of the year.',
  'Fishermen in the northern ports welcomed the news, saying the uncertainty had kept their boats in harbour for weeks and had cost them much of the season.',
  'The dispute began in April when a Moroccan patrol boat detained two Portuguese trawlers accused of fishing without licences in contested waters off the coast.',
  'Both crews were released after a week, but the trawlers were held until a court in Rabat ruled on the case, a decision that is still awaited.',
].join('\n\n');

// The same wire story as another site runs it: its own first line, a word changed, site lines at the end.
const REPUBLISHED = `LISBON (Agencies) — ${WIRE.replace('six hours', 'seven hours')}\n\nRead more: our fishing coverage\n\nFollow us on social media.`;
// A trimmed copy: the first four paragraphs only.
const TRIMMED = WIRE.split('\n\n').slice(0, 4).join('\n\n');
// An independent report of the same event.
const OTHER =
  'Morocco and Portugal reached a deal on fishing rights late on Tuesday after a long day of negotiations in the Portuguese capital. The agreement creates a joint commission to settle disputes and obliges both navies to exchange data from their patrols. Critics in Rabat said the government had given away too much, while Lisbon officials praised the outcome as balanced.';

test('the same text with other case, spacing and punctuation is an exact duplicate', () => {
  const index = createDuplicateIndex();
  assert.equal(index.see('a', WIRE).duplicate, false);
  const verdict = index.see('b', WIRE.toUpperCase().replace(/,/g, ' ,').replace(/\n\n/g, '\n'));
  assert.ok(verdict.duplicate && verdict.kind === 'exact' && verdict.of === 'a');
});

test('a republished wire story and a trimmed copy are near-duplicates; an independent report is not', () => {
  const index = createDuplicateIndex();
  index.see('wire', WIRE);
  const again = index.see('site2', REPUBLISHED);
  assert.ok(again.duplicate && again.kind === 'near' && again.of === 'wire', JSON.stringify({ ...again, fingerprint: undefined }));
  assert.ok(again.similarity >= 0.7 && again.similarity < 1);
  const trimmed = index.see('site3', TRIMMED);
  assert.ok(trimmed.duplicate && trimmed.of === 'wire');
  assert.equal(index.see('other', OTHER).duplicate, false);
  assert.equal(index.size(), 2);
});

test('similarity estimates Jaccard; fingerprints are stable across runs and band keys match for near copies', () => {
  const a = fingerprint(WIRE);
  assert.deepEqual(fingerprint(WIRE), a);
  assert.equal(similarity(a, a), 1);
  assert.ok(similarity(a, fingerprint(OTHER)) < 0.1);
  const shared = bandKeys(a).filter((key) => bandKeys(fingerprint(REPUBLISHED)).includes(key));
  assert.ok(shared.length > 0);
  assert.equal(bandKeys(a).length, 32);
  assert.deepEqual(fingerprint('').minhash, []);
});

test('signatures are those stored by earlier versions, so stored documents still compare', () => {
  const print = fingerprint('Foreign ministers from Portugal and Morocco met in Lisbon on Tuesday to settle the fishing dispute.');
  assert.equal(print.shingles, 12);
  assert.deepEqual(print.minhash.slice(0, 4), [749344493, 32748838, 666841223, 536556088]);
  assert.equal(createHash('sha256').update(print.minhash.join(',')).digest('hex').slice(0, 16), '6464bfd32efd8f34');
});
