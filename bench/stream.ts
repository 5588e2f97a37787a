// Memory of reading and coding a large JSON Lines stream. It writes its input (1 GB by default) to the temp dir;
// the generated file is never part of the project.
//   node --import tsx bench/stream.ts generate [MB] [--gz]   writes $TMPDIR/dyad-stream-MB.jsonl(.gz)
//   node --import tsx bench/stream.ts read FILE               reads every document; peak RSS
//   node --import tsx bench/stream.ts code FILE [SECONDS]     codes documents for SECONDS (default all); peak RSS
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { generateCorpus } from './corpus.ts';
import { loadLexicon } from '../src/lexicon/index.ts';
import { code } from '../src/pipeline.ts';
import { readInputs } from '../src/read/index.ts';

const [mode, arg, flag] = process.argv.slice(2);
const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

if (mode === 'generate') {
  const mb = Number(arg ?? 1000);
  const gz = flag === '--gz';
  const path = join(tmpdir(), `dyad-stream-${mb}.jsonl${gz ? '.gz' : ''}`);
  const pool = generateCorpus(40_000, 7);
  const file = createWriteStream(path);
  const out = gz ? createGzip({ level: 1 }) : file;
  if (gz) out.pipe(file);
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const line = `${JSON.stringify({ id: `doc-${i}`, url: `https://news.example.org/${i}`, title: `Story ${i}`, date: '2024-03-05', text: pool[i % pool.length] })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(file, 'close');
  console.log(`wrote ${path}: ${(bytes / 1e6).toFixed(0)} MB of JSON Lines, ${((await stat(path)).size / 1e6).toFixed(0)} MB on disk`);
} else if (mode === 'read' || mode === 'code') {
  const seconds = Number(flag ?? Infinity);
  const lexicon = mode === 'code' ? loadLexicon() : null;
  const started = performance.now();
  let documents = 0;
  let failed = 0;
  let sentences = 0;
  let samples = '';
  for await (const result of readInputs([arg])) {
    if (!result.ok) {
      failed++;
      continue;
    }
    documents++;
    if (lexicon) sentences += code(result.source, { lexicon }).sentences.length;
    if (documents % (lexicon ? 20_000 : 50_000) === 0) samples += ` ${documents}:${Math.round(process.memoryUsage().rss / 1e6)}MB`;
    if ((performance.now() - started) / 1000 > seconds) break;
  }
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `${mode}: ${documents} documents (${failed} failed)${lexicon ? `, ${sentences} sentences` : ''} in ${elapsed.toFixed(1)} s ` +
      `(${Math.round(documents / elapsed)} docs/s, ${((process.cpuUsage().user + process.cpuUsage().system) / 1000 / documents).toFixed(2)} CPU ms/doc); peak RSS ${peakMb()} MB; RSS along the way:${samples || ' -'}`,
  );
} else {
  console.error('usage: bench/stream.ts generate [MB] [--gz] | read FILE | code FILE [SECONDS]');
  process.exitCode = 2;
}
