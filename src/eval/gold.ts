// Our own gold sets (test/*/gold.yaml): a YAML list of passages, checked against the eval's schema, and the
// options the passage evals share.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { type Lexicon, loadLexicon } from '../lexicon/index.ts';

/** Reads a YAML list of passages; a problem is an error naming the file and the entry. */
export function readGold<T extends z.ZodType>(file: string, passage: T): Array<z.infer<T>> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = z.array(passage).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

type Split = 'dev' | 'heldout' | 'all';
export type GoldRun<P> = { file: string; split: Split; show: boolean; passages: P[]; lexicon: Lexicon };

/**
 * `FILE [--split dev|heldout|all] [--show]`: the options, the passages of the chosen split and the lexicon. A usage
 * problem is printed and returned as exit code 2, an unreadable gold file as 1.
 */
export function openGold<P extends { split: string }>(name: string, args: string[], load: (file: string) => P[]): GoldRun<P> | 1 | 2 {
  const usage = `usage: npm run eval -- ${name} FILE [--split dev|heldout|all] [--show]\n`;
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { split: { type: 'string', default: 'all' }, show: { type: 'boolean', default: false } } });
  } catch (error) {
    process.stderr.write(`eval ${name}: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const [file] = parsed.positionals;
  const split = parsed.values.split;
  if (!file || (split !== 'dev' && split !== 'heldout' && split !== 'all')) {
    process.stderr.write(usage);
    return 2;
  }
  let passages: P[];
  try {
    passages = load(file);
  } catch (error) {
    process.stderr.write(`eval ${name}: ${(error as Error).message}\n`);
    return 1;
  }
  const lexicon = loadLexicon();
  for (const problem of lexicon.problems) process.stderr.write(`eval ${name}: warning: ${problem}\n`);
  return { file, split, show: parsed.values.show, passages: passages.filter((p) => split === 'all' || p.split === split), lexicon };
}

/** Adds two tallies of counts, key by key. */
export function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  const sum = { ...a };
  for (const key of Object.keys(b) as Array<keyof T>) sum[key] = (a[key] + b[key]) as T[keyof T];
  return sum;
}
