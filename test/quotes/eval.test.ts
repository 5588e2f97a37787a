import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { loadGold, overlap, scorePassage, speakerMatches, summary } from '../../src/eval/quotes.ts';
import type { Quote } from '../../src/record.ts';

const GOLD = fileURLToPath(new URL('./gold.yaml', import.meta.url));

test('the gold set: at least 40 passages in four styles, a third held out, every form present', () => {
  const passages = loadGold(GOLD);
  assert.ok(passages.length >= 40);
  assert.deepEqual([...new Set(passages.map((p) => p.style))].sort(), ['agency', 'broadcast', 'tabloid', 'wire']);
  const heldout = passages.filter((p) => p.split === 'heldout').length;
  assert.ok(heldout * 3 >= passages.length - 1, `${heldout} held out of ${passages.length}`);
  const kinds = new Set(passages.flatMap((p) => p.quotes.map((q) => q.kind)));
  assert.deepEqual([...kinds].sort(), ['direct', 'indirect', 'mixed']);
});

test('overlap is the shared part of the longer span', () => {
  assert.equal(overlap({ start: 0, end: 10 }, { start: 5, end: 10 }), 0.5);
  assert.equal(overlap({ start: 0, end: 10 }, { start: 10, end: 20 }), 0);
});

test('a speaker is right by name (whole words, any listed name) or by actor code', () => {
  const speaker = (name: string, actor: string | null = null) => ({ name, actor, start: 0, end: 1 });
  const gold = { kind: 'direct' as const, text: 'x', speaker: 'Ana Ruiz' };
  assert.ok(speakerMatches(gold, speaker('Foreign Minister Ana Ruiz')));
  assert.ok(!speakerMatches(gold, speaker('Foreign Minister Ana Ruiz'), true));
  assert.ok(!speakerMatches(gold, speaker('Ruiz')));
  assert.ok(speakerMatches({ ...gold, speaker: 'The Foreign Ministry', actor: 'RUSGOV' }, speaker('Russia', 'RUSGOV')));
  assert.ok(speakerMatches({ ...gold, speaker: ['Kevin “The Hammer” Doyle', 'Kevin Doyle'] }, speaker('Kevin Doyle')));
  assert.ok(speakerMatches({ ...gold, speaker: null }, null));
});

test('scoring counts matches, misses and extras', () => {
  const text = '"We won," said Ada Blake. Critics said the game was fixed.';
  const passage = {
    id: 't',
    style: 'wire',
    split: 'dev' as const,
    text,
    quotes: [
      { kind: 'direct' as const, text: 'We won', speaker: 'Ada Blake' },
      { kind: 'indirect' as const, text: 'the game was fixed', speaker: 'Critics' },
    ],
  };
  const quote = (kind: Quote['kind'], part: string, name: string): Quote => {
    const start = text.indexOf(part);
    return { kind, speaker: { name, actor: null, start: 0, end: 1 }, cue: null, start, end: start + part.length, text: part };
  };
  const misses: Array<{ id: string; what: string }> = [];
  const tally = scorePassage(passage, text, [quote('direct', 'We won', 'Ada Blake'), quote('direct', 'Ada Blake', 'nobody')], misses);
  assert.deepEqual(tally, { gold: 2, predicted: 2, matched: 1, speakerRight: 1, speakerExact: 1, kindRight: 1, spanExact: 1 });
  const s = summary(tally);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.5);
  assert.equal(misses.length, 2);
});
