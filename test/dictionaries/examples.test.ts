// Every dictionary entry proves itself: its example sentence codes as the entry says.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DICTIONARY_DIR, loadLexicon } from '../../src/lexicon/index.ts';
import { ActorEntry, AgentEntry, NominalEntry, PersonEntry, PlaceEntry, VerbFile } from '../../src/lexicon/schema.ts';
import { readYamlList, readYamlObject } from '../../src/lexicon/yaml.ts';
import { codeDoc } from '../../src/pipeline.ts';

const lexicon = loadLexicon();
const DATE = '2024-06-01';
const yamlIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f)) : []);

test('dyad\'s own dictionaries load without problems', () => {
  assert.deepEqual(lexicon.problems, []);
});

for (const file of yamlIn(join(DICTIONARY_DIR, 'verbs'))) {
  const { value } = readYamlObject(file, VerbFile);
  test(`verb examples in ${file.split('/').pop()} code as their entries say`, () => {
    assert.ok(value, `${file} does not parse`);
    const failures: string[] = [];
    for (const entry of value.patterns) {
      const doc = codeDoc(entry.example, { lexicon, date: DATE });
      const coded = doc.events.filter((e) => !e.negated && e.cameo === entry.code);
      const expected = entry.expect?.split(/\s+/);
      const fits = coded.some((e) => !expected || (e.source === expected[0] && (expected[1] === undefined || e.target === expected[1])));
      if (!fits) {
        const got = doc.events.map((e) => `${e.source}>${e.target ?? '-'}:${e.cameo}${e.negated ? '(neg)' : ''} by ${e.rule}`).join(', ') || 'no event';
        failures.push(`${entry.id} [${entry.code}${entry.expect ? ` ${entry.expect}` : ''}] "${entry.example}" → ${got}`);
      }
    }
    assert.deepEqual(failures, []);
  });
}

for (const file of yamlIn(join(DICTIONARY_DIR, 'actors'))) {
  test(`actor examples in ${file.split('/').pop()} find their actor`, () => {
    const failures: string[] = [];
    for (const entry of readYamlList(file, ActorEntry).entries) {
      const doc = codeDoc(entry.example, { lexicon, date: DATE });
      if (!doc.mentions.some((m) => m.code?.startsWith(entry.code))) {
        failures.push(`${entry.code} "${entry.example}" → ${doc.mentions.map((m) => `${m.text}=${m.code}`).join(', ') || 'no actor'}`);
      }
    }
    assert.deepEqual(failures, []);
  });
}

const agentsFile = join(DICTIONARY_DIR, 'agents.yaml');
if (existsSync(agentsFile)) {
  test('agent examples give an actor with their role code', () => {
    const failures: string[] = [];
    for (const entry of readYamlList(agentsFile, AgentEntry).entries) {
      const doc = codeDoc(entry.example, { lexicon, date: DATE });
      if (!doc.mentions.some((m) => m.code?.endsWith(entry.code))) {
        failures.push(`${entry.code} "${entry.example}" → ${doc.mentions.map((m) => `${m.text}=${m.code}`).join(', ') || 'no actor'}`);
      }
    }
    assert.deepEqual(failures, []);
  });
}

const peopleFile = join(DICTIONARY_DIR, 'people.yaml');
if (existsSync(peopleFile)) {
  test('people examples find the person', () => {
    const failures: string[] = [];
    for (const entry of readYamlList(peopleFile, PersonEntry).entries) {
      const doc = codeDoc(entry.example, { lexicon, date: entry.roles[entry.roles.length - 1].from });
      if (!doc.people.some((p) => p.name === entry.name)) failures.push(`${entry.name} "${entry.example}"`);
    }
    assert.deepEqual(failures, []);
  });
}

const placesFile = join(DICTIONARY_DIR, 'places.yaml');
if (existsSync(placesFile)) {
  test('place examples find the place, in its country', () => {
    const failures: string[] = [];
    for (const entry of readYamlList(placesFile, PlaceEntry).entries) {
      const doc = codeDoc(entry.example, { lexicon, date: DATE });
      if (!doc.places.some((p) => p.name === entry.name && p.country === entry.country)) failures.push(`${entry.name} "${entry.example}" → ${doc.places.map((p) => `${p.name}=${p.country}`).join(', ') || 'no place'}`);
    }
    assert.deepEqual(failures, []);
  });
}

const nominalsFile = join(DICTIONARY_DIR, 'nominals.yaml');
if (existsSync(nominalsFile)) {
  test('nominal examples code the act their noun names', () => {
    const failures: string[] = [];
    for (const entry of readYamlList(nominalsFile, NominalEntry).entries) {
      const doc = codeDoc(entry.example, { lexicon, date: DATE });
      if (!doc.events.some((e) => e.rule === `nominals:${entry.id}` && e.cameo === entry.code)) failures.push(`${entry.id} "${entry.example}" → ${doc.events.map((e) => `${e.source}>${e.target}:${e.cameo} by ${e.rule}`).join(', ') || 'no event'}`);
    }
    assert.deepEqual(failures, []);
  });
}
