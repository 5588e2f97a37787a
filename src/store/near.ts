// Repeats against the store: each backend looks up the stored documents with a new one's id or normalised text,
// or sharing one of its band keys (the candidates), and repeatOf decides which it repeats, if any, with
// dedup/'s test (nearest) for near-duplicates.
import { bandKeys, fingerprint, minhashBytes, nearest, storedFingerprint, type Fingerprint } from '../dedup/index.ts';
import type { DbRow } from './map.ts';
import type { FlatRecord } from './rows.ts';

// Signatures decoded once per row: a group's look-up rows are compared with each document of the group.
const decoded = new WeakMap<DbRow, Fingerprint>();
const printOf = (row: DbRow): Fingerprint => {
  let print = decoded.get(row);
  if (!print) {
    print = storedFingerprint(row.minhash as Uint8Array, Number(row.shingles));
    decoded.set(row, print);
  }
  return print;
};

/** The stored document that `flat` near-duplicates, among rows (doc, id, minhash, shingles) looked up. */
export function nearDuplicate(flat: FlatRecord, rows: DbRow[]): { doc: number; id: string; similarity: number } | null {
  const candidates = rows.filter((row) => row.minhash !== null).map((row) => ({ id: String(row.id), print: printOf(row) }));
  const best = nearest(flat.print, candidates);
  const row = best && rows.find((candidate) => String(candidate.id) === best.id);
  return best && row ? { doc: Number(row.doc), id: best.id, similarity: best.similarity } : null;
}

export type Repeat = { doc: number; id: string; kind: 'exact' | 'near'; similarity: number };

/**
 * The stored document `flat` repeats among `rows` (doc, id, hash, minhash, shingles): the same id, else the
 * same normalised text, else (with `near`) a near-duplicate; or null.
 */
export function repeatOf(flat: FlatRecord, rows: DbRow[], near: boolean): Repeat | null {
  const { id, hash } = flat.document;
  const same = rows.find((row) => row.id === id) ?? rows.find((row) => row.hash === hash);
  if (same) return { doc: Number(same.doc), id: String(same.id), kind: 'exact', similarity: 1 };
  const copied = near ? nearDuplicate(flat, rows) : null;
  return copied && { ...copied, kind: 'near' };
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
