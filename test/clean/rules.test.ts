import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../../src/clean/index.ts';
import { loadLexicon } from '../../src/lexicon/index.ts';

const lexicon = loadLexicon();
const source = (raw: string) => ({ uri: 't', mediaType: 'text/plain' as const, raw, hints: {}, warnings: [] });

for (const rule of lexicon.cruft) {
  test(`cleaning rule ${rule.id} cuts its example${rule.keep ? ' and keeps its near miss' : ''}`, () => {
    const cut = clean(source(`Peru met Chile.\n\n${rule.example}\n\nCuba met Chile.`), lexicon.cruft);
    assert.equal(cut.text, 'Peru met Chile.\n\nCuba met Chile.');
    assert.equal(cut.removed.length, 1);
    assert.equal(cut.removed[0].reason, rule.reason);
    assert.equal(cut.removed[0].rule, `cleaning:${rule.id}`);
    if (rule.keep) assert.equal(clean(source(rule.keep), lexicon.cruft).removed.length, 0, rule.keep);
  });
}

test('paragraphs survive cleaning and cut lines leave no gap', () => {
  const cut = clean(source('One.\r\n\r\nAlso Read | x\r\n\r\n\r\nTwo.\nThree.'), lexicon.cruft);
  assert.equal(cut.text, 'One.\n\nTwo.\nThree.');
});
