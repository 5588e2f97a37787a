// Character offsets → token indexes, by binary search over the tokens' start offsets.
import type { Token } from '../doc.ts';

/** The first token starting at or after `offset` (tokens.length when none does). */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The last token starting before `offset`, or -1. */
export function tokenBefore(tokens: Token[], offset: number): number {
  return tokenAtOrAfter(tokens, offset) - 1;
}

/** The token whose characters include `offset`, or -1 when the offset falls between tokens. */
export function tokenCovering(tokens: Token[], offset: number): number {
  const t = tokenBefore(tokens, offset + 1);
  return t >= 0 && tokens[t].end > offset ? t : -1;
}
