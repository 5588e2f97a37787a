import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readInputs, type ReadOptions, type ReadResult } from '../../src/read/index.ts';
import type { Progress } from '../../src/read/progress.ts';

async function collect(paths: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(paths, options)) results.push(result);
  return results;
}

test('a folder of HTML pages, a feed and a gzipped JSONL dump: each routed to its reader, bad ones named, the rest read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-inputs-'));
  writeFileSync(join(dir, 'a.html'), Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 talks</p></body></html>', 'latin1'));
  writeFileSync(join(dir, 'b.html'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
  writeFileSync(join(dir, 'c.rss'), '<rss version="2.0"><channel><item><title>T</title><description>Peru met Chile.</description></item><item></item></channel></rss>');
  writeFileSync(join(dir, 'd.jsonl.gz'), gzipSync('{"id":"x","text":"Cuba met Chile."}\n{"id":"y"}\n'));
  writeFileSync(join(dir, 'e.json'), '{"note": "not a feed"}');
  let documents = 0;
  let lastBytes: [number, number | null] = [0, null];
  const progress: Progress = {
    document: () => {
      documents++;
    },
    bytes: (read, total) => {
      lastBytes = [read, total];
    },
    finish: () => undefined,
  };
  const results = await collect([dir], { progress });
  const summary = results.map((result) => (result.ok ? `${result.source.uri.replace(dir, '')} ${result.source.mediaType}` : `${result.uri.replace(dir, '')} ERROR ${result.error}`));
  assert.deepEqual(summary, [
    '/a.html text/html',
    '/b.html ERROR binary content (not a text or HTML page)',
    '/c.rss#item-1 text/plain',
    '/c.rss#item-2 ERROR item 2 has neither text (content, description) nor a link',
    '/d.jsonl.gz:1 text/plain',
    '/d.jsonl.gz:2 ERROR line 2 has no "text" (or "html") string',
    '/e.json text/plain',
  ]);
  assert.ok(results[0].ok && results[0].source.raw.includes('Café talks'));
  assert.equal(documents, 7);
  assert.equal(lastBytes[0], lastBytes[1]);
});

test('URLs among the paths are fetched; a refused scheme is an error and the rest go on', async () => {
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>Envoys met.</p></body></html>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const results = await collect([`${base}/one`, 'gopher://example.org/x', `${base}/two`]);
    assert.equal(results.length, 3);
    assert.ok(results[0].ok && results[0].source.uri === `${base}/one` && results[0].source.mediaType === 'text/html');
    assert.deepEqual(results[1], { ok: false, uri: 'gopher://example.org/x', error: 'refused: only http and https URLs are fetched, not gopher' });
    assert.ok(results[2].ok);
  } finally {
    server.close();
  }
});

test('stdin: gzipped JSON Lines are streamed line by line; other text is one document', async () => {
  const { spawnSync } = await import('node:child_process');
  const script = "import('./src/read/index.ts').then(async ({ readInputs }) => { for await (const r of readInputs(['-'])) console.log(r.ok ? r.source.uri + ' ' + r.source.raw : r.uri + ' ERROR'); })";
  const run = (input: Buffer): string => spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { input, encoding: 'utf8' }).stdout;
  assert.equal(run(gzipSync('{"text":"Peru met Chile."}\n{bad\n{"text":"Cuba met Chile."}\n')), 'stdin:1 Peru met Chile.\nstdin:2 ERROR\nstdin:3 Cuba met Chile.\n');
  assert.equal(run(Buffer.from('Peru met Chile.')), 'stdin Peru met Chile.\n');
});
