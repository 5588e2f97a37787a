// Plain and dated text files. The dated form starts with `date YYYY-MM-DD`, then the body (same line or next).
import type { Source } from '../doc.ts';

const DATED = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?/i;

export function textSource(uri: string, raw: string, warnings: string[] = []): Source {
  const dated = DATED.exec(raw);
  if (!dated) return { uri, mediaType: 'text/plain', raw, hints: {}, warnings };
  return { uri, mediaType: 'text/x-dated', raw: raw.slice(dated[0].length), hints: { date: dated[1] }, warnings };
}
