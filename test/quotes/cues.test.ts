import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DICTIONARY_DIR } from '../../src/lexicon/index.ts';
import { buildContext } from '../../src/quotes/context.ts';
import { compileCues, loadSpeechCues } from '../../src/quotes/cues.ts';
import { readYamlList } from '../../src/lexicon/yaml.ts';
import { CueEntry } from '../../src/quotes/cues.ts';
import { docOf } from './doc.ts';

const FILE = join(DICTIONARY_DIR, 'speech-cues.yaml');

test('the speech cue dictionary loads cleanly with at least 150 cues', () => {
  const cues = loadSpeechCues(FILE);
  assert.deepEqual(cues.problems, []);
  assert.ok(cues.size >= 150, `only ${cues.size} cues`);
  assert.ok(cues.personNouns.has('minister') && cues.personNouns.has('ministers'));
});

test('every cue is found in its own example', () => {
  const cues = loadSpeechCues(FILE);
  const { entries } = readYamlList(FILE, CueEntry);
  const failures: string[] = [];
  for (const entry of entries) {
    if (entry.pos === 'person') {
      if (!entry.example.toLowerCase().includes(entry.cue)) failures.push(`${entry.cue}: not in "${entry.example}"`);
      continue;
    }
    const context = buildContext(docOf(entry.example), cues);
    const found = context.cueAt.some((match) => match !== null && match.cue.cue === entry.cue && match.cue.pos === entry.pos);
    if (!found) failures.push(`${entry.cue} (${entry.pos}): not found in "${entry.example}"`);
  }
  assert.deepEqual(failures, []);
});

test('a missing dictionary file is a clear error', () => {
  assert.throws(() => loadSpeechCues('/nonexistent/speech-cues.yaml'), /speech-cues\.yaml: speech cue dictionary not found/);
});

test('duplicate entries are reported, not loaded twice', () => {
  const entry = CueEntry.parse({ cue: 'say', pos: 'verb', example: 'He said so.' });
  const cues = compileCues([entry, entry]);
  assert.equal(cues.size, 1);
  assert.match(cues.problems[0], /"say" \(verb\) is listed twice/);
});

test('cues are matched by lemma and by inflected form, with their part of speech', () => {
  const cues = loadSpeechCues(FILE);
  const context = buildContext(docOf('"Shameful," she fumed. The claims were false. He pointed out that it rained.'), cues);
  const matched = context.cueAt.flatMap((match, t) => (match ? [`${context.tokens[t].text}:${match.cue.cue}:${match.cue.pos}`] : []));
  assert.ok(matched.includes('fumed:fume:verb'), matched.join(' '));
  assert.ok(matched.includes('claims:claim:noun'), matched.join(' '));
  assert.ok(matched.includes('pointed:point out:verb'), matched.join(' '));
});
