// `node --import tsx bench/store-kill.ts [--docs 10000] [--pg URL] [--no-pg]`: kill -9 in the middle of a
// `dyad ingest`, then run it again, and show that the store is sound and holds what a clean run holds.
// For each backend: an ingest killed with SIGKILL once a share of the documents is stored; the integrity check
// and counts right after the kill; the same ingest run again to the end; its integrity check; then a clean
// ingest of the corpus, and every table's row count against it. Prints what it finds.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../src/store/index.ts';
import { TABLES, type TableName } from '../src/store/types.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    'kill-at': { type: 'string', default: '0.4' },
    pg: { type: 'string', default: process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'no-pg': { type: 'boolean', default: false },
  },
});
const total = Number(values.docs);
const killAt = Number(values['kill-at']);
const DYAD = resolve(import.meta.dirname, '../bin/dyad.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-kill-'));

// One seed per article keeps every article distinct; the generator's first line is the date.
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(
  corpus,
  Array.from({ length: total }, (_, i) => {
    const [first, ...rest] = generateCorpus(20, i + 1)[0].split('\n');
    return JSON.stringify({ id: `doc-${i}`, url: `https://outlet${i % 40}.example/${i}`, date: first.replace('date ', ''), text: rest.join('\n') });
  }).join('\n') + '\n',
);
console.log(`corpus: ${total} documents in ${corpus}`);

function ingest(url: string): { done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>; kill(): void } {
  // With a heap limit given, bin/dyad.js runs the ingest in this very process instead of rerunning node with one:
  // the kill must reach the process that writes, not a parent left waiting for it.
  const child = spawn(process.execPath, ['--max-old-space-size=384', DYAD, 'ingest', corpus, '--db', url], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    done: new Promise((done) => child.on('close', (code, signal) => done({ code, signal, stderr: stderr.trim() }))),
    kill: () => child.kill('SIGKILL'),
  };
}

async function inspect(url: string): Promise<{ counts: Record<TableName, number>; problems: string[]; versions: Set<string | null> }> {
  const store = await openStore(url);
  try {
    const versions = new Set<string | null>();
    for await (const doc of store.documents()) versions.add(doc.dictVersion);
    return { counts: await store.counts(), problems: await store.check(), versions };
  } finally {
    await store.close();
  }
}

const backends: Array<{ name: string; clean: string; killed: string; schemas: string[] }> = [
  { name: 'sqlite', clean: join(dir, 'clean.db'), killed: join(dir, 'killed.db'), schemas: [] },
];
if (!values['no-pg']) {
  const schema = (what: string): string => `dyad_kill_${what}_${process.pid}`;
  const url = (what: string): string => `${values.pg}${values.pg.includes('?') ? '&' : '?'}schema=${schema(what)}`;
  backends.push({ name: 'postgres', clean: url('clean'), killed: url('killed'), schemas: [schema('clean'), schema('killed')] });
}

// The coder changes as others commit; the commit each run saw is printed so that a difference can be told apart.
const head = (): string => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: resolve(import.meta.dirname, '..') }).toString().trim();
  } catch {
    return 'unknown';
  }
};

for (const backend of backends) {
  console.log(`\n== ${backend.name}`);
  // Kill once the stored share passes kill-at, polling the store from outside.
  let started = performance.now();
  console.log(`killed ingest starts at commit ${head()}`);
  const run = ingest(backend.killed);
  const watcher = await openStore(backend.killed);
  let seen = 0;
  for (;;) {
    await sleep(100);
    seen = (await watcher.counts()).documents;
    if (seen >= total * killAt) break;
  }
  await watcher.close();
  run.kill();
  const killed = await run.done;
  console.log(`killed ingest: ${killed.signal ?? `exit ${killed.code}`} after ${((performance.now() - started) / 1000).toFixed(1)} s, when ${seen} documents were seen stored`);
  const afterKill = await inspect(backend.killed);
  console.log(`after the kill: ${afterKill.counts.documents} documents, ${afterKill.counts.events} events; integrity check: ${afterKill.problems.length ? afterKill.problems.join('; ') : 'ok'}`);

  started = performance.now();
  const rerun = await ingest(backend.killed).done;
  console.log(`ingest again: exit ${rerun.code} in ${((performance.now() - started) / 1000).toFixed(1)} s — ${rerun.stderr.split('\n').at(-1)}`);
  const final = await inspect(backend.killed);
  console.log(`after the rerun: integrity check: ${final.problems.length ? final.problems.join('; ') : 'ok'}`);

  // The clean run comes right after, so that it codes with the same coder as the rerun.
  started = performance.now();
  console.log(`clean ingest starts at commit ${head()}`);
  const clean = await ingest(backend.clean).done;
  console.log(`clean ingest: exit ${clean.code} in ${((performance.now() - started) / 1000).toFixed(1)} s — ${clean.stderr.split('\n').at(-1)}`);
  const reference = await inspect(backend.clean);
  const differences = TABLES.filter((table) => final.counts[table] !== reference.counts[table]);
  console.log(`rows per table, clean run vs killed-and-rerun:`);
  for (const table of TABLES) console.log(`  ${table.padEnd(17)} ${String(reference.counts[table]).padStart(8)} ${String(final.counts[table]).padStart(8)}${final.counts[table] === reference.counts[table] ? '' : '  DIFFERENT'}`);
  const versions = new Set([...reference.versions, ...final.versions]);
  console.log(
    differences.length === 0 && final.counts.documents === total
      ? `result: every document once (${total}), counts equal to the clean run's`
      : `result: DIFFERENT in ${differences.join(', ') || 'document total'}${versions.size > 1 ? ` (the dictionaries changed between runs: ${[...versions].join(', ')})` : ''}`,
  );
}

rmSync(dir, { recursive: true, force: true });
const schemas = backends.flatMap((b) => b.schemas);
if (schemas.length) {
  const client = new pg.Client(values.pg);
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}
