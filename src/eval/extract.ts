// `npm run eval -- extract DIR [--clean] [--fold K/N] [--worst N]`: article body extraction against a gold set laid out as
// the Scrapinghub article-extraction-benchmark (DIR/ground-truth.json {id: {articleBody, url}}, DIR/html/ID.html.gz).
// The score is the benchmark's own: 4-word shingles of \w+ tokens counted as a multiset per page; each page's
// tp/fp/fn normalised to sum 1; precision averaged over pages with a prediction, recall over pages with a gold
// body, F1 the harmonic mean of those two averages. --fold K/N scores only pages whose id falls in fold K of N,
// to check that a change helps on pages it was not tuned on. --clean scores what `dyad code` keeps: the extracted
// body after the cruft rules of dictionaries/cleaning.yaml.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../clean/html.ts';
import { clean } from '../clean/index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { decodeHtml } from '../read/charset.ts';

type Gold = Record<string, { articleBody?: string; url?: string }>;
type Counts = { tp: number; fp: number; fn: number };
type PageScore = Counts & { id: string; precision: number | null; recall: number | null; ms: number };

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  // Like the benchmark, a text shorter than n tokens is one short shingle; an empty text has none.
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export function matchShingles(gold: string, predicted: string): Counts {
  const truth = shingles(gold);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...guess.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = guess.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { fold: { type: 'string' }, worst: { type: 'string' }, clean: { type: 'boolean' } } });
  } catch (error) {
    process.stderr.write(`eval extract: ${(error as Error).message}\n`);
    return 2;
  }
  const [dir] = parsed.positionals;
  const fold = parsed.values.fold ? /^(\d+)\/(\d+)$/.exec(parsed.values.fold) : null;
  if (!dir || (parsed.values.fold && (!fold || +fold[1] < 1 || +fold[1] > +fold[2]))) {
    process.stderr.write('usage: npm run eval -- extract DIR [--clean] [--fold K/N] [--worst N]\n');
    return 2;
  }
  let gold: Gold;
  try {
    gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Gold;
  } catch (error) {
    process.stderr.write(`eval extract: cannot read ${join(dir, 'ground-truth.json')}: ${(error as Error).message}\n`);
    return 1;
  }
  const cruft = parsed.values.clean ? loadLexicon().cruft : null;
  const inFold = (id: string): boolean =>
    !fold || createHash('sha1').update(id).digest().readUInt32BE(0) % +fold[2] === +fold[1] - 1;
  const scores: PageScore[] = [];
  let failed = 0;
  for (const [id, entry] of Object.entries(gold)) {
    if (!inFold(id)) continue;
    let html: string;
    try {
      html = decodeHtml(id, gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))).text;
    } catch (error) {
      failed++;
      process.stderr.write(`eval extract: ${id}: ${(error as Error).message}\n`);
      continue;
    }
    const started = performance.now();
    const uri = entry.url ?? id;
    const { text } = cruft ? clean({ uri, mediaType: 'text/html', raw: html, hints: {}, warnings: [] }, cruft) : extractHtml(html, uri);
    const ms = performance.now() - started;
    const counts = matchShingles(entry.articleBody ?? '', text);
    scores.push({
      id,
      ...counts,
      precision: counts.tp + counts.fp > 0 ? counts.tp / (counts.tp + counts.fp) : null,
      recall: counts.tp + counts.fn > 0 ? counts.tp / (counts.tp + counts.fn) : null,
      ms,
    });
  }
  const precision = mean(scores.flatMap((score) => (score.precision === null ? [] : [score.precision])));
  const recall = mean(scores.flatMap((score) => (score.recall === null ? [] : [score.recall])));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const times = scores.map((score) => score.ms).sort((a, b) => a - b);
  const worst = Number(parsed.values.worst ?? 0);
  for (const score of [...scores].sort((a, b) => pageF1(a) - pageF1(b)).slice(0, worst)) {
    process.stdout.write(`  ${score.id.slice(0, 12)}  P ${fmt(score.precision)}  R ${fmt(score.recall)}  ${gold[score.id].url ?? ''}\n`);
  }
  process.stdout.write(
    `extract${cruft ? ' + cleaning rules' : ''}: ${scores.length} pages${fold ? ` (fold ${fold[1]}/${fold[2]})` : ''}  ` +
      `F1 ${f1.toFixed(3)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  ` +
      `time/page mean ${mean(times).toFixed(1)} ms, median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(1)} ms, ` +
      `max ${(times.at(-1) ?? 0).toFixed(1)} ms\n`,
  );
  return failed > 0 ? 1 : 0;
}

const pageF1 = (score: PageScore): number => {
  const p = score.precision ?? 0;
  const r = score.recall ?? 1;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};

const fmt = (value: number | null): string => (value === null ? '  -  ' : value.toFixed(3));
