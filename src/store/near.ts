// Repeats against the store: each backend looks up, once for a group of new documents, the stored documents with
// their ids or normalised texts or sharing one of their band keys (the candidates), and repeatOf decides which
// each repeats, if any, with dedup/'s test (nearest) for near-duplicates.
import { bandKeys, fingerprint, minhashBytes, nearest, storedFingerprint, type Fingerprint } from '../dedup/index.ts';
import type { DbRow } from './map.ts';
import type { FlatRecord } from './rows.ts';

/** A stored document as a look-up returns it: (doc, id, hash, minhash, shingles). */
type Candidate = { doc: number; id: string; hash: string; print: Fingerprint | null };

/**
 * What a group of new documents may repeat: the stored documents a look-up found by id, by normalised text or
 * by band key (rows of doc, id, hash, minhash, shingles and the band key that found it, or null), and each
 * document the group adds, as it is added.
 */
export type Known = { byId: Map<string, Candidate>; byHash: Map<string, Candidate>; byBand: Map<number, Candidate[]> };

export function knownFrom(rows: DbRow[]): Known {
  const known: Known = { byId: new Map(), byHash: new Map(), byBand: new Map() };
  const byDoc = new Map<number, Candidate>();
  for (const row of rows) {
    const doc = Number(row.doc);
    let candidate = byDoc.get(doc);
    if (!candidate) {
      const print = row.minhash === null ? null : storedFingerprint(row.minhash as Uint8Array, Number(row.shingles));
      candidate = { doc, id: String(row.id), hash: String(row.hash), print };
      byDoc.set(doc, candidate);
      known.byId.set(candidate.id, candidate);
      known.byHash.set(candidate.hash, candidate);
    }
    if (row.key !== null && row.key !== undefined) addBand(known, Number(row.key), candidate);
  }
  return known;
}

function addBand(known: Known, key: number, candidate: Candidate): void {
  const list = known.byBand.get(key);
  if (!list) known.byBand.set(key, [candidate]);
  else if (!list.includes(candidate)) list.push(candidate);
}

/** Makes a document just added under `doc` one that later documents of its group may repeat. */
export function remember(known: Known, flat: FlatRecord, doc: number): void {
  const candidate = { doc, id: flat.document.id, hash: flat.document.hash, print: flat.bands.length ? flat.print : null };
  known.byId.set(candidate.id, candidate);
  known.byHash.set(candidate.hash, candidate);
  for (const key of flat.bands) addBand(known, key, candidate);
}

export type Repeat = { doc: number; id: string; kind: 'exact' | 'near'; similarity: number };

/**
 * The document `flat` repeats: one with its id, else with its normalised text, else (with `near`) the most
 * similar near-duplicate among those sharing one of its band keys; or null.
 */
export function repeatOf(flat: FlatRecord, known: Known, near: boolean): Repeat | null {
  const same = known.byId.get(flat.document.id) ?? known.byHash.get(flat.document.hash);
  if (same) return { doc: same.doc, id: same.id, kind: 'exact', similarity: 1 };
  if (!near) return null;
  const candidates = new Map<string, Candidate>();
  for (const key of flat.bands) for (const candidate of known.byBand.get(key) ?? []) if (candidate.print) candidates.set(candidate.id, candidate);
  const best = nearest(
    flat.print,
    [...candidates.values()].map(({ id, print }) => ({ id, print: print as Fingerprint })),
  );
  const found = best && candidates.get(best.id);
  return best && found ? { doc: found.doc, id: found.id, kind: 'near', similarity: best.similarity } : null;
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
