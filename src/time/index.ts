// Time expressions, resolved against the article's date with chrono-node ("4-5 April" → 2023-04-04..05).
import * as chrono from 'chrono-node';
import type { Doc, TimeMention } from '../doc.ts';
import { tokenCovering } from '../nlp/offsets.ts';

type Components = { get(unit: 'year' | 'month' | 'day'): number | null; isCertain(unit: 'day' | 'month' | 'weekday'): boolean };

/** Words without which a sentence holds no date worth resolving: chrono runs only where one of them occurs. */
const DATE_HINT =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|ago|weekend|noon|midnight|morning|afternoon|evening)/i;

export function findTimes(doc: Doc): TimeMention[] {
  if (doc.text === '') return [];
  const reference = doc.published ? new Date(`${doc.published}T12:00:00Z`) : new Date();
  const times: TimeMention[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (DATE_HINT.test(text)) times.push(...timesIn(doc, text, sentence.start, reference));
  }
  return times;
}

function timesIn(doc: Doc, text: string, offset: number, reference: Date): TimeMention[] {
  const times: TimeMention[] = [];
  for (const found of chrono.en.GB.parse(text, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
    const result = { text: found.text.replace(/[\s,.;:]+$/, ''), index: found.index + offset, start: found.start, end: found.end };
    // A bare "Sun" or "Mar" is far more often a name than a date.
    if (/^\p{L}{1,3}\.?$/u.test(result.text)) continue;
    const start = result.start as unknown as Components;
    if (!start.isCertain('day') && !start.isCertain('month') && !start.isCertain('weekday')) continue;
    const end = (result.end as unknown as Components | null) ?? start;
    const first = tokenCovering(doc.tokens, result.index);
    const last = tokenCovering(doc.tokens, result.index + result.text.length - 1);
    if (first < 0 || last < 0) continue;
    times.push({
      text: result.text,
      start: isoDate(start),
      end: isoDate(end),
      span: { start: result.index, end: result.index + result.text.length },
      firstToken: first,
      lastToken: last,
    });
  }
  return times;
}

function isoDate(components: Components): string {
  return `${pad(components.get('year'), 4)}-${pad(components.get('month'), 2)}-${pad(components.get('day'), 2)}`;
}

function pad(n: number | null, width: number): string {
  return String(n ?? 1).padStart(width, '0');
}
