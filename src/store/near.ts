// Near-duplicates against the store: the stored documents sharing a band key with a new one are candidates,
// and dedup/'s test (nearest) picks the one it copies, if any.
import { bandKeys, fingerprint, minhashBytes, nearest, storedFingerprint } from '../dedup/index.ts';
import { BANDS } from '../dedup/fingerprint.ts';
import type { DbRow } from './map.ts';
import type { FlatRecord } from './rows.ts';

/** The query for candidates, its band keys bound as parameters 1…BANDS (written by `param`). */
export function candidatesSql(param: (n: number) => string): string {
  const keys = Array.from({ length: BANDS }, (_, i) => param(i + 1)).join(', ');
  return `SELECT d.doc, d.id, d.minhash, d.shingles FROM documents d WHERE d.doc IN (SELECT doc FROM document_bands WHERE key IN (${keys}))`;
}

/** The stored document that `flat` near-duplicates, from the rows candidatesSql found. */
export function nearDuplicate(flat: FlatRecord, rows: DbRow[]): { doc: number; id: string; similarity: number } | null {
  const candidates = rows.map((row) => ({ id: String(row.id), print: storedFingerprint(row.minhash as Uint8Array, Number(row.shingles)) }));
  const best = nearest(flat.print, candidates);
  const row = best && rows.find((candidate) => String(candidate.id) === best.id);
  return best && row ? { doc: Number(row.doc), id: best.id, similarity: best.similarity } : null;
}

export type PrintRow = { doc: number; minhash: Uint8Array | null; shingles: number; bands: number[] };

/**
 * Signatures and band keys for documents stored before the store kept them, a page at a time: `unprinted`
 * returns up to a page of documents without one, `write` stores a page's (and must set shingles, so that the
 * next page moves on).
 */
export async function backfillPrints(
  unprinted: () => Promise<Array<{ doc: number; text: string }>>,
  write: (rows: PrintRow[]) => Promise<void>,
): Promise<void> {
  for (;;) {
    const page = await unprinted();
    if (page.length === 0) return;
    await write(
      page.map(({ doc, text }) => {
        const print = fingerprint(text);
        const bands = bandKeys(print);
        return { doc, minhash: bands.length ? minhashBytes(print) : null, shingles: print.shingles, bands };
      }),
    );
  }
}
