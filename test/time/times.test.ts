import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeDoc } from '../../src/pipeline.ts';
import { fixtureLexicon } from '../fixtures/lexicon.ts';

const times = (text: string, date = '2023-03-31') =>
  codeDoc(text, { lexicon: fixtureLexicon(), date }).times.map((t) => `${text.slice(t.span.start, t.span.end)}=${t.start}${t.end !== t.start ? `..${t.end}` : ''}`);

test('dates resolve against the article date, ranges keep both ends, and spans index the text', () => {
  assert.deepEqual(times('The meeting will take place in Brussels from 4-5 April. Talks began last week.'), ['4-5 April=2023-04-04..2023-04-05', 'last week=2023-03-24']);
  assert.deepEqual(times('Peru met Chile on Tuesday.'), ['on Tuesday=2023-03-28']);
  assert.deepEqual(times('In March 2022 the troops moved.'), ['March 2022=2022-03-01']);
});

test('names that look like dates are not dates, and sentences without a date word cost nothing', () => {
  assert.deepEqual(times('Vice Foreign Minister Sun Weidong met the envoy.'), []);
  assert.deepEqual(times('The alliance is open to more engagement.'), []);
});

test('days and nights counted from the article date resolve; "later" counts from an unknown date and does not', () => {
  assert.deepEqual(times('Russian forces shelled Kharkiv last night.'), ['last night=2023-03-30']);
  assert.deepEqual(times('Chile struck the camp a day earlier.'), ['a day earlier=2023-03-30']);
  assert.deepEqual(times('The talks resumed two days later.'), []);
});
