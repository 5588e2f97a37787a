// code(): one article through every stage, in order, into a DocRecord.
import { hash } from 'node:crypto';
import { findActors } from './actors/index.ts';
import { withQuotedSpeakers } from './actors/speakers.ts';
import { clean } from './clean/index.ts';
import type { Doc, Source } from './doc.ts';
import { findEvents, type ClauseTrace } from './events/index.ts';
import type { Lexicon } from './lexicon/index.ts';
import { analyse } from './nlp/index.ts';
import { findPlaces } from './place/index.ts';
import { findQuotes } from './quotes/index.ts';
import { toRecord } from './record-of.ts';
import type { DocRecord } from './record.ts';
import { findRelations } from './relations/index.ts';
import { findTimes } from './time/index.ts';

export type CodeOptions = {
  lexicon: Lexicon;
  /** The article's date when the input carries none (YYYY-MM-DD). */
  date?: string;
  /** Filled with what each clause tried, for `dyad explain`. */
  trace?: ClauseTrace[];
};

export function code(input: Source | string, options: CodeOptions): DocRecord {
  return toRecord(codeDoc(input, options));
}

/** The full Doc with every layer, for callers that need tokens and chunks (explain, evals). */
export function codeDoc(input: Source | string, options: CodeOptions): Doc {
  const source: Source = typeof input === 'string' ? { uri: 'text', mediaType: 'text/plain', raw: input, hints: {}, warnings: [] } : input;
  const cleaned = clean(source, options.lexicon.cruft);
  const published = cleaned.published ?? options.date ?? null;
  const warnings = [...cleaned.warnings];
  if (cleaned.text === '') warnings.push(`${source.uri}: the article is empty`);
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) warnings.push(`${source.uri}: the date "${published}" is not YYYY-MM-DD; it was ignored`);
  const doc: Doc = {
    id: source.hints.id ?? hash('sha256', cleaned.text, 'hex').slice(0, 16),
    source: source.uri,
    url: cleaned.url,
    title: cleaned.title,
    published: published !== null && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
    text: cleaned.text,
    removed: cleaned.removed,
    warnings,
    sentences: [],
    tokens: [],
    chunks: [],
    mentions: [],
    people: [],
    places: [],
    times: [],
    events: [],
    quotes: [],
    relations: [],
  };
  Object.assign(doc, analyse(doc.text, { verbs: options.lexicon.verbs }));
  Object.assign(doc, findActors(doc, options.lexicon));
  doc.times = findTimes(doc);
  doc.places = findPlaces(doc, options.lexicon, doc.mentions);
  // Quotes before events: "we" in a quote is its speaker's side, an actor of the quote's events.
  const quoted = findQuotes(doc, options.lexicon.cues);
  doc.quotes = quoted.quotes;
  doc.warnings.push(...quoted.warnings);
  doc.mentions = withQuotedSpeakers(doc, doc.quotes);
  const coded = findEvents(doc, options.lexicon, options.trace);
  doc.events = coded.events;
  doc.warnings.push(...coded.warnings);
  doc.relations = findRelations(doc, options.lexicon);
  return doc;
}
