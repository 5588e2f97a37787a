// `node --import tsx bench/store.ts [--sentences N] [--events N] [--rounds N] [--pg URL] [--no-pg]`: what storing costs.
// 1. Ingest throughput (documents/s, sentences/s) into SQLite and PostgreSQL against code() alone, on the
//    bench corpus; the storage share is (ingest time − coding time) / coding time. Each measurement is taken
//    --rounds times (default 3, each into a new store) and keeps its best wall and best CPU time, so that other
//    work on the machine moves the figures less.
// 2. Query latency for an actor + date-range filter over N generated events (default 1,000,000), both backends.
// Prints figures; asserts nothing. PostgreSQL work happens in a schema of its own, dropped at the end.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { GROUP_SIZE, ingest } from '../src/cli/ingest.ts';
import { loadLexicon } from '../src/lexicon/index.ts';
import { code } from '../src/pipeline.ts';
import { textSource } from '../src/read/text.ts';
import { RECORD_VERSION, type DocRecord, type Event } from '../src/record.ts';
import { openStore } from '../src/store/index.ts';
import type { EventFilter, Store } from '../src/store/types.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    sentences: { type: 'string', default: '20000' },
    events: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '3' },
    pg: { type: 'string', default: process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'no-pg': { type: 'boolean', default: false },
  },
});

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-store-'));
const schemas: string[] = [];
const application = `dyad-bench-${process.pid}`;
const rate = (n: number, seconds: number): string => Math.round(n / seconds).toLocaleString('en');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const seconds = (start: number): number => (performance.now() - start) / 1000;

/** A new store; `writes`: opened to write, as `dyad ingest` opens it (its writer thread starts at once). */
async function open(backend: 'sqlite' | 'postgres', name: string, writes = false): Promise<Store> {
  if (backend === 'sqlite') return openStore(join(dir, `${name}.db`), { writes });
  const schema = `dyad_bench_${name}_${process.pid}`;
  schemas.push(schema);
  const url = new URL(values.pg);
  url.searchParams.set('application_name', application);
  return openStore(url.toString(), { schema, writes });
}

// CPU seconds rather than wall time: the machine is shared, and CPU time is what storing costs. For
// PostgreSQL the server processes serving this bench are counted too (read from /proc; same machine).
const ownCpu = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
const admin = values['no-pg'] ? null : new pg.Client(values.pg);
await admin?.connect();
async function serverCpu(): Promise<number> {
  if (!admin) return 0;
  const { rows } = await admin.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [application]);
  let total = 0;
  for (const { pid } of rows as Array<{ pid: number }>) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
    }
  }
  return total;
}
const rounds = Math.max(1, Number(values.rounds));
// CPU seconds of this process's main thread (the one that codes), read from /proc (0 where there is none).
const mainCpu = (): number => {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};
/** `main`: the coding thread's share of `cpu`; the rest is the writer thread, the collector's threads and the server. */
type Cost = { wall: number; cpu: number; main: number };
const best = (a: Cost, b: Cost): Cost => ({ wall: Math.min(a.wall, b.wall), cpu: Math.min(a.cpu, b.cpu), main: Math.min(a.main, b.main) });
const NONE: Cost = { wall: Infinity, cpu: Infinity, main: Infinity };

/** Runs `work` and returns its wall and CPU seconds (this process plus this bench's server processes). */
async function measure(work: () => Promise<void>): Promise<Cost> {
  const cpu0 = ownCpu() + (await serverCpu());
  const main0 = mainCpu();
  const t0 = performance.now();
  await work();
  const wall = seconds(t0);
  // Server backends outlive the work only while the store is open, so the store is closed by the caller after.
  return { wall, cpu: ownCpu() + (await serverCpu()) - cpu0, main: mainCpu() - main0 };
}

const backends: Array<'sqlite' | 'postgres'> = values['no-pg'] ? ['sqlite'] : ['sqlite', 'postgres'];

// ---- 1. Ingest throughput against code() alone --------------------------------------------------------------
// One seed per article keeps every article distinct.
const articles = Array.from({ length: Math.ceil(Number(values.sentences) / 20) }, (_, i) => generateCorpus(20, i + 1)[0]);
const lexicon = loadLexicon();
for (const article of articles.slice(0, 50)) code(textSource('warm', article), { lexicon });

let sentences = 0;
let events = 0;
// Coding alone, keeping the fastest pass, so that a warmer JIT later does not flatter the store. Records are
// dropped as they come, as in an ingest, so that neither side pays for a heap full of them.
let coding = NONE;
for (let pass = 0; pass < rounds; pass++) {
  const run = await measure(async () => {
    sentences = 0;
    events = 0;
    articles.forEach((article, i) => {
      const record = code(textSource(`bench/${i}`, article), { lexicon });
      sentences += record.sentences.length;
      events += record.events.length;
    });
  });
  coding = best(coding, run);
}
// For storing alone the coded records are kept (their heap makes garbage collection dearer: an upper bound).
const records: DocRecord[] = articles.map((article, i) => code(textSource(`bench/${i}`, article), { lexicon }));
console.log(`corpus: ${articles.length} articles, ${sentences.toLocaleString('en')} sentences, ${events.toLocaleString('en')} events`);
console.log(
  `code() alone:       ${rate(articles.length, coding.wall)} documents/s, ${rate(sentences, coding.wall)} sentences/s ` +
    `(${coding.wall.toFixed(2)} s wall, ${coding.cpu.toFixed(2)} s CPU)`,
);

for (const backend of backends) {
  // Exactly as `dyad ingest` does it (grouped commits, the next group coded while one is written).
  const inputs = articles.map((article, i) => ({ ok: true as const, source: textSource(`bench/${i}`, article) }));
  let added = 0;
  let stored = 0;
  let run = NONE;
  for (let round = 0; round < rounds; round++) {
    const store = await open(backend, `ingest${round}`, true);
    const cost = await measure(async () => {
      const tally = await ingest(inputs, { store, lexicon, dictVersion: 'bench', report: (uri, message) => console.error(`${uri}: ${message}`) });
      added = tally.added;
      stored = tally.sentences;
    });
    await store.close();
    run = best(run, cost);
  }
  console.log(
    `code() + ${backend.padEnd(8)}: ${rate(added, run.wall)} documents/s, ${rate(stored, run.wall)} sentences/s ` +
      `(${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU); storing costs ${pct((run.cpu - coding.cpu) / coding.cpu)} of coding CPU, ` +
      `${pct((run.wall - coding.wall) / coding.wall)} of coding wall time; the coding thread spent ${pct((run.main - coding.main) / coding.main)} more CPU than coding alone`,
  );

  // Storing alone, the records already coded: one document per commit, then in groups as ingest makes them.
  // CPU here includes the server processes and every thread of this one (collector threads included). The first
  // write of a store is measured apart: it starts SQLite's writer thread (or PostgreSQL's connections), a cost
  // paid once per process whatever the number of documents.
  for (const size of [1, GROUP_SIZE]) {
    let first = NONE;
    let alone = NONE;
    for (let round = 0; round < rounds; round++) {
      const target = await open(backend, `put${size}_${round}`);
      first = best(
        first,
        await measure(async () => {
          await target.put({ ...records[0], id: 'bench/first', text: 'The first write of the bench.' }, { trusted: true });
        }),
      );
      alone = best(
        alone,
        await measure(async () => {
          if (size === 1) for (const record of records) await target.put(record, { trusted: true });
          else for (let i = 0; i < records.length; i += size) await target.putMany(records.slice(i, i + size), { trusted: true });
        }),
      );
      await target.close();
    }
    console.log(
      `  storing alone, ${size === 1 ? 'put() one per commit  ' : `putMany() ${size} a commit`}: ${rate(records.length, alone.wall)} documents/s; ` +
        `${((alone.cpu / records.length) * 1e6).toFixed(0)} µs CPU a document = ${pct(alone.cpu / coding.cpu)} of coding CPU ` +
        `(after a first write of ${(first.cpu * 1000).toFixed(0)} ms CPU)`,
    );
  }
}

// ---- 2. Actor + date-range queries over generated events ---------------------------------------------------
const COUNTRIES = ['USA', 'RUS', 'CHN', 'IND', 'FRA', 'DEU', 'GBR', 'JPN', 'BRA', 'KEN', 'EGY', 'TUR', 'IRN', 'ISR', 'UKR', 'PAK', 'NGA', 'ZAF', 'MEX', 'IDN', 'KOR', 'PRK', 'SAU', 'SYR', 'IRQ', 'AFG', 'ETH', 'SDN', 'COL', 'VEN', 'POL', 'ITA', 'ESP', 'CAN', 'AUS', 'PHL', 'VNM', 'THA', 'MMR', 'BGD'];
const ROLES = ['', '', 'GOV', 'MIL', 'COP', 'OPP', 'REB', 'BUS'];
const CODES: Array<[string, number, number]> = [
  ['010', 1, 0], ['020', 1, 3], ['036', 1, 4], ['042', 1, 1.9], ['043', 1, 2.8], ['051', 1, 3.4], ['057', 1, 8],
  ['061', 2, 6.4], ['071', 2, 7.4], ['081', 2, 5], ['090', 3, -2], ['111', 3, -2], ['112', 3, -2], ['120', 3, -4],
  ['130', 3, -4.4], ['138', 3, -7], ['141', 3, -6.5], ['163', 4, -8], ['173', 4, -5], ['180', 4, -9], ['190', 4, -10],
  ['193', 4, -10], ['195', 4, -10], ['0233', 1, 3.4],
];
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAYS = 730;

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

const EVENTS_PER_DOC = 10;
function syntheticRecord(n: number, random: () => number): DocRecord {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const published = new Date(FIRST_DAY + Math.floor(random() * DAYS) * DAY).toISOString().slice(0, 10);
  const parts: string[] = [];
  const sentences: DocRecord['sentences'] = [];
  const eventList: Event[] = [];
  let offset = 0;
  for (let s = 0; s < EVENTS_PER_DOC; s++) {
    const source = pick(COUNTRIES) + pick(ROLES);
    const target = pick(COUNTRIES) + pick(ROLES);
    const [cameo, quad, goldstein] = pick(CODES);
    const sentence = `${source} acted on ${target} under code ${cameo} in report ${n}.`;
    sentences.push({ start: offset, end: offset + sentence.length });
    eventList.push({
      sentence: s,
      source,
      target,
      cameo,
      root: cameo.slice(0, 2),
      quad,
      goldstein,
      plover: { event: null, mode: null },
      negated: false,
      mode: null,
      date: published,
      place: null,
      evidence: { start: offset, end: offset + sentence.length },
      rule: 'bench:synthetic',
      verb: { start: offset + source.length + 1, end: offset + source.length + 6, text: 'acted' },
      sourceMention: { start: offset, end: offset + source.length, text: source },
      targetMention: null,
    });
    parts.push(sentence);
    offset += sentence.length + 1;
  }
  return {
    dyad: RECORD_VERSION,
    id: `synthetic-${n}`,
    source: `bench/synthetic/${n}`,
    url: `https://outlet${n % 50}.example/${n}`,
    title: null,
    published,
    text: parts.join(' '),
    removed: [],
    sentences,
    actors: [],
    people: [],
    events: eventList,
    quotes: [],
    places: [],
    times: [],
    relations: [],
    warnings: [],
  };
}

const totalEvents = Number(values.events);
const docs = Math.ceil(totalEvents / EVENTS_PER_DOC);
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

for (const backend of backends) {
  const store = await open(backend, 'million');
  const random = generator(7);
  const start = performance.now();
  // PostgreSQL takes several writers at once; SQLite has one writer.
  const lanes = backend === 'postgres' ? 4 : 1;
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < docs) {
        const group: DocRecord[] = [];
        while (group.length < 200 && next < docs) group.push(syntheticRecord(next++, random));
        await store.putMany(group, { trusted: true });
      }
    }),
  );
  await store.optimize();
  const loadSeconds = seconds(start);
  const stored = await store.countEvents();
  const size = backend === 'sqlite' ? `, ${(statSync(join(dir, 'million.db')).size / 1e6).toFixed(0)} MB file` : '';
  console.log(`${backend}: loaded ${stored.toLocaleString('en')} events in ${docs.toLocaleString('en')} documents in ${loadSeconds.toFixed(1)} s (${rate(stored, loadSeconds)} events/s${size})`);

  const queryRandom = generator(11);
  const filters: EventFilter[] = Array.from({ length: 30 }, () => {
    const from = FIRST_DAY + Math.floor(queryRandom() * (DAYS - 31)) * DAY;
    const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
    return { actor: COUNTRIES[Math.floor(queryRandom() * COUNTRIES.length)], from: day(from), to: day(from + 30 * DAY) };
  });
  await store.events({ ...filters[0], limit: 100 });
  const page: number[] = [];
  const counted: number[] = [];
  const stories: number[] = [];
  let matched = 0;
  for (const filter of filters) {
    let t = performance.now();
    await store.events({ ...filter, sort: 'date', limit: 100 });
    page.push(performance.now() - t);
    t = performance.now();
    matched += await store.countEvents(filter);
    counted.push(performance.now() - t);
    t = performance.now();
    await store.stats('day', filter);
    stories.push(performance.now() - t);
  }
  for (const list of [page, counted, stories]) list.sort((a, b) => a - b);
  const show = (list: number[]): string => `median ${quantile(list, 0.5).toFixed(1)} ms, p95 ${quantile(list, 0.95).toFixed(1)} ms`;
  console.log(`${backend}: actor (either side) + 31-day range, ${filters.length} queries, ${Math.round(matched / filters.length).toLocaleString('en')} matching events on average`);
  console.log(`  first page of 100 by date: ${show(page)}`);
  console.log(`  count:                     ${show(counted)}`);
  console.log(`  counts by day:             ${show(stories)}`);
  await store.close();
}

rmSync(dir, { recursive: true, force: true });
for (const schema of schemas) await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
await admin?.end();
