import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { DocRecord } from '../../src/record.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dyad = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'bin/dyad.js'), ...args], { cwd: root, input, encoding: 'utf8' });

test('dyad code prints a DocRecord that satisfies the schema, with the dated form\'s date', () => {
  const run = dyad(['code', 'examples/border-talks.txt']);
  assert.equal(run.status, 0, run.stderr);
  const record = DocRecord.parse(JSON.parse(run.stdout));
  assert.equal(record.published, '2025-02-03');
  assert.ok(record.sentences.length > 3);
  assert.ok(record.removed.some((r) => r.reason === 'subscribe-call'));
  assert.ok(!record.text.includes('Subscribe to our newsletter'));
});

test('jsonl prints one record a line and tsv one event a line under a header', () => {
  const jsonl = dyad(['code', '--format', 'jsonl', 'examples/']);
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const records = jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.ok(records.length >= 4);
  assert.ok(records.some((record) => record.id === 'gulf-1' && record.published === '2025-03-10'));
  const tsv = dyad(['code', '--format', 'tsv', 'examples/border-talks.txt']);
  assert.equal(tsv.status, 0, tsv.stderr);
  const [header] = tsv.stdout.split('\n');
  assert.ok(header.startsWith('doc\tsentence\tdate\tsource\ttarget\tcameo'));
});

test('stdin is read with -, and --date dates an undated article', () => {
  const run = dyad(['code', '-', '--date', '2022-02-02', '--format', 'jsonl'], 'Peru and Chile held talks.');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).published, '2022-02-02');
});

test('a missing path is named on stderr, the other inputs are coded, and the exit code is 1', () => {
  const run = dyad(['code', '--format', 'jsonl', 'no/such/file.txt', 'examples/border-talks.txt']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /no\/such\/file\.txt: no such file or directory/);
  assert.equal(run.stdout.trim().split('\n').length, 1);
});

test('an empty file gives a record with no sentences and a warning', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-empty-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  const run = dyad(['code', join(dir, 'empty.txt')]);
  assert.equal(run.status, 0, run.stderr);
  const record = JSON.parse(run.stdout);
  assert.equal(record.sentences.length, 0);
  assert.match(record.warnings[0], /empty/);
});

test('unknown flags and formats are usage errors: exit 2 with usage on stderr', () => {
  const flag = dyad(['code', '--frobnicate', 'examples/']);
  assert.equal(flag.status, 2);
  assert.match(flag.stderr, /Usage:/);
  const format = dyad(['code', '--format', 'xml', 'examples/']);
  assert.equal(format.status, 2);
  assert.match(format.stderr, /--format must be one of/);
  assert.equal(dyad(['nonsense']).status, 2);
});

test('documents not in English and duplicates within a run are skipped with a reason and counted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-skip-'));
  const english = 'France and Germany signed a new trade agreement on Monday after months of talks in Brussels, officials said. The deal cuts tariffs on cars and farm goods and sets up a joint council to settle disputes.';
  writeFileSync(join(dir, 'a.txt'), english);
  writeFileSync(join(dir, 'b.txt'), `${english}\n`);
  writeFileSync(join(dir, 'c.txt'), "La France et l'Allemagne ont signé lundi un nouvel accord commercial après des mois de négociations à Bruxelles, ont indiqué des responsables. L'accord réduit les droits de douane sur les voitures et les produits agricoles, et crée un conseil commun chargé de régler les différends entre les deux pays.");
  const run = dyad(['code', '--format', 'jsonl', '--quiet', dir]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim().split('\n').length, 1);
  assert.match(run.stderr, /b\.txt: skipped, exact duplicate of .*a\.txt/);
  assert.match(run.stderr, /c\.txt: skipped, not English/);
  const all = dyad(['code', '--format', 'jsonl', '--quiet', '--all-languages', '--keep-duplicates', dir]);
  assert.equal(all.stdout.trim().split('\n').length, 3);
});

test('a bad entry in a user dictionary is an error naming file and line; the good entries still apply', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  const file = join(dir, 'mine.yaml');
  writeFileSync(file, ['- code: ZZZGRP', '  name: Zeta Front', '  kind: group', '  names: [Zeta Front]', '  example: "The Zeta Front met with Chile."', '- code: bad code', '  name: Broken', '  kind: group', '  example: "x"'].join('\n'));
  const run = dyad(['code', '--format', 'jsonl', '--dict', file, '-'], 'The Zeta Front met with Chile.');
  assert.equal(run.status, 1);
  assert.match(run.stderr, new RegExp(`error: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:6: code`));
  assert.ok(JSON.parse(run.stdout).actors.some((a: { code: string }) => a.code === 'ZZZGRP'));
});
