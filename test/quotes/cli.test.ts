import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dyad = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'bin/dyad.js'), ...args], { cwd: root, input, encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'dyad-quotes-'));
const article = join(dir, 'flood.txt');
writeFileSync(article, 'date 2024-03-02\n"The water came in at night," said farmer Oskar Lind.\n\nOfficials said the river had peaked.\n');

test('dyad quotes prints one quote a line under a tsv header, naming a missing input and exiting 1', () => {
  const run = dyad(['quotes', join(dir, 'nope.txt'), article]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /nope\.txt: no such file or directory/);
  const lines = run.stdout.trimEnd().split('\n');
  assert.deepEqual(lines[0].split('\t'), ['document', 'source', 'kind', 'speaker', 'speakerActor', 'cue', 'start', 'end', 'text']);
  const rows = lines.slice(1).map((line) => line.split('\t'));
  assert.deepEqual(rows.map((row) => [row[2], row[5], row[8]]), [
    ['direct', 'said', 'The water came in at night'],
    ['indirect', 'said', 'the river had peaked'],
  ]);
  assert.match(rows[0][3], /Oskar Lind$/);
});

test('dyad quotes --format jsonl reads stdin and prints objects', () => {
  const run = dyad(['quotes', '--format', 'jsonl', '-'], 'The port will reopen on Monday, the harbour master said.\n');
  assert.equal(run.status, 0, run.stderr);
  const [row] = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(row.kind, 'indirect');
  assert.equal(row.text, 'The port will reopen on Monday');
});

test('a bad format is a usage error', () => {
  const bad = dyad(['quotes', '--format', 'xml', article]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be one of tsv, jsonl/);
});
