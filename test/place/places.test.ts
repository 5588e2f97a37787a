// Places named in the text: which city names count as places, and the event they place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { code } from '../../src/pipeline.ts';

const lexicon = loadLexicon();
const placesOf = (text: string): string[] => code(text, { lexicon, date: '2024-02-01' }).places.map((p) => `${p.name}=${p.country}`);

test('a city after a locative preposition is a place; a city alone is one only when it is a capital or a big city', () => {
  assert.deepEqual(placesOf('Fighting raged in Uvira.'), ['Uvira=COD']);
  assert.deepEqual(placesOf('Uvira said nothing.'), []);
});

test('adjectives between the preposition and the name, and "of" after a part of a place, still place it', () => {
  assert.deepEqual(placesOf('Militias shelled a market in besieged Uvira.'), ['Uvira=COD']);
  assert.deepEqual(placesOf('Drones struck residential districts of Uvira overnight.'), ['Uvira=COD']);
  assert.deepEqual(placesOf('The leaders of Uvira met.'), []);
});

test('force used at home in such a place is used against the country', () => {
  const events = code('The RSF shelled residential districts of El Fasher overnight.', { lexicon, date: '2024-02-01' }).events;
  assert.deepEqual(events.map((e) => `${e.source}>${e.target}`), ['SDNREBRSF>SDN']);
});
