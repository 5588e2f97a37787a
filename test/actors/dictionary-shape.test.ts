// dyad's actor, agent and people dictionaries have the agreed shape, give each name one meaning within a file,
// are as large as the issue asks, and date their office holders in order.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { normaliseName } from '../../src/lexicon/gazetteer.ts';
import { DICTIONARY_DIR } from '../../src/lexicon/index.ts';
import { ActorEntry, AgentEntry, PersonEntry } from '../../src/lexicon/schema.ts';
import { readYamlList } from '../../src/lexicon/yaml.ts';

const ACTOR_FILES = ['countries', 'igos', 'groups', 'institutions'].map((name) => join(DICTIONARY_DIR, 'actors', `${name}.yaml`));
const AGENTS = join(DICTIONARY_DIR, 'agents.yaml');
const PEOPLE = join(DICTIONARY_DIR, 'people.yaml');

const actorsOf = (file: string): ActorEntry[] => {
  const { entries, problems } = readYamlList(file, ActorEntry);
  assert.deepEqual(problems, [], `${file} does not parse`);
  return entries;
};
const agents = (): AgentEntry[] => {
  const { entries, problems } = readYamlList(AGENTS, AgentEntry);
  assert.deepEqual(problems, []);
  return entries;
};
const people = (): PersonEntry[] => {
  const { entries, problems } = readYamlList(PEOPLE, PersonEntry);
  assert.deepEqual(problems, []);
  return entries;
};

/** Names that map to more than one meaning, as "name: meaning, meaning". */
function clashes(pairs: Array<[string, string]>): string[] {
  const meanings = new Map<string, Set<string>>();
  for (const [name, meaning] of pairs) {
    const key = normaliseName(name);
    meanings.set(key, (meanings.get(key) ?? new Set()).add(meaning));
  }
  return [...meanings].filter(([, set]) => set.size > 1).map(([name, set]) => `${name}: ${[...set].join(', ')}`);
}

for (const file of ACTOR_FILES) {
  test(`${file.split('/').pop()}: entries parse, and no name means two codes`, () => {
    const entries = actorsOf(file);
    assert.ok(entries.length > 0);
    // Descriptions may be shared ("the bloc" is the EU or ASEAN, whichever was named last); names may not.
    const pairs = entries.flatMap((e) => [e.name, ...e.names, ...e.exact, ...e.demonyms, ...e.seats].map((n): [string, string] => [n, e.code]));
    assert.deepEqual(clashes(pairs), []);
    for (const entry of entries) assert.ok(entry.example.trim().length > 0, `${entry.code} has no example`);
  });
}

test('countries.yaml extends real ISO entries and writes CAMEO-shaped country codes', () => {
  const require = createRequire(import.meta.url);
  const iso3 = new Set((require('world-countries') as Array<{ cca3: string }>).map((c) => c.cca3));
  for (const entry of actorsOf(ACTOR_FILES[0])) {
    assert.equal(entry.kind, 'country', entry.code);
    assert.match(entry.code, /^[A-Z]{3}$/, `${entry.name}: a country code is three letters`);
    if (entry.iso) assert.ok(iso3.has(entry.iso), `${entry.name}: ${entry.iso} is not a world-countries entry`);
  }
});

test('igos.yaml holds at least 150 international bodies, each coded IGO…', () => {
  const entries = actorsOf(ACTOR_FILES[1]);
  assert.ok(entries.length >= 150, `only ${entries.length} bodies`);
  for (const entry of entries) assert.match(entry.code, /^IGO[A-Z0-9]*$/, entry.name);
  const nato = entries.find((e) => e.code === 'IGOWSTNAT');
  assert.ok(nato?.descriptions.includes('the alliance') && nato.descriptions.includes('the grouping'));
});

test('agents.yaml names at least 300 roles, each name with one role code', () => {
  const entries = agents();
  const names = entries.flatMap((e) => e.names);
  assert.ok(names.length >= 300, `only ${names.length} agent names`);
  assert.deepEqual(clashes(entries.flatMap((e) => e.names.map((n): [string, string] => [n, e.code]))), []);
});

test('people.yaml covers at least 60 countries, each name one person, roles dated in order', () => {
  const entries = people();
  const countries = new Set(entries.flatMap((p) => p.roles.map((r) => r.code.slice(0, 3))).filter((c) => c !== 'IGO' && c !== 'NGO'));
  assert.ok(countries.size >= 60, `only ${countries.size} countries`);
  assert.deepEqual(clashes(entries.flatMap((p) => [p.name, ...p.aliases].map((n): [string, string] => [n, p.name]))), []);
  const disorder: string[] = [];
  for (const person of entries) {
    person.roles.forEach((role, i) => {
      if (role.until !== null && role.until <= role.from) disorder.push(`${person.name}: ${role.role} ends before it starts`);
      const before = person.roles[i - 1];
      if (before && (before.until === null || before.until > role.from)) disorder.push(`${person.name}: ${role.role} starts before ${before.role} ends`);
    });
  }
  assert.deepEqual(disorder, []);
});
