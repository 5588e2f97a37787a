import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../src/read/progress.ts';

function sink(isTTY: boolean): { stream: NodeJS.WritableStream & { isTTY: boolean }; text: () => string } {
  let written = '';
  const write = (chunk: string): boolean => {
    written += chunk;
    return true;
  };
  const stream = { isTTY, columns: 200, write } as unknown as NodeJS.WritableStream & { isTTY: boolean };
  return { stream, text: () => written };
}

test('not a terminal: a plain line every interval with documents, rate, share read and ETA', () => {
  const out = sink(false);
  let clock = 0;
  const progress = createProgress({ stream: out.stream, every: 10, now: () => clock });
  for (let i = 0; i < 50; i++) {
    clock += 100;
    progress.document();
  }
  assert.equal(out.text(), '');
  clock = 9_000;
  progress.bytes(250_000_000, 1_000_000_000);
  assert.equal(out.text(), '');
  clock = 10_000;
  progress.document();
  assert.equal(out.text(), 'progress: 51 documents  5.1/s  25.0% of 1.0 GB  ETA 30s  elapsed 10s\n');
  progress.finish();
  assert.match(out.text().split('\n')[1], /^done: 51 documents/);
});

test('a terminal: one line redrawn in place, with a bar', () => {
  const out = sink(true);
  let clock = 0;
  const progress = createProgress({ stream: out.stream, now: () => clock });
  clock = 1000;
  progress.bytes(500, 1000);
  assert.ok(out.text().startsWith('\r\x1b[K[##########..........] 0 documents'));
  progress.finish();
  assert.ok(!out.text().includes('progress:'));
});

test('quiet: nothing at all', () => {
  const out = sink(true);
  const progress = createProgress({ stream: out.stream, quiet: true, now: () => 10_000_000 });
  progress.document();
  progress.bytes(1, 2);
  progress.finish();
  assert.equal(out.text(), '');
});
