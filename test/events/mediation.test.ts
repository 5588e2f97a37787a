import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { code } from '../../src/pipeline.ts';

const lexicon = loadLexicon();
const coded = (text: string) => code(text, { lexicon, date: '2024-02-01' }).events.map((e) => `${e.source}>${e.target ?? '-'}:${e.cameo}`);
const mediations = (text: string) => coded(text).filter((e) => e.endsWith(':045'));

test('a go-between of any act two parties did together mediated with each of them', () => {
  assert.deepEqual(mediations('Peru and Bolivia swapped 40 detainees on Sunday in an exchange brokered by Brazil.'), ['BRA>PER:045', 'BRA>BOL:045']);
  assert.deepEqual(mediations('Chile and Argentina agreed to a Uruguayan-brokered truce on Friday.'), ['URY>CHL:045', 'URY>ARG:045']);
  assert.deepEqual(mediations('Sudan and Chad signed a border accord through Egyptian and Qatari mediation.'), ['EGY>SDN:045', 'EGY>TCD:045', 'QAT>SDN:045', 'QAT>TCD:045']);
});

test('a mediation the clause only looks back on, or that did not happen, is not coded', () => {
  // The truce was brokered before; what the clause tells is a withdrawal under it.
  assert.deepEqual(mediations('Peruvian troops left the border towns under the Brazilian-brokered ceasefire with Ecuador.'), []);
  assert.deepEqual(mediations('Chile recognised Bolivia as part of a deal brokered by Brazil.'), []);
  assert.deepEqual(mediations('Peru and Chile will sign a deal brokered by Brazil next week.'), []);
  // One party alone: nothing to mediate between.
  assert.deepEqual(mediations('Brazil offered mediation between Peru and Chile.'), []);
});

test('subjects that sign a truce together sign it with each other', () => {
  assert.deepEqual(coded("Sudan's army and the RSF signed a truce in Jeddah."), ['SDNMIL>SDNREBRSF:0871', 'SDNREBRSF>SDNMIL:0871']);
});

test('a possessive standing for the subjects names no target', () => {
  assert.deepEqual(coded('Indian and French troops began their annual exercises on Monday.').filter((e) => !e.endsWith('>-:150')), []);
});
