import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../src/nlp/index.ts';

const text = "Moscow has blamed the war on NATO.\n\nShe would not want to, at this stage, invite them. NATO's door is open.";

test('token offsets index the text exactly and line breaks are not tokens', () => {
  const { tokens } = analyse(text);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  assert.ok(tokens.every((t) => t.text.trim() !== ''));
});

test('sentences split at stops and paragraph breaks, and tokens know their sentence', () => {
  const { sentences, tokens } = analyse(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['Moscow has blamed the war on NATO.', 'She would not want to, at this stage, invite them.', "NATO's door is open."]);
  assert.equal(tokens[sentences[1].firstToken].text, 'She');
  assert.equal(tokens[sentences[1].firstToken].sentence, 1);
});

test('chunks: noun groups with possessives, verb groups with auxiliaries and negation', () => {
  const { chunks, tokens } = analyse(text);
  const shown = chunks.map((c) => `${c.kind}:${text.slice(tokens[c.first].start, tokens[c.last].end)}`);
  assert.ok(shown.includes('VP:has blamed'));
  assert.ok(shown.includes('VP:would not want'));
  assert.ok(shown.includes("NP:NATO's door"));
  assert.ok(shown.includes('NP:the war'));
});
