// Writing stored rows out: jsonl and csv for every kind of row, gdelt for story-level events, plover for
// event mentions. Each writer streams: rows in, text chunks out through a sink that may apply back-pressure.
import type { EventRow, QuoteRow, StatRow, StoryEvent } from '../store/types.ts';
import { csvTable } from './csv.ts';
import { loadFips, type FipsCountry } from './fips.ts';
import { GDELT_COLUMNS, gdeltLine } from './gdelt.ts';
import { ploverRecord } from './plover.ts';

export const EVENT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];
export const TABLE_FORMATS = ['csv', 'jsonl'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export type Sink = (chunk: string) => void | Promise<void>;

export const EVENT_KEYS: ReadonlyArray<keyof EventRow & string> = [
  'id', 'document', 'sentence', 'date', 'source', 'sourceName', 'sourceText', 'target', 'targetName', 'targetText',
  'cameo', 'root', 'quad', 'goldstein', 'ploverEvent', 'ploverMode', 'negated', 'mode', 'placeName', 'placeCountry',
  'placeLat', 'placeLon', 'evidenceStart', 'evidenceEnd', 'evidence', 'verb', 'rule', 'url', 'title', 'published', 'outlet',
];
export const STORY_KEYS: ReadonlyArray<keyof StoryEvent & string> = [
  'id', 'date', 'source', 'sourceName', 'target', 'targetName', 'cameo', 'root', 'quad', 'goldstein', 'ploverEvent',
  'ploverMode', 'negated', 'mode', 'placeName', 'placeCountry', 'placeLat', 'placeLon', 'isRoot', 'numMentions',
  'numSources', 'numArticles', 'sourceUrl', 'added',
];
export const STAT_KEYS: ReadonlyArray<keyof StatRow & string> = ['key', 'count', 'goldstein'];
export const QUOTE_KEYS: ReadonlyArray<keyof QuoteRow & string> = [
  'id', 'document', 'kind', 'speaker', 'speakerActor', 'cue', 'start', 'end', 'text', 'published', 'url', 'title',
];

const CHUNK = 1 << 16;

/** Collects small writes into chunks of about 64 KB. Call the returned flush at the end. */
function buffered(sink: Sink): { write(text: string): Promise<void>; flush(): Promise<void> } {
  let pending = '';
  return {
    async write(text) {
      pending += text;
      if (pending.length >= CHUNK) {
        const out = pending;
        pending = '';
        await sink(out);
      }
    },
    async flush() {
      if (pending) await sink(pending);
      pending = '';
    },
  };
}

/** Any rows as csv (with header) or jsonl. Returns the number of rows written. */
export async function writeTable<T extends object>(
  rows: AsyncIterable<T> | Iterable<T>,
  format: TableFormat,
  keys: ReadonlyArray<keyof T & string>,
  sink: Sink,
  options: { header?: boolean } = {},
): Promise<number> {
  const out = buffered(sink);
  const csv = csvTable<T>(keys);
  if (format === 'csv' && options.header !== false) await out.write(csv.header);
  let n = 0;
  for await (const row of rows) {
    await out.write(format === 'csv' ? csv.line(row) : `${JSON.stringify(row)}\n`);
    n++;
  }
  await out.flush();
  return n;
}

/** Story-level events as GDELT 2.0 Event rows (61 tab-separated columns; a header line unless header is false). */
export async function writeGdelt(
  stories: AsyncIterable<StoryEvent> | Iterable<StoryEvent>,
  sink: Sink,
  options: { header?: boolean; fips?: Map<string, FipsCountry> } = {},
): Promise<number> {
  const fips = options.fips ?? loadFips();
  const out = buffered(sink);
  if (options.header !== false) await out.write(`${GDELT_COLUMNS.join('\t')}\n`);
  let n = 0;
  for await (const story of stories) {
    await out.write(gdeltLine(story, fips));
    n++;
  }
  await out.flush();
  return n;
}

/** Event mentions as a JSON array of POLECAT-style PLOVER records. */
export async function writePlover(events: AsyncIterable<EventRow> | Iterable<EventRow>, sink: Sink): Promise<number> {
  const out = buffered(sink);
  let n = 0;
  await out.write('[');
  for await (const event of events) {
    await out.write(`${n === 0 ? '\n' : ',\n'}${JSON.stringify(ploverRecord(event))}`);
    n++;
  }
  await out.write(n === 0 ? ']\n' : '\n]\n');
  await out.flush();
  return n;
}

export { GDELT_COLUMNS, gdeltRow } from './gdelt.ts';
export { ploverRecord, type PloverRecord } from './plover.ts';
export { loadFips } from './fips.ts';
export { csvField, csvLine } from './csv.ts';
