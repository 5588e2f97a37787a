// The store verbs as a user runs them: `dyad ingest`, `events`, `stats`, `recode`, in a child process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { BACKENDS, type TestStore } from './backends.ts';

const DYAD = resolve(import.meta.dirname, '../../bin/dyad.js');

function dyad(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [DYAD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [
  { id: 'c1', url: 'https://one.example/c1', date: '2024-02-01', text: 'France accused Germany of violating the ceasefire. Analysts said the move could reshape the region.' },
  { id: 'c2', url: 'https://two.example/c2', date: '2024-02-02', text: 'India signed a trade agreement with Japan in New Delhi. Markets reacted calmly to the news on Tuesday.' },
  { id: 'c3', date: '2024-02-03', text: 'Russian troops threatened to impose sanctions on Ukraine. "We are open to more engagement," the spokesperson said.' },
];
const jsonl = join(dir, 'news.jsonl');
writeFileSync(jsonl, `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n{"id": "broken"\n`);
const dated = join(dir, 'dated.txt');
writeFileSync(dated, 'date 2024-02-04\nChina urged South Korea to show restraint.\n');

for (const backend of BACKENDS) {
  describe(`dyad store verbs on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestStore;
    before(async () => {
      t = await backend.open();
    });
    after(async () => {
      await t?.cleanup();
    });

    test('ingest stores the good inputs, names the bad one and exits 1', async () => {
      const run = await dyad(['ingest', jsonl, dated, '--db', t.url]);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /news\.jsonl:4: line 4 is not JSON/);
      assert.match(run.stderr, /5 inputs: 4 added/);
      assert.equal((await t.store.counts()).documents, 4);
    });

    test('ingesting again adds nothing', { skip: backend.name !== 'sqlite' && 'run on SQLite only, to keep the suite fast' }, async () => {
      const before = await t.store.counts();
      const run = await dyad(['ingest', jsonl, dated, '--db', t.url]);
      assert.match(run.stderr, /0 added .* 4 already stored/);
      const afterCounts = await t.store.counts();
      assert.deepEqual({ ...afterCounts, document_sources: 0 }, { ...before, document_sources: 0 });
      assert.deepEqual(await t.store.check(), []);
    });

    test('events writes csv with a header, and 61-column gdelt', async () => {
      const events = await t.store.countEvents();
      const csv = await dyad(['events', '--db', t.url, '--format', 'csv']);
      assert.equal(csv.code, 0, csv.stderr);
      const lines = csv.stdout.split('\r\n').filter(Boolean);
      assert.match(lines[0], /^id,document,sentence,date,source,/);
      assert.equal(lines.length, events + 1);
      const gdelt = await dyad(['events', '--db', t.url, '--format', 'gdelt']);
      assert.equal(gdelt.code, 0, gdelt.stderr);
      for (const line of gdelt.stdout.trimEnd().split('\n')) assert.equal(line.split('\t').length, 61);
    });

    test('stats answers per period', { skip: backend.name !== 'sqlite' && 'run on SQLite only, to keep the suite fast' }, async () => {
      const run = await dyad(['stats', '--db', t.url, '--by', 'month', '--format', 'jsonl']);
      assert.equal(run.code, 0, run.stderr);
      const rows = run.stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { key: string; count: number });
      assert.equal(rows.reduce((sum, r) => sum + r.count, 0), await t.store.countEvents());
      for (const row of rows) assert.equal(row.key, '2024-02');
    });

    test('quotes --db lists stored quotations', { skip: backend.name !== 'sqlite' && 'run on SQLite only, to keep the suite fast' }, async () => {
      const stored = await t.store.quotes();
      const run = await dyad(['quotes', '--db', t.url, '--format', 'jsonl']);
      assert.equal(run.code, 0, run.stderr);
      const rows = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { text: string });
      assert.deepEqual(rows.map((r) => r.text), stored.map((q) => q.text));
      const bad = await dyad(['quotes', '--db', t.url, '--limit', 'ten']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--limit must be a whole number, not "ten"/);
    });

    test('recode records the version, skips current documents, and names missing ones', { skip: backend.name !== 'sqlite' && 'run on SQLite only, to keep the suite fast' }, async () => {
      // Dictionaries may change under a running test in a shared checkout, so the first pass forces.
      const forced = await dyad(['recode', '--db', t.url, '--force']);
      assert.equal(forced.code, 0, forced.stderr);
      assert.match(forced.stderr, /4 documents recoded with dict-[0-9a-f]{12}/);
      const again = await dyad(['recode', '--db', t.url, '--document', 'c2', '--document', 'nope']);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /document nope: not in the store/);
      assert.match(again.stderr, /0 documents recoded .* 1 already current/);
      assert.deepEqual(await t.store.check(), []);
    });
  });
}

test('usage errors exit 2 and name the problem', async () => {
  const noPath = await dyad(['ingest', '--db', join(dir, 'x.db')]);
  assert.equal(noPath.code, 2);
  assert.match(noPath.stderr, /ingest needs at least one PATH/);
  const badBy = await dyad(['stats', '--by', 'year', '--db', join(dir, 'x.db')]);
  assert.equal(badBy.code, 2);
  assert.match(badBy.stderr, /--by must be one of day, week, month, dyad, quad, root, not "year"/);
});

test('a store that cannot be opened exits 1', async () => {
  const run = await dyad(['events', '--db', join(dir, 'missing-dir', 'x.db')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /cannot open SQLite store/);
  // Nothing was created on the way.
  await assert.rejects(openStore(join(dir, 'missing-dir', 'x.db')));
});
