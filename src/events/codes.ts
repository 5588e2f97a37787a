// A CAMEO code's facts from cameo.tsv; codes missing from the table fall back on their root's QuadClass.
import type { Lexicon } from '../lexicon/index.ts';

export type CodeFacts = { known: boolean; root: string; quad: number; goldstein: number; ploverEvent: string | null; ploverMode: string | null };

export function describeCode(lexicon: Lexicon, code: string): CodeFacts {
  const root = code.slice(0, 2);
  const row = lexicon.cameo.get(code) ?? lexicon.cameo.get(code.slice(0, 3)) ?? lexicon.cameo.get(root);
  if (row) return { known: lexicon.cameo.has(code), root, quad: row.quad, goldstein: row.goldstein, ploverEvent: row.ploverEvent, ploverMode: row.ploverMode };
  return { known: false, root, quad: quadOfRoot(root), goldstein: 0, ploverEvent: null, ploverMode: null };
}

/** GDELT's QuadClass: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict. */
export function quadOfRoot(root: string): number {
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}
