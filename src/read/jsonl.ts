// JSON Lines: one article a line, `{id?, url?, title?, date?, text | html}`.
import type { Source } from '../doc.ts';
import { textSource } from './text.ts';

export type LineResult = { ok: true; source: Source } | { ok: false; uri: string; error: string };

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function parseJsonLine(file: string, lineNumber: number, line: string): LineResult | null {
  if (line.trim() === '') return null;
  const uri = `${file}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, uri, error: `line ${lineNumber} is not JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, uri, error: `line ${lineNumber} is not a JSON object` };
  }
  const fields = value as Record<string, unknown>;
  const text = optionalString(fields.text);
  const html = optionalString(fields.html);
  if (text === undefined && html === undefined) {
    return { ok: false, uri, error: `line ${lineNumber} has no "text" (or "html") string` };
  }
  const id = optionalString(fields.id) ?? (typeof fields.id === 'number' ? String(fields.id) : undefined);
  const hints = {
    id,
    url: optionalString(fields.url),
    title: optionalString(fields.title),
    date: optionalString(fields.date),
  };
  const base: Source =
    html !== undefined && text === undefined
      ? { uri, mediaType: 'text/html', raw: html, hints: {}, warnings: [] }
      : textSource(uri, text ?? '');
  return { ok: true, source: { ...base, hints: { ...base.hints, ...definedOnly(hints) } } };
}

function definedOnly<T extends Record<string, string | undefined>>(hints: T): Partial<T> {
  return Object.fromEntries(Object.entries(hints).filter(([, value]) => value !== undefined)) as Partial<T>;
}
