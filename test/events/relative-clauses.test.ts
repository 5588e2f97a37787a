// Clauses inside noun groups: reduced passive relatives ("rebels backed by Rwanda") and relative clauses whose
// object is the noun before them ("the diplomats it accused of spying"); and what such nouns let pronouns mean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { code } from '../../src/pipeline.ts';

const lexicon = loadLexicon();
const coded = (text: string): string[] => code(text, { lexicon, date: '2024-02-01' }).events.map((e) => `${e.source}>${e.target ?? '-'}:${e.cameo}`);

test('a reduced passive relative has its by-agent as source, and the verb after it is the main verb', () => {
  const events = coded('Militias backed by Iran attacked a Jordanian border post on Sunday.');
  assert.ok(events.some((e) => e.startsWith('IRN>') && e.endsWith(':051')), events.join(' '));
  assert.ok(events.some((e) => !e.startsWith('IRN') && e.endsWith('>JOR:190')), events.join(' '));
  assert.deepEqual(coded('Houthi fighters armed by Tehran seized a cargo ship in the Red Sea.'), ['IRNGOV>YEMREBHTH:072', 'YEMREBHTH>-:171']);
});

test('a relative clause with no object after its verb acts on the noun before it', () => {
  assert.deepEqual(coded('Ghana expelled three Togolese diplomats it accused of spying.'), ['GHA>TGOGOV:161', 'GHA>TGOGOV:1125']);
});

test('"it" means no country named only as an adjective, nor a plural', () => {
  const events = coded('The Canadian finance ministry froze the assets of four Russian banks it accused of evading sanctions.');
  assert.ok(events.every((e) => !e.startsWith('RUS')), events.join(' '));
});

test('calling someone something is no phone call', () => {
  assert.deepEqual(coded('Venezuela\'s president called the Guyanese leader a "puppet of Exxon".').filter((e) => e.endsWith(':041')), []);
  assert.deepEqual(coded("Italy's prime minister called Tunisia's president on Monday."), ['ITAGOV>TUNGOV:041', 'TUNGOV>ITAGOV:041']);
});

test('Washington is a place as well as a seat of government', () => {
  assert.deepEqual(coded('Peru recalled its ambassador to Washington for consultations.'), ['PER>USA:161']);
});

test('a relative pronoun right before its verb stands for the actor before it, and so does the verb after the aside', () => {
  assert.deepEqual(coded('Serbia\'s president, who skipped the summit in Brussels, accused Croatia of provocations.'), ['SRBGOV>HRV:1123']);
});
