// Which kind of TABARI/PETRARCH dictionary a text is, told from its lines rather than its name.
import { dictionaryLines } from './lines.ts';

export type TabariKind = 'verbs' | 'actors' | 'agents' | 'discards' | 'environment';

/** How much of a file is read to tell its kind: every kind shows itself in its first entries. */
const SAMPLE = 65_536;

export function tabariKind(source: string): TabariKind | null {
  if (/<Environment>/i.test(source)) return 'environment';
  const sample = source.length > SAMPLE ? source.slice(0, source.lastIndexOf('\n', SAMPLE) + 1) : source;
  const lines = dictionaryLines(sample).map((l) => l.text.trim());
  if (lines.length === 0) return null;
  if (lines.some((l) => /^---\s*[A-Za-z]/.test(l))) return 'verbs';
  if (lines.some((l) => /\[\s*~|~\s*\]/.test(l) || /^![A-Za-z0-9_]+!\s*=/.test(l))) return 'agents';
  if (lines.some((l) => /\[[^\]]*\]/.test(l))) return 'actors';
  if (lines.every((l) => /^\+?[\p{L}\p{N}\s_'.&-]+$/u.test(l))) return 'discards';
  return null;
}
