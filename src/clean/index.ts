// Source → clean body text: line endings normalised, site cruft cut line by line (each cut kept with its
// reason), paragraphs kept as blank-line separated blocks.
import type { Removed, Source } from '../doc.ts';
import { extractHtml } from './html.ts';
import type { CompiledCruftRule } from './rules.ts';

export type Cleaned = {
  text: string;
  removed: Removed[];
  title: string | null;
  url: string | null;
  published: string | null;
  warnings: string[];
};

export function clean(source: Source, rules: CompiledCruftRule[]): Cleaned {
  const page = source.mediaType === 'text/html' ? extractHtml(source.raw, source.uri) : null;
  const body = (page ? page.text : source.raw).replace(/\r\n?/g, '\n');
  const removed: Removed[] = [];
  const kept: string[] = [];
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    const rule = trimmed === '' ? undefined : rules.find((candidate) => candidate.regex.test(trimmed));
    if (rule) removed.push({ text: trimmed, reason: rule.reason, rule: `cleaning:${rule.id}` });
    else kept.push(trimmed);
  }
  const text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return {
    text,
    removed,
    title: source.hints.title ?? page?.title ?? null,
    url: source.hints.url ?? page?.url ?? null,
    published: source.hints.date ?? page?.published ?? null,
    warnings: [...source.warnings, ...(page?.warnings ?? [])],
  };
}
