import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairMarks, paragraphs } from '../../src/quotes/marks.ts';

const pair = (text: string) => {
  const { spans, warnings } = pairMarks(text, paragraphs(text));
  return { quotes: spans.map((span) => text.slice(span.contentStart, span.contentEnd)), warnings, spans };
};

test('paragraphs are blank-line blocks, or lines when there are no blank lines', () => {
  assert.equal(paragraphs('One.\n\nTwo.\nStill two.').length, 2);
  assert.equal(paragraphs('One.\nTwo.\nThree.').length, 3);
});

test('straight and curly marks pair; single marks inside stay in the quote; a trailing comma is dropped', () => {
  const { quotes, warnings } = pair('"Ready," he said. “We said ‘never’ and meant it,” she said.');
  assert.deepEqual(quotes, ['Ready', 'We said ‘never’ and meant it']);
  assert.deepEqual(warnings, []);
});

test('bad spacing: said," In terms … pairs from the mark, content trimmed', () => {
  const { quotes } = pair('The mayor said," In terms of money, we are fine."');
  assert.deepEqual(quotes, ['In terms of money, we are fine.']);
});

test('a quote whose paragraph ends open continues when the next paragraph re-opens it', () => {
  const text = 'He said: "First part.\n\n"Second part."\n\nAfter.';
  const { quotes, warnings } = pair(text);
  assert.deepEqual(quotes, ['First part.\n\n"Second part.']);
  assert.deepEqual(warnings, []);
});

test('an unbalanced quote is closed at its paragraph end with a warning, and the next paragraph is untouched', () => {
  const { quotes, warnings, spans } = pair('She said: "We will win.\n\nThe vote is on Sunday. "Yes," he said.');
  assert.deepEqual(quotes, ['We will win.', 'Yes']);
  assert.equal(spans[0].closed, false);
  assert.match(warnings[0], /not closed by the paragraph end/);
});

test('an opening curly mark inside an open quote closes the earlier one with a warning', () => {
  const { quotes, warnings } = pair('“We are ready, he said. “Are you?”');
  assert.deepEqual(quotes, ['We are ready, he said.', 'Are you?']);
  assert.match(warnings[0], /has no closing mark/);
});

test('the German pair „…“ is one quote', () => {
  const { quotes, warnings } = pair('Er sagte: „Wir sind bereit.“ Dann ging er.');
  assert.deepEqual(quotes, ['Wir sind bereit.']);
  assert.deepEqual(warnings, []);
});
