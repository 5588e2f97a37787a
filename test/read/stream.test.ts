import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { LineResult } from '../../src/read/jsonl.ts';
import { readJsonLines, readJsonLinesFile } from '../../src/read/stream.ts';

async function collect(results: AsyncGenerator<LineResult>): Promise<LineResult[]> {
  const all: LineResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

const LINES = ['{"id":"a","date":"2024-01-01","text":"Peru met Chile."}', '{"id":"b","html":"<p>Cuba met Chile.</p>"}', '{broken', '{"id":"c","text":"Niños y señoras en São Paulo."}'];

test('.jsonl.gz is read as a stream; bad lines are named by line number and the rest read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-stream-'));
  const file = join(dir, 'batch.jsonl.gz');
  writeFileSync(file, gzipSync(`${LINES.join('\r\n')}\r\n`));
  const seen: number[] = [];
  const results = await collect(readJsonLinesFile(file, { onBytes: (read, total) => seen.push(read / (total ?? 1)) }));
  assert.equal(results.length, 4);
  assert.ok(results[0].ok && results[0].source.hints.date === '2024-01-01' && results[0].source.raw === 'Peru met Chile.');
  assert.ok(results[1].ok && results[1].source.mediaType === 'text/html');
  assert.ok(!results[2].ok && results[2].uri === `${file}:3` && /line 3 is not JSON/.test(results[2].error));
  assert.ok(results[3].ok && results[3].source.raw === 'Niños y señoras en São Paulo.');
  assert.equal(seen.at(-1), 1);
});

test('a multi-byte character split across chunks, and a last line without a newline, read whole', async () => {
  const bytes = Buffer.from(LINES[3], 'utf8');
  const cut = bytes.indexOf(Buffer.from('ã')) + 1;
  const stream = Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]);
  const [result] = await collect(readJsonLines('chunks.jsonl', stream));
  assert.ok(result.ok && result.source.raw === 'Niños y señoras en São Paulo.');
});

test('a line longer than the cap is an error for that line, not held in memory; the next lines are read', async () => {
  const long = `{"text":"${'x'.repeat(5000)}"}`;
  const pieces = [LINES[0], '\n', long.slice(0, 2000), long.slice(2000), '\n', LINES[3], '\n'].map((piece) => Buffer.from(piece));
  const results = await collect(readJsonLines('long.jsonl', Readable.from(pieces), { maxLineBytes: 1000 }));
  assert.equal(results.length, 3);
  assert.ok(results[0].ok);
  assert.deepEqual(results[1], { ok: false, uri: 'long.jsonl:2', error: 'line 2 is longer than 1000 bytes; skipped' });
  assert.ok(results[2].ok && results[2].source.uri === 'long.jsonl:3');
});

test('a corrupt gzip file and a missing file each give one clear error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-stream-bad-'));
  const file = join(dir, 'bad.jsonl.gz');
  writeFileSync(file, Buffer.concat([gzipSync(`${LINES[0]}\n`).subarray(0, 30), Buffer.from('garbage')]));
  const results = await collect(readJsonLinesFile(file));
  const last = results.at(-1);
  assert.ok(last && !last.ok && last.uri === file && /could not read past line \d/.test(last.error));
  assert.deepEqual(await collect(readJsonLinesFile(join(dir, 'none.jsonl'))), [{ ok: false, uri: join(dir, 'none.jsonl'), error: 'no such file or directory' }]);
});
