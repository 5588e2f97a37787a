import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../../src/pipeline.ts';
import { fixtureLexicon } from '../fixtures/lexicon.ts';

const events = (text: string, date = '2023-03-31') =>
  code(text, { lexicon: fixtureLexicon(), date }).events.map((e) => `${e.source}>${e.target ?? '-'}:${e.cameo}${e.negated ? ':neg' : ''}${e.mode ? `:${e.mode}` : ''}`);

test('subject, verb pattern and object make an event with its code facts and evidence', () => {
  const record = code('Germany invited Brazil to the talks.', { lexicon: fixtureLexicon(), date: '2023-03-31' });
  assert.equal(record.events.length, 1);
  const [e] = record.events;
  assert.deepEqual([e.source, e.target, e.cameo, e.root, e.quad, e.goldstein, e.plover.event], ['DEU', 'BRA', '036', '03', 1, 4, 'AGREE']);
  assert.equal(e.rule, 'verbs/03-intent:invite');
  assert.equal(record.text.slice(e.evidence.start, e.evidence.end), 'Germany invited Brazil to the talks.');
  assert.equal(e.verb.text, 'invited');
  assert.equal(e.date, '2023-03-31');
});

test('coordinated targets give one event each', () => {
  assert.deepEqual(events('NATO has invited Australia, New Zealand, South Korea, and Japan to attend.'), [
    'IGOWSTNAT>AUS:036', 'IGOWSTNAT>NZL:036', 'IGOWSTNAT>KOR:036', 'IGOWSTNAT>JPN:036',
  ]);
});

test('a prepositional target: blamed X on Y codes Y', () => {
  assert.deepEqual(events('Moscow has blamed the current conflict on expansion of NATO.'), ['RUSGOV>IGOWSTNAT:112']);
});

test('negation of the verb group, and of a governing verb over its infinitive', () => {
  assert.deepEqual(events('Chile did not accuse Peru.'), ['CHL>PER:112:neg']);
  assert.deepEqual(events('Chile would not want to, at this stage, invite Peru.'), ['CHL>PER:036:neg:hypothetical']);
});

test('future and hypothetical modes', () => {
  assert.deepEqual(events('Chile will invite Peru.'), ['CHL>PER:036:future']);
  assert.deepEqual(events('Chile could invite Peru.'), ['CHL>PER:036:hypothetical']);
});

test('passive voice: the by-agent is the source', () => {
  assert.deepEqual(events('Peru was accused by Chile of spying.'), ['CHL>PER:112']);
});

test('the clause date and place are the event date and place', () => {
  const record = code('Kenya\'s president visited Ghana on 4 April. France met with Chile in Paris.', { lexicon: fixtureLexicon(), date: '2023-03-31' });
  assert.deepEqual(record.events.map((e) => [e.source, e.target, e.date, e.place?.country ?? null]), [
    ['KENGOV', 'GHA', '2023-04-04', 'GHA'],
    ['FRA', 'CHL', '2023-03-31', 'FRA'],
    ['CHL', 'FRA', '2023-03-31', 'FRA'],
  ]);
});

test('a subject is not taken from inside a prepositional phrase or appositive', () => {
  assert.deepEqual(events('In talks with Japan, Chile accused Peru.'), ['CHL>PER:112']);
});

test('a copular clause with its own pattern: "is open to more engagement with"', () => {
  assert.deepEqual(events('NATO met with Chile. Its envoy said that the alliance is open to more engagement with Peru.'), ['IGOWSTNAT>CHL:040', 'CHL>IGOWSTNAT:040', 'IGOWSTNAT>PER:036']);
});

test('"between SOURCE and TARGET" keeps the two apart, and ", and" starts a new clause with its own subject', () => {
  assert.deepEqual(events('Talks took place between France and Chile in Paris.'), ['FRA>CHL:040', 'CHL>FRA:040']);
  assert.deepEqual(events('The summit will take place in Rome on 4 May, and NATO has invited Japan.').slice(-1), ['IGOWSTNAT>JPN:036']);
});

test('reported speech codes the reported event; the statement counts only when nothing else is coded', () => {
  assert.deepEqual(events('Chile said that Peru will invite Bolivia.'), ['PER>BOL:036:future']);
  assert.deepEqual(events('Chile said the talks went well.'), ['CHL>-:010']);
});
