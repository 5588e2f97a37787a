// `npm run eval -- quotes FILE [--split dev|heldout|all] [--show]`: the quotes stage against a gold file of
// passages (test/quotes/gold.yaml is ours; its header gives the conventions). Each passage goes through the
// whole pipeline (codeDoc, so actors and coreference are real); its quotes layer is what is scored.
// A predicted quote matches a gold one when their content spans overlap by at least half of the longer of the
// two (each gold quote matches at most one prediction, best overlap first). Precision and recall count matches;
// speaker accuracy is over matched quotes: right when the gold name (or one of its names) equals the predicted
// name or is contained in it as whole words, ignoring case and a leading article, or when the actor codes agree.
// "strict" speaker accuracy takes only an equal name (or equal actor codes): "Mayor Ana Costa" for "Ana Costa" is
// right but not strictly right. "span" is the share of matched quotes whose content span is exactly the gold one.
import { z } from 'zod';
import { codeDoc } from '../pipeline.ts';
import type { Quote } from '../record.ts';
import { addCounts, openGold, readGold } from './gold.ts';

const GoldQuote = z.object({
  kind: z.enum(['direct', 'indirect', 'mixed']),
  text: z.string().min(1),
  speaker: z.union([z.string(), z.array(z.string()).min(1), z.null()]),
  actor: z.string().optional(),
});
const Passage = z.object({
  id: z.string(),
  style: z.string(),
  split: z.enum(['dev', 'heldout']),
  text: z.string(),
  quotes: z.array(GoldQuote),
});
type Passage = z.infer<typeof Passage>;
type GoldQuote = z.infer<typeof GoldQuote>;

export type Tally = { gold: number; predicted: number; matched: number; speakerRight: number; speakerExact: number; kindRight: number; spanExact: number };
const EMPTY: Tally = { gold: 0, predicted: 0, matched: 0, speakerRight: 0, speakerExact: 0, kindRight: 0, spanExact: 0 };

export function loadGold(file: string): Passage[] {
  const passages = readGold(file, Passage);
  for (const passage of passages) {
    for (const quote of passage.quotes) {
      if (!passage.text.includes(quote.text)) throw new Error(`${file}: ${passage.id}: quote text is not in the passage: "${quote.text}"`);
    }
  }
  return passages;
}

/** Overlap of two spans as a share of the longer one. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return shared > 0 && longer > 0 ? shared / longer : 0;
}

const normalise = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function speakerMatches(gold: GoldQuote, predicted: Quote['speaker'], strict = false): boolean {
  if (gold.speaker === null) return predicted === null;
  if (!predicted) return false;
  if (gold.actor && predicted.actor && gold.actor === predicted.actor) return true;
  const got = normalise(predicted.name);
  const names = Array.isArray(gold.speaker) ? gold.speaker : [gold.speaker];
  return names.some((name) => (strict ? got === normalise(name) : ` ${got} `.includes(` ${normalise(name)} `)));
}

type Miss = { id: string; what: string };

export function scorePassage(passage: Passage, text: string, predicted: Quote[], misses: Miss[]): Tally {
  const tally: Tally = { gold: passage.quotes.length, predicted: predicted.length, matched: 0, speakerRight: 0, speakerExact: 0, kindRight: 0, spanExact: 0 };
  const taken = new Set<number>();
  const located = passage.quotes.map((quote) => {
    const start = text.indexOf(quote.text);
    return { quote, start, end: start + quote.text.length };
  });
  for (const gold of located) {
    if (gold.start < 0) {
      misses.push({ id: passage.id, what: `gold text not found in the cleaned text: "${gold.quote.text}"` });
      continue;
    }
    let best = -1;
    let bestOverlap = 0.5;
    predicted.forEach((quote, index) => {
      const share = overlap(gold, quote);
      if (!taken.has(index) && share >= bestOverlap) {
        best = index;
        bestOverlap = share;
      }
    });
    if (best < 0) {
      misses.push({ id: passage.id, what: `missed ${gold.quote.kind} "${clip(gold.quote.text)}"` });
      continue;
    }
    taken.add(best);
    const quote = predicted[best];
    tally.matched++;
    if (quote.start === gold.start && quote.end === gold.end) tally.spanExact++;
    else misses.push({ id: passage.id, what: `span "${clip(quote.text)}", gold "${clip(gold.quote.text)}"` });
    if (quote.kind === gold.quote.kind) tally.kindRight++;
    else misses.push({ id: passage.id, what: `kind ${quote.kind}, gold ${gold.quote.kind}: "${clip(quote.text)}"` });
    if (speakerMatches(gold.quote, quote.speaker, true)) tally.speakerExact++;
    if (speakerMatches(gold.quote, quote.speaker)) {
      tally.speakerRight++;
      if (!speakerMatches(gold.quote, quote.speaker, true)) misses.push({ id: passage.id, what: `speaker "${quote.speaker?.name}" is right but not strictly ("${gold.quote.speaker}")` });
    } else misses.push({ id: passage.id, what: `speaker "${quote.speaker?.name ?? 'none'}" (${quote.speaker?.actor ?? '-'}), gold "${gold.quote.speaker}": "${clip(quote.text)}"` });
  }
  predicted.forEach((quote, index) => {
    if (!taken.has(index)) misses.push({ id: passage.id, what: `extra ${quote.kind} "${clip(quote.text)}" by ${quote.speaker?.name ?? 'none'}` });
  });
  return tally;
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

export function summary(tally: Tally): { precision: number; recall: number; f1: number; speaker: number; strict: number; kind: number; span: number } {
  const precision = tally.predicted ? tally.matched / tally.predicted : 1;
  const recall = tally.gold ? tally.matched / tally.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    speaker: tally.matched ? tally.speakerRight / tally.matched : 0,
    strict: tally.matched ? tally.speakerExact / tally.matched : 0,
    kind: tally.matched ? tally.kindRight / tally.matched : 0,
    span: tally.matched ? tally.spanExact / tally.matched : 0,
  };
}

export async function run(args: string[]): Promise<number> {
  const opened = openGold('quotes', args, loadGold);
  if (typeof opened === 'number') return opened;
  const { file, split, show, passages, lexicon } = opened;
  const bySplit = new Map<string, Tally>();
  const misses: Miss[] = [];
  for (const passage of passages) {
    const doc = codeDoc(passage.text, { lexicon });
    const tally = scorePassage(passage, doc.text, doc.quotes, misses);
    for (const key of ['all', passage.split, `style ${passage.style}`]) bySplit.set(key, addCounts(bySplit.get(key) ?? EMPTY, tally));
  }
  const lines = [`quotes eval: ${file} (split ${split})`, 'set             quotes           P      R      F1     speaker  strict  kind   span'];
  for (const [key, tally] of [...bySplit.entries()].sort()) {
    const s = summary(tally);
    const f = (value: number): string => value.toFixed(3);
    lines.push(
      `${key.padEnd(16)}${`${tally.gold} gold/${tally.predicted} found`.padEnd(17)}${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}  ${f(s.speaker)}    ${f(s.strict)}   ${f(s.kind)}  ${f(s.span)}`,
    );
  }
  if (show) for (const miss of misses) lines.push(`  ${miss.id}: ${miss.what}`);
  else if (misses.length > 0) lines.push(`${misses.length} differences (--show lists them)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
