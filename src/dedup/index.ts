// Duplicates within a run: a text already seen word for word (exact), or one sharing most of its 5-word shingles
// with a text already seen (near: the same wire story republished with another first line, a paragraph cut or
// site furniture left in). Independent reports of one event share well under a fifth of their shingles.
//
// Threshold: near-duplicate when the estimated Jaccard similarity is at least 0.7, or when at least 0.9 of the
// shorter text's shingles occur in the longer one (a trimmed copy). The store keeps signatures and band keys
// and applies the same test (nearest) to what it already holds.
import { bandKeys, containment, fingerprint, similarity, type Fingerprint } from './fingerprint.ts';

export const NEAR_DUPLICATE_JACCARD = 0.7;
export const NEAR_DUPLICATE_CONTAINMENT = 0.9;

export type Verdict =
  | { duplicate: false; fingerprint: Fingerprint }
  | { duplicate: true; of: string; kind: 'exact' | 'near'; similarity: number; fingerprint: Fingerprint };

export type DuplicateIndex = {
  /** Checks a text against those added so far; a text that is no duplicate is added under its id. */
  see(id: string, text: string): Verdict;
  size(): number;
};

export function createDuplicateIndex(): DuplicateIndex {
  const byExact = new Map<string, string>();
  const byBand = new Map<number, string[]>();
  const prints = new Map<string, Fingerprint>();
  return {
    see(id, text) {
      const print = fingerprint(text);
      const verdict = judge(print, byExact, byBand, prints);
      if (verdict.duplicate) return verdict;
      byExact.set(print.exact, id);
      prints.set(id, print);
      for (const key of bandKeys(print)) {
        const ids = byBand.get(key);
        if (ids) ids.push(id);
        else byBand.set(key, [id]);
      }
      return verdict;
    },
    size: () => prints.size,
  };
}

function judge(print: Fingerprint, byExact: Map<string, string>, byBand: Map<number, string[]>, prints: Map<string, Fingerprint>): Verdict {
  const same = byExact.get(print.exact);
  if (same !== undefined) return { duplicate: true, of: same, kind: 'exact', similarity: 1, fingerprint: print };
  const ids = new Set(bandKeys(print).flatMap((key) => byBand.get(key) ?? []));
  const best = nearest(print, [...ids].map((id) => ({ id, print: prints.get(id) as Fingerprint })));
  return best ? { duplicate: true, of: best.id, kind: 'near', similarity: best.similarity, fingerprint: print } : { duplicate: false, fingerprint: print };
}

/** The candidate most like `print` among those that pass the near-duplicate test, or null. */
export function nearest(print: Fingerprint, candidates: Array<{ id: string; print: Fingerprint }>): { id: string; similarity: number } | null {
  let best: { id: string; similarity: number } | null = null;
  for (const { id, print: other } of candidates) {
    const jaccard = similarity(print, other);
    const near = jaccard >= NEAR_DUPLICATE_JACCARD || containment(print, other, jaccard) >= NEAR_DUPLICATE_CONTAINMENT;
    if (near && (!best || jaccard > best.similarity)) best = { id, similarity: jaccard };
  }
  return best;
}

export { bandKeys, fingerprint, minhashBytes, similarity, storedFingerprint, type Fingerprint } from './fingerprint.ts';
