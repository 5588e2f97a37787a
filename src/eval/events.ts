// `npm run eval -- events FILE [--split dev|heldout|all] [--show]`: the events stage against a gold file of
// passages (test/events/gold.yaml is ours; its header gives the conventions). Each passage goes through the whole
// pipeline. A gold event is found when dyad emits a positive event (not negated) whose root is one the gold
// allows and whose source and target codes start with the gold ones (a null side accepts anything).
// Precision counts dyad's positive events other than generic statements (010) that match some gold event of
// their passage; an `absent` event that dyad emits positively counts as a violation.
import { z } from 'zod';
import { codeDoc } from '../pipeline.ts';
import type { Event } from '../record.ts';
import { addCounts, openGold, readGold } from './gold.ts';

const Roots = z.union([z.string().regex(/^\d\d$/), z.array(z.string().regex(/^\d\d$/)).min(1)]);
const GoldEvent = z.object({ source: z.string().nullable(), target: z.string().nullable(), root: Roots });
const AbsentEvent = z.object({ source: z.string().nullable(), target: z.string().nullable(), root: Roots.optional() });
const Passage = z.object({
  id: z.string(),
  split: z.enum(['dev', 'heldout']),
  text: z.string(),
  date: z.string().optional(),
  events: z.array(GoldEvent),
  absent: z.array(AbsentEvent).optional(),
});
type Passage = z.infer<typeof Passage>;
type Pattern = z.infer<typeof AbsentEvent>;

export type Tally = { gold: number; found: number; predicted: number; matching: number; absent: number; violations: number };
const EMPTY: Tally = { gold: 0, found: 0, predicted: 0, matching: 0, absent: 0, violations: 0 };

export const loadGold = (file: string): Passage[] => readGold(file, Passage);

const side = (gold: string | null, coded: string | null): boolean => gold === null || (coded ?? '').startsWith(gold);

/** Does a coded event fit a gold pattern (its root among the allowed ones, when the pattern names any)? */
export function fits(pattern: Pattern, event: Event): boolean {
  const roots = pattern.root === undefined ? null : Array.isArray(pattern.root) ? pattern.root : [pattern.root];
  return (roots === null || roots.includes(event.root)) && side(pattern.source, event.source) && side(pattern.target, event.target);
}

const describe = (event: Event): string => `${event.source}>${event.target ?? '-'} ${event.cameo} (${event.rule})`;
const patternText = (pattern: Pattern): string =>
  `${pattern.source ?? '*'}>${pattern.target ?? '*'} ${pattern.root === undefined ? 'any root' : [pattern.root].flat().join('|')}`;

export function scorePassage(passage: Passage, events: Event[], misses: string[]): Tally {
  const positive = events.filter((event) => !event.negated);
  const counted = positive.filter((event) => event.cameo !== '010');
  const tally: Tally = { ...EMPTY, gold: passage.events.length, predicted: counted.length, absent: passage.absent?.length ?? 0 };
  for (const gold of passage.events) {
    if (positive.some((event) => fits(gold, event))) tally.found++;
    else misses.push(`${passage.id}: missed ${patternText(gold)}; dyad [${positive.map(describe).join('; ')}]`);
  }
  for (const event of counted) {
    if (passage.events.some((gold) => fits(gold, event))) tally.matching++;
    else misses.push(`${passage.id}: extra ${describe(event)}`);
  }
  for (const pattern of passage.absent ?? []) {
    const wrong = positive.find((event) => fits(pattern, event));
    if (wrong) {
      tally.violations++;
      misses.push(`${passage.id}: emitted what must be absent (${patternText(pattern)}): ${describe(wrong)}`);
    }
  }
  return tally;
}

const share = (part: number, whole: number): string => (whole ? (part / whole).toFixed(3) : '-');

export async function run(args: string[]): Promise<number> {
  const opened = openGold('events', args, loadGold);
  if (typeof opened === 'number') return opened;
  const { file, split, show, passages, lexicon } = opened;
  const bySplit = new Map<string, Tally>();
  const misses: string[] = [];
  for (const passage of passages) {
    const doc = codeDoc(passage.text, { lexicon, date: passage.date });
    const tally = scorePassage(passage, doc.events, misses);
    for (const key of ['all', passage.split]) bySplit.set(key, addCounts(bySplit.get(key) ?? EMPTY, tally));
  }
  const lines = [`events eval: ${file} (split ${split})`, 'set       gold events  recall   dyad events  precision  absent broken'];
  for (const [key, t] of [...bySplit.entries()].sort()) {
    lines.push(
      `${key.padEnd(10)}${`${t.found}/${t.gold}`.padEnd(13)}${share(t.found, t.gold).padEnd(9)}${`${t.matching}/${t.predicted}`.padEnd(13)}${share(t.matching, t.predicted).padEnd(11)}${t.violations}/${t.absent}`,
    );
  }
  if (show) for (const miss of misses) lines.push(`  ${miss}`);
  else if (misses.length > 0) lines.push(`${misses.length} differences (--show lists them)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
