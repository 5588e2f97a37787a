import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocRecord, Event } from '../../src/record.ts';
import { expandMembers } from '../../src/relations/expand.ts';
import { loadKnowledge } from '../../src/relations/knowledge.ts';

const knowledge = loadKnowledge();

/** A record with one event whose source is the body named by `phrase` inside `text`. */
function recordWith(text: string, phrase: string, source: string, target: string | null, date = '2023-03-31'): DocRecord {
  const start = text.indexOf(phrase);
  const event: Event = {
    sentence: 0, source, target, cameo: '111', root: '11', quad: 3, goldstein: -2, plover: { event: 'REJECT', mode: null },
    negated: false, mode: null, date, place: null, evidence: { start: 0, end: text.length }, rule: 'test:reject',
    verb: { start: 0, end: 1, text: text[0] }, sourceMention: { start, end: start + phrase.length, text: phrase }, targetMention: null,
  };
  return {
    dyad: '1', id: 'x', source: 'test', url: null, title: null, published: date, text, removed: [], sentences: [{ start: 0, end: text.length }],
    actors: [], people: [], events: [event], quotes: [], places: [], times: [], relations: [], warnings: [],
  };
}

test('"the member countries of the alliance" expands to each member on the date, marked', () => {
  const record = recordWith('The claim was rejected by the member countries of the alliance.', 'the alliance', 'IGOWSTNAT', 'RUSGOV');
  const expanded = expandMembers(record, knowledge).events;
  assert.equal(expanded.length, 30);
  assert.ok(expanded.every((event) => event.expandedFrom === 'IGOWSTNAT' && event.target === 'RUSGOV'));
  assert.ok(!expanded.some((event) => event.source === 'FIN'), 'Finland joined on 4 April 2023');
});

test('"EU member states" and "G7 leaders" expand; the body acting as itself does not', () => {
  assert.equal(expandMembers(recordWith('EU member states rejected the plan.', 'EU', 'IGOEUREEC', null, '2024-01-10'), knowledge).events.length, 27);
  assert.equal(expandMembers(recordWith('G7 leaders rejected the plan.', 'G7', 'IGOGOS', null), knowledge).events.length, 7);
  const itself = expandMembers(recordWith('NATO rejected the plan.', 'NATO', 'IGOWSTNAT', null), knowledge).events;
  assert.equal(itself.length, 1);
  assert.equal(itself[0].expandedFrom, undefined);
});

test('a collective whose body the knowledge does not hold stays as it is', () => {
  const events = expandMembers(recordWith('Members of the club rejected it.', 'the club', 'IGOXYZ', null), knowledge).events;
  assert.deepEqual(events.map((event) => event.source), ['IGOXYZ']);
});
