// The shape of dyad's own event dictionaries: every verb file parses, ids are unique, every code is a CAMEO code
// under its file's root, every &CLASS exists, and each of the 20 roots has at least 60 patterns.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DICTIONARY_DIR } from '../../src/lexicon/index.ts';
import { loadCameoTable } from '../../src/lexicon/cameo.ts';
import { DiscardEntry, VerbFile, WordClass } from '../../src/lexicon/schema.ts';
import { compileVerbPattern } from '../../src/lexicon/verbs.ts';
import { readYamlList, readYamlObject } from '../../src/lexicon/yaml.ts';

const VERBS = join(DICTIONARY_DIR, 'verbs');
const MIN_PER_ROOT = 60;
const files = readdirSync(VERBS).filter((name) => /\.ya?ml$/.test(name)).sort();
const cameoProblems: string[] = [];
const cameo = loadCameoTable(join(DICTIONARY_DIR, 'cameo.tsv'), cameoProblems);
const classes = readYamlList(join(DICTIONARY_DIR, 'classes.yaml'), WordClass);
const classNames = new Set(classes.entries.map((entry) => entry.name));

test('cameo.tsv loads, and every code sits under its own root with the QuadClass of that root', () => {
  assert.deepEqual(cameoProblems, []);
  assert.ok(cameo.size >= 311, `cameo.tsv has ${cameo.size} codes, fewer than GDELT's 311`);
  const quadOf = (root: number): number => (root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
  const wrong = [...cameo.values()].filter((row) => !row.code.startsWith(row.root) || row.quad !== quadOf(Number(row.root)));
  assert.deepEqual(wrong.map((row) => row.code), []);
});

test('classes.yaml and discards.yaml parse, with no class named twice', () => {
  assert.deepEqual(classes.problems, []);
  assert.equal(classNames.size, classes.entries.length);
  const discards = readYamlList(join(DICTIONARY_DIR, 'discards.yaml'), DiscardEntry);
  assert.deepEqual(discards.problems, []);
  assert.ok(discards.entries.length > 0);
});

test('there is one verb file for each of the 20 CAMEO roots, named NN-*.yaml', () => {
  const roots = files.map((name) => name.slice(0, 2));
  const expected = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
  assert.deepEqual(roots, expected);
});

const seenIds = new Map<string, string>();
const counts = new Map<string, number>();
for (const name of files) {
  test(`verbs/${name}: shape, unique ids, known codes under its root, known classes`, () => {
    const file = join(VERBS, name);
    const { value, problems } = readYamlObject(file, VerbFile);
    assert.deepEqual(problems, []);
    assert.ok(value);
    assert.equal(value.root, name.slice(0, 2), 'the root field matches the file name');
    const failures: string[] = [];
    for (const entry of value.patterns) {
      const where = `${name}:${entry.id}`;
      const earlier = seenIds.get(entry.id);
      if (earlier) failures.push(`${where}: id also used in ${earlier}`);
      seenIds.set(entry.id, name);
      if (!cameo.has(entry.code)) failures.push(`${where}: code ${entry.code} is not in cameo.tsv`);
      if (!entry.code.startsWith(value.root)) failures.push(`${where}: code ${entry.code} is not under root ${value.root}`);
      const compiled = compileVerbPattern(entry, where);
      if (typeof compiled === 'string') failures.push(`${where}: ${compiled}`);
      else {
        for (const element of compiled.elements) {
          if (element.kind === 'class' && !classNames.has(element.name)) failures.push(`${where}: unknown class &${element.name}`);
        }
      }
      if (entry.example.trim().split(/\s+/).length < 3) failures.push(`${where}: the example is not a sentence`);
      if (entry.expect !== undefined && !/^[A-Z0-9]{3,}( [A-Z0-9]{3,})?$/.test(entry.expect)) {
        failures.push(`${where}: expect "${entry.expect}" is not "SOURCE TARGET" in actor codes`);
      }
    }
    counts.set(value.root, value.patterns.length);
    assert.deepEqual(failures, []);
    assert.ok(value.patterns.length >= MIN_PER_ROOT, `${name} has ${value.patterns.length} patterns, fewer than ${MIN_PER_ROOT}`);
  });
}

test('at least 3,000 patterns over all roots, and no two identical patterns with different codes', () => {
  let total = 0;
  const byPattern = new Map<string, string>();
  const clashes: string[] = [];
  for (const name of files) {
    const { value } = readYamlObject(join(VERBS, name), VerbFile);
    if (!value) continue;
    total += value.patterns.length;
    for (const entry of value.patterns) {
      const key = entry.pattern.trim().toLowerCase().replace(/\s+/g, ' ');
      const code = byPattern.get(key);
      if (code !== undefined && code !== entry.code) clashes.push(`"${entry.pattern}" is ${code} and ${entry.code} (${name}:${entry.id})`);
      byPattern.set(key, entry.code);
    }
  }
  assert.deepEqual(clashes, []);
  assert.ok(total >= 3000, `${total} patterns, fewer than 3,000`);
});
