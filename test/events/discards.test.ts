// Every discard entry proves itself: its example sentence is not coded, for the entry's own reason (or is cut
// as site cruft before coding).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ClauseTrace } from '../../src/events/index.ts';
import { DICTIONARY_DIR, loadLexicon } from '../../src/lexicon/index.ts';
import { DiscardEntry } from '../../src/lexicon/schema.ts';
import { readYamlList } from '../../src/lexicon/yaml.ts';
import { codeDoc } from '../../src/pipeline.ts';

test('each discards.yaml example is discarded by its own entry', () => {
  const lexicon = loadLexicon();
  const failures: string[] = [];
  for (const entry of readYamlList(join(DICTIONARY_DIR, 'discards.yaml'), DiscardEntry).entries) {
    const trace: ClauseTrace[] = [];
    const doc = codeDoc(entry.example, { lexicon, date: '2024-06-01', trace });
    // Site cruft ("Also Read | …") is cut by the cleaner before any clause is read.
    const cut = doc.removed.length > 0 && doc.events.length === 0;
    if (!cut && !trace.some((t) => t.outcome.includes(`(${entry.id}:`))) failures.push(`${entry.id}: "${entry.example}" → ${trace.map((t) => t.outcome).join('; ') || 'no clause'}`);
  }
  assert.deepEqual(failures, []);
});

test('a score line discards only beside a word of winning or losing', () => {
  const lexicon = loadLexicon();
  const reasons = (text: string): string[] => {
    const trace: ClauseTrace[] = [];
    codeDoc(text, { lexicon, date: '2024-06-01', trace });
    return trace.map((t) => t.outcome).filter((outcome) => outcome.includes('score-line'));
  };
  assert.equal(reasons('Peru beat Chile 3–0 in Lima on Tuesday.').length, 1);
  assert.deepEqual(reasons('The Kenyan court ruled 5-4 that the police must release the activists.'), []);
});
