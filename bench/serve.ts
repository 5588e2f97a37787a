// Load on `dyad serve`: the server runs as one process, autocannon as another, both on 127.0.0.1 only, each run
// bounded in time. Reports requests/s, p99 latency, errors and the server's RSS sampled every second.
//
//   node --import tsx bench/serve.ts [--duration 60] [--connections 10] [--articles 300] [--server-heap MB]
//
// --server-heap caps the server's V8 old space (node --max-old-space-size), to tell a leak (RSS climbs to the
// cap and the server dies) from the garbage collector's lazy sawtooth (RSS levels off under the cap).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    articles: { type: 'string', default: '300' },
    'server-heap': { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const articles = Number(values.articles);
const heap = values['server-heap'] === undefined ? null : Number(values['server-heap']);
if (![duration, connections, articles, heap ?? 1].every((n) => Number.isInteger(n) && n > 0)) {
  process.stderr.write('bench/serve: --duration, --connections, --articles and --server-heap must be positive whole numbers\n');
  process.exit(2);
}

const DYAD = fileURLToPath(new URL('../bin/dyad.js', import.meta.url));
const AUTOCANNON = join(createRequire(import.meta.url).resolve('autocannon/package.json'), '..', 'autocannon.js');
const TOKEN = 'bench-token';

type Cannon = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
};

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function startServer(db: string): Promise<{ child: ChildProcess; base: string }> {
  const flags = heap === null ? [] : [`--max-old-space-size=${heap}`];
  const child = spawn(process.execPath, [...flags, DYAD, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--token', TOKEN], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  return { child, base };
}

async function cannon(name: string, url: string, pid: number, extra: string[]): Promise<void> {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssMb(pid)), 1000);
  const before = rssMb(pid);
  const result = await new Promise<Cannon>((resolve, reject) => {
    const child = spawn(process.execPath, [AUTOCANNON, '--json', '-c', String(connections), '-d', String(duration), ...extra, url], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Cannon) : reject(new Error(`autocannon exited ${code}`))));
  });
  clearInterval(timer);
  const step = Math.max(1, Math.round(duration / 12));
  const quarter = samples.slice(0, Math.max(1, Math.floor(samples.length / 4)));
  const last = samples.slice(-Math.max(1, Math.floor(samples.length / 4)));
  const mean = (list: number[]): number => list.reduce((a, b) => a + b, 0) / list.length;
  process.stdout.write(
    `${name}\n` +
      `  ${result.requests.average.toFixed(0)} requests/s (${result.requests.total} in ${duration} s, ${connections} connections)\n` +
      `  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms\n` +
      `  errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}\n` +
      `  server RSS: ${before.toFixed(0)} MB before; first quarter mean ${mean(quarter).toFixed(0)} MB, last quarter mean ${mean(last).toFixed(0)} MB, peak ${Math.max(...samples).toFixed(0)} MB\n` +
      `  RSS every ${step} s: ${samples.filter((_, i) => i % step === step - 1).map((mb) => mb.toFixed(0)).join(' ')} MB\n`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-serve-'));
const { child, base } = await startServer(join(dir, 'bench.db'));
try {
  const corpus = generateCorpus(articles * 20);
  const started = performance.now();
  for (let i = 0; i < corpus.length; i += 100) {
    const response = await fetch(`${base}/v1/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ documents: corpus.slice(i, i + 100).map((text, j) => ({ id: `bench-${i + j}`, text, date: `2024-0${1 + ((i + j) % 9)}-1${(i + j) % 10}` })) }),
    });
    if (!response.ok) throw new Error(`ingest failed: ${response.status} ${await response.text()}`);
  }
  const stats = (await (await fetch(`${base}/v1/stats`)).json()) as { events: number; tables: Record<string, number> };
  process.stdout.write(`server: node ${heap === null ? 'with default heap limits' : `--max-old-space-size=${heap}`}\n`);
  process.stdout.write(`store: ${stats.tables.documents} documents, ${stats.tables.sentences} sentences, ${stats.events} events (ingested through POST /v1/documents in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);

  let article = '';
  for (const text of corpus) {
    if (article.length >= 3000) break;
    article += `${text}\n\n`;
  }
  article = article.slice(0, article.lastIndexOf('.', 3000) + 1);
  const body = join(dir, 'article.json');
  writeFileSync(body, JSON.stringify({ text: article, date: '2024-05-01' }));
  process.stdout.write(`article for POST /v1/code: ${Buffer.byteLength(article)} bytes\n\n`);

  const pid = child.pid as number;
  await cannon('POST /v1/code (3 KB article)', `${base}/v1/code`, pid, ['-m', 'POST', '-H', 'content-type=application/json', '-i', body]);
  await cannon('GET /v1/events?limit=100', `${base}/v1/events?limit=100`, pid, []);
  await cannon('GET /v1/events?quad=4&sort=-date&limit=50', `${base}/v1/events?quad=4&sort=-date&limit=50`, pid, []);
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
