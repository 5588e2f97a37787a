import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { code } from '../../src/pipeline.ts';

const lexicon = loadLexicon();
const pairs = (text: string) => code(text, { lexicon, date: '2024-02-01' }).events.map((e) => `${e.source}>${e.target ?? '-'}`);

test('a bare role as object is the acting state\'s own people', () => {
  assert.deepEqual(pairs('Kenyan police arrested four journalists in Nairobi.'), ['KENCOP>KENMED']);
  assert.deepEqual(pairs("Peru's president pardoned the rebels who had surrendered."), ['PERGOV>PERREB']);
  // The pattern's own words ("fire tear gas at") are passed over, whatever their tags.
  assert.deepEqual(pairs('Kenyan police fired tear gas at opposition supporters in Nairobi.'), ['KENCOP>KENOPP']);
});

test('a role owned by a named country stays that country\'s', () => {
  assert.deepEqual(pairs('Kenyan police arrested four Ugandan journalists on Monday.'), ['KENCOP>UGAMED']);
});

test('migrants and refugees are not taken as the state\'s own', () => {
  assert.deepEqual(pairs('Greece rescued 200 migrants off Crete.'), ['GRC>-']);
});

test('an international body has no people of its own to act on', () => {
  assert.ok(!pairs('The United Nations criticised the soldiers.').some((pair) => /^IGO\w*>IGO/.test(pair)));
});
