// Actor codes that hold for a span of time ("[HOBGOV 19950601-19990815]"): the article's date picks the code.

/** One code of an actor; `from`/`until` are inclusive ISO dates, null when open. */
export type DatedCode = { code: string; from: string | null; until: string | null };

/**
 * The code in force on `date` (YYYY-MM-DD): the first dated code whose span holds it, else the undated code,
 * else the last code listed (the most recent, which suits undated news best).
 */
export function codeOn(codes: DatedCode[], date: string | null): string {
  const undated = codes.find((c) => c.from === null && c.until === null);
  if (date !== null) {
    for (const c of codes) {
      if (c.from === null && c.until === null) continue;
      if ((c.from === null || c.from <= date) && (c.until === null || date <= c.until)) return c.code;
    }
  }
  return (undated ?? codes[codes.length - 1]).code;
}
