// `npm run eval -- relations FILE [--verbose] [--dict FILE]...`: precision and recall of the relations dyad reads from text,
// against a gold file of passages (test/relations/gold.yaml is ours). Each passage is coded through the
// pipeline; only relations from the text count. ally_of matches in either order.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadLexicon } from '../lexicon/index.ts';
import { codeDoc } from '../pipeline.ts';
import type { Relation } from '../record.ts';
import { SYMMETRIC, type Predicate } from '../relations/vocabulary.ts';
import { readGold as readPassages } from './gold.ts';

const GoldPassage = z.object({
  id: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string().min(1),
  relations: z.array(z.string().regex(/^[A-Z0-9]{3,} [a-z_]+ [A-Z0-9]+$/, 'a relation is "SUBJECT predicate OBJECT" or "SUBJECT x_count N"')),
});
export type GoldPassage = z.infer<typeof GoldPassage>;

export const readGold = (file: string): GoldPassage[] => readPassages(file, GoldPassage);

/** A relation as the gold file writes it: "AUS partner_of IGOWSTNAT", "IGOWSTNAT partner_count 40". */
export function relationKey(relation: Pick<Relation, 'subject' | 'predicate' | 'object' | 'count'>): string {
  if (relation.count !== undefined) return `${relation.subject} ${relation.predicate} ${relation.count}`;
  if (SYMMETRIC.has(relation.predicate as Predicate) && relation.object < relation.subject) return `${relation.object} ${relation.predicate} ${relation.subject}`;
  return `${relation.subject} ${relation.predicate} ${relation.object}`;
}

function goldKey(line: string): string {
  const [subject, predicate, object] = line.split(' ');
  return /_count$/.test(predicate) ? line : relationKey({ subject, predicate, object });
}

export type Score = { truePositives: number; found: number; expected: number; misses: Array<{ id: string; missed: string[]; spurious: string[] }> };

export function scoreGold(passages: GoldPassage[], dicts: string[] = []): Score {
  const lexicon = loadLexicon({ dicts });
  const score: Score = { truePositives: 0, found: 0, expected: 0, misses: [] };
  for (const passage of passages) {
    const doc = codeDoc({ uri: passage.id, mediaType: 'text/plain', raw: passage.text, hints: { date: passage.date }, warnings: [] }, { lexicon, date: passage.date });
    const found = new Set(doc.relations.filter((relation) => relation.from === 'text').map(relationKey));
    const expected = new Set(passage.relations.map(goldKey));
    const hits = [...found].filter((key) => expected.has(key));
    score.truePositives += hits.length;
    score.found += found.size;
    score.expected += expected.size;
    const missed = [...expected].filter((key) => !found.has(key));
    const spurious = [...found].filter((key) => !expected.has(key));
    if (missed.length > 0 || spurious.length > 0) score.misses.push({ id: passage.id, missed, spurious });
  }
  return score;
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { verbose: { type: 'boolean', default: false }, dict: { type: 'string', multiple: true } } });
  } catch (error) {
    process.stderr.write(`eval relations: ${(error as Error).message}\n`);
    return 2;
  }
  const [file] = parsed.positionals;
  if (!file) {
    process.stderr.write('usage: npm run eval -- relations FILE [--verbose] [--dict FILE]...   (FILE: a gold YAML file such as test/relations/gold.yaml)\n');
    return 2;
  }
  let passages: GoldPassage[];
  try {
    passages = readGold(file);
  } catch (error) {
    process.stderr.write(`eval relations: ${(error as Error).message}\n`);
    return 2;
  }
  const score = scoreGold(passages, parsed.values.dict ?? []);
  const precision = score.found === 0 ? 0 : score.truePositives / score.found;
  const recall = score.expected === 0 ? 1 : score.truePositives / score.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  if (parsed.values.verbose) {
    for (const miss of score.misses) {
      process.stdout.write(`${miss.id}:${miss.missed.map((key) => `\n  missed   ${key}`).join('')}${miss.spurious.map((key) => `\n  spurious ${key}`).join('')}\n`);
    }
  }
  process.stdout.write(
    `relations: ${passages.length} passages, ${score.expected} expected, ${score.found} found, ${score.truePositives} right\n` +
      `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}\n`,
  );
  return 0;
}
