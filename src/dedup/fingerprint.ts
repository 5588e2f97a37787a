// What two copies of one story have in common: the exact hash of the normalised text (same words, whatever the
// case, punctuation and spacing), and a MinHash signature of its 5-word shingles, whose agreement estimates the
// share of shingles two texts have in common (Jaccard similarity), with band keys for finding candidates (LSH).
import { createHash } from 'node:crypto';

export type Fingerprint = {
  /** SHA-256 (hex, first 32 digits) of the normalised text. */
  exact: string;
  /** MinHash signature: per hash function, the smallest shingle hash. Empty for a text with no words. */
  minhash: number[];
  /** How many distinct shingles the text has (to estimate containment from Jaccard). */
  shingles: number;
};

const SHINGLE_WORDS = 5;
export const HASHES = 128;
// 32 bands of 4 rows: texts with Jaccard 0.7 share a band with probability 0.9998, at 0.5 with 0.87, at 0.2 with 0.05.
export const BANDS = 32;
const ROWS = HASHES / BANDS;

// Fixed seeds and odd multipliers (from a constant), so signatures stored today compare with those computed
// tomorrow. Hash function i is (shingle xor seed i) times multiplier i: two operations, as the shingle hashes
// are already well mixed. Kept as signed 32-bit integers so that the signature loop stays in int32 arithmetic.
const [SEEDS, MULTIPLIERS] = (() => {
  const seeds = new Int32Array(HASHES);
  const multipliers = new Int32Array(HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix(state);
    state = (state + 0x9e3779b9) >>> 0;
    multipliers[i] = mix(state) | 1;
  }
  return [seeds, multipliers];
})();

// Flipping the top bit maps unsigned order onto signed order, so minima are found with int32 comparisons.
const SIGN = 0x80000000 | 0;

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function fingerprint(text: string): Fingerprint {
  const normal = normalise(text);
  const exact = createHash('sha256').update(normal).digest('hex').slice(0, 32);
  if (normal === '') return { exact, minhash: [], shingles: 0 };
  // Each word hashed once; a shingle's hash folds its words' hashes in order. Hashes stay int32 throughout (a
  // Set of unsigned values above 2^31 held them as heap numbers), and the distinct ones are found by sorting.
  const words = normal.split(' ');
  const hashed = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) hashed[i] = fnv1a(words[i]);
  // A text shorter than one shingle is one shingle of all its words.
  const count = Math.max(words.length - SHINGLE_WORDS + 1, 1);
  const all = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let hash = 0;
    const end = Math.min(i + SHINGLE_WORDS, words.length);
    for (let j = i; j < end; j++) hash = mix(hash ^ hashed[j]);
    all[i] = hash;
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i];
  const shingles = all.subarray(0, distinct);
  // Four hash functions a pass over the shingles: four independent minima keep the processor busier than one.
  const minhash = new Array<number>(HASHES);
  for (let i = 0; i < HASHES; i += 4) {
    const [s0, s1, s2, s3] = SEEDS.subarray(i, i + 4);
    const [m0, m1, m2, m3] = MULTIPLIERS.subarray(i, i + 4);
    let l0 = 0x7fffffff;
    let l1 = 0x7fffffff;
    let l2 = 0x7fffffff;
    let l3 = 0x7fffffff;
    for (let k = 0; k < distinct; k++) {
      const shingle = shingles[k];
      const v0 = Math.imul(shingle ^ s0, m0) ^ SIGN;
      const v1 = Math.imul(shingle ^ s1, m1) ^ SIGN;
      const v2 = Math.imul(shingle ^ s2, m2) ^ SIGN;
      const v3 = Math.imul(shingle ^ s3, m3) ^ SIGN;
      if (v0 < l0) l0 = v0;
      if (v1 < l1) l1 = v1;
      if (v2 < l2) l2 = v2;
      if (v3 < l3) l3 = v3;
    }
    minhash[i] = (l0 ^ SIGN) >>> 0;
    minhash[i + 1] = (l1 ^ SIGN) >>> 0;
    minhash[i + 2] = (l2 ^ SIGN) >>> 0;
    minhash[i + 3] = (l3 ^ SIGN) >>> 0;
  }
  return { exact, minhash, shingles: distinct };
}

/** Estimated Jaccard similarity of two texts' shingle sets: the share of hash functions whose minimum agrees. */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.minhash.length !== HASHES || b.minhash.length !== HASHES) return a.exact === b.exact ? 1 : 0;
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a.minhash[i] === b.minhash[i]) same++;
  return same / HASHES;
}

/** Estimated share of the smaller text's shingles that occur in the larger one. */
export function containment(a: Fingerprint, b: Fingerprint, jaccard = similarity(a, b)): number {
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return Math.min(shared / smaller, 1);
}

/**
 * LSH band keys: two texts are candidates when they share any key. Each key is the band's number times 2^32
 * plus the hash of its rows (an integer below 2^37), so that a database can index them as integers.
 */
export function bandKeys(print: Fingerprint): number[] {
  if (print.minhash.length !== HASHES) return [];
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row++) hash = mix(hash ^ print.minhash[band * ROWS + row]);
    keys.push(band * 2 ** 32 + hash);
  }
  return keys;
}

/** A signature as bytes (little-endian 32-bit words), to store beside the document. */
export function minhashBytes(print: Fingerprint): Buffer {
  return Buffer.from(Uint32Array.from(print.minhash).buffer);
}

/** The stored form back: a signature and shingle count read from a database. */
export function storedFingerprint(bytes: Uint8Array, shingles: number): Fingerprint {
  const minhash = Array.from(new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
  return { exact: '', minhash, shingles };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// murmur3's finaliser: a cheap bijection on 32-bit integers that scatters nearby inputs.
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
