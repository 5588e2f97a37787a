// `npm run eval -- plover FILE [--misses N]`: scores actors against the PLOVER gold-standard records
// (PLOVER_GSR_CAMEO.txt, a JSON list of one-sentence records with coded sources and targets). For each record, is
// each gold source and target (the first three letters of its code: a country, IGO or NGO) among the actors dyad
// finds in that sentence? Recall is the share of gold actors found; precision the share of dyad's actors that are
// gold actors of the record. The gold file is read from the path given; nothing of it is kept.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../lexicon/index.ts';
import { codeDoc } from '../pipeline.ts';

type GoldActor = { actorText?: string; code?: string };
type GoldRecord = { id: string; date?: string; text?: string; source?: GoldActor[] | string; target?: GoldActor[] | string };

export type ActorScore = {
  records: number;
  gold: number;
  found: number;
  dyad: number;
  inGold: number;
  misses: Array<{ id: string; code: string; actorText: string; text: string; dyad: string[] }>;
};

const head = (code: string): string => code.slice(0, 3).toUpperCase();

function goldActors(record: GoldRecord): Map<string, string> {
  const actors = new Map<string, string>();
  for (const side of [record.source, record.target]) {
    if (!Array.isArray(side)) continue;
    for (const actor of side) if (actor.code && actor.code.length >= 3) actors.set(head(actor.code), actor.actorText ?? '');
  }
  return actors;
}

export function scoreActors(records: GoldRecord[]): ActorScore {
  const lexicon = loadLexicon();
  const score: ActorScore = { records: 0, gold: 0, found: 0, dyad: 0, inGold: 0, misses: [] };
  for (const record of records) {
    if (!record.text) continue;
    const gold = goldActors(record);
    if (gold.size === 0) continue;
    score.records++;
    const doc = codeDoc(record.text, { lexicon, date: record.date });
    const found = new Set(doc.mentions.filter((m) => m.code).map((m) => head(m.code as string)));
    score.dyad += found.size;
    for (const code of found) if (gold.has(code)) score.inGold++;
    for (const [code, actorText] of gold) {
      score.gold++;
      if (found.has(code)) score.found++;
      else score.misses.push({ id: record.id, code, actorText, text: record.text, dyad: [...found] });
    }
  }
  return score;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { misses: { type: 'string', default: '0' } } });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: npm run eval -- plover PLOVER_GSR_CAMEO.txt [--misses N]\n');
    return 2;
  }
  let records: GoldRecord[];
  try {
    records = JSON.parse(readFileSync(file, 'utf8')) as GoldRecord[];
  } catch (error) {
    process.stderr.write(`plover: ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  if (!Array.isArray(records)) {
    process.stderr.write(`plover: ${file}: expected a JSON list of records\n`);
    return 2;
  }
  const score = scoreActors(records);
  const percent = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  console.log(`records with gold actors: ${score.records}`);
  console.log(`actor recall:    ${score.found}/${score.gold} gold source/target actors found (${percent(score.found, score.gold)})`);
  console.log(`actor precision: ${score.inGold}/${score.dyad} of dyad's actors are gold actors (${percent(score.inGold, score.dyad)})`);
  const byCode = new Map<string, number>();
  for (const miss of score.misses) byCode.set(miss.code, (byCode.get(miss.code) ?? 0) + 1);
  console.log(`missed by code: ${[...byCode].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  for (const miss of score.misses.slice(0, Number(values.misses))) {
    console.log(`- ${miss.id} ${miss.code} "${miss.actorText}" → dyad [${miss.dyad.join(' ')}]: ${miss.text}`);
  }
  return 0;
}
