import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readInputs, type ReadResult } from '../../src/read/index.ts';
import { textSource } from '../../src/read/text.ts';

async function collect(paths: string[]): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(paths)) results.push(result);
  return results;
}

test('the dated form gives the date whether the body follows on the same line or the next', () => {
  const same = textSource('a', ' date 2023-03-31 NATO met Japan.');
  assert.equal(same.hints.date, '2023-03-31');
  assert.equal(same.raw, 'NATO met Japan.');
  const next = textSource('b', 'date 2024-01-02\nNATO met Japan.');
  assert.equal(next.hints.date, '2024-01-02');
  assert.equal(next.raw, 'NATO met Japan.');
  assert.equal(textSource('c', 'Updated 2024-01-02: NATO met Japan.').hints.date, undefined);
});

test('directories are read recursively; missing paths are named as errors and the rest go on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-read-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'France met Chile.');
  writeFileSync(join(dir, 'sub', 'b.txt'), 'date 2020-05-05\nPeru met Chile.');
  const results = await collect([join(dir, 'nope.txt'), dir]);
  assert.equal(results.length, 3);
  assert.deepEqual(results[0], { ok: false, uri: join(dir, 'nope.txt'), error: 'no such file or directory' });
  assert.ok(results[2].ok && results[2].source.hints.date === '2020-05-05');
});

test('JSON Lines: each line an article; bad lines are named by file and line, the others read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-jsonl-'));
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, ['{"id":"x1","date":"2021-01-01","text":"Peru met Chile."}', '{not json', '', '{"title":"no text"}', '{"text":"Cuba met Chile."}'].join('\n'));
  const results = await collect([file]);
  assert.equal(results.length, 4);
  assert.ok(results[0].ok && results[0].source.hints.id === 'x1' && results[0].source.hints.date === '2021-01-01');
  assert.ok(!results[1].ok && results[1].error.startsWith('line 2 is not JSON'));
  assert.ok(!results[2].ok && /line 4 has no "text"/.test(results[2].error));
  assert.ok(results[3].ok && results[3].source.raw === 'Cuba met Chile.');
});

test('bytes that are not UTF-8 are replaced and warned about', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-latin1-'));
  const file = join(dir, 'latin1.txt');
  writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e]));
  const [result] = await collect([file]);
  assert.ok(result.ok);
  assert.equal(result.source.raw, 'Caf\uFFFD open.');
  assert.match(result.source.warnings[0], /not valid UTF-8/);
});
