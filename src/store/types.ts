// The storage interface both backends (SQLite, PostgreSQL) implement, and the shapes its queries return.
import type { DocRecord } from '../record.ts';
import type { WriteRef } from './writer.ts';

export type Backend = 'sqlite' | 'postgres';

export type PutMeta = {
  /** Which dictionaries produced the annotations (see dictionaryVersion). */
  dictVersion?: string | null;
  /** When the document was read; defaults to now. ISO 8601. */
  at?: string;
  /**
   * The record comes straight from code() in this process, so the schema check is skipped (dates are still
   * checked). Records from anywhere else (files, the network) must be checked.
   */
  trusted?: boolean;
  /**
   * Store a near-duplicate of a stored document as a document of its own instead of as another source of it
   * (`--keep-duplicates`). Exact duplicates are always merged.
   */
  keepNearDuplicates?: boolean;
};

/**
 * added: a new document. exists: this document id was already stored (the source is remembered).
 * duplicate: a different id whose normalised text (exact) or most of whose wording (near, see dedup/) is
 * already stored as `of`; kept as another source of it.
 */
export type PutResult =
  | { status: 'added'; id: string; sentences: number; events: number }
  | { status: 'exists'; id: string }
  | { status: 'duplicate'; id: string; of: string; kind: 'exact' | 'near'; similarity: number };

/** A document putMany could not store; nothing of it was written. */
export type PutFailure = { status: 'failed'; id: string; error: string };

export type EventFilter = {
  /** Actor code prefix on either side ("USA" matches USAGOV as source or target). */
  actor?: string;
  source?: string;
  target?: string;
  /** CAMEO code prefix: "03" matches 030…0399, "036" matches 036 and 0361. */
  cameo?: string;
  roots?: string[];
  quads?: number[];
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** ISO 3166-1 alpha-3 of the event's place. */
  country?: string;
  /** Event place name, case-insensitive. */
  place?: string;
  /** Words that must all occur in the article (stemmed full-text search). */
  text?: string;
  negated?: boolean;
  /** A mode ("future", "hypothetical", …), or null for asserted events only. */
  mode?: string | null;
  /** Stored document id. */
  document?: string;
};

export const EVENT_SORTS = ['date', '-date', 'goldstein', '-goldstein', 'cameo', 'id'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export type Page = { sort?: EventSort; limit?: number; offset?: number };

/** What an event says, as a stored row and as a story (one event across articles) both carry it. */
export type EventFacts = {
  date: string | null;
  source: string;
  sourceName: string | null;
  target: string | null;
  targetName: string | null;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  ploverEvent: string | null;
  ploverMode: string | null;
  negated: boolean;
  mode: string | null;
  placeName: string | null;
  placeCountry: string | null;
  placeLat: number | null;
  placeLon: number | null;
};

export type EventRow = EventFacts & {
  id: number;
  document: string;
  sentence: number;
  /** The words in the article that name the source. */
  sourceText: string | null;
  targetText: string | null;
  evidenceStart: number;
  evidenceEnd: number;
  evidence: string;
  verb: string;
  rule: string;
  url: string | null;
  title: string | null;
  published: string | null;
  outlet: string;
};

export type StoryEvent = EventFacts & {
  id: number;
  /** Some mention is in an article's first sentence (GDELT's IsRootEvent). */
  isRoot: boolean;
  numMentions: number;
  numSources: number;
  numArticles: number;
  /** The URL (or source) of the first article that reported it. */
  sourceUrl: string;
  /** When the first report was stored, ISO 8601. */
  added: string;
};

export const STATS_BY = ['day', 'week', 'month', 'dyad', 'quad', 'root'] as const;
export type StatsBy = (typeof STATS_BY)[number];

/** `key` is the period start (YYYY-MM-DD, YYYY-MM for months), "SRC TGT" for dyads, the quad or the root. */
export type StatRow = { key: string; count: number; goldstein: number | null };

export type QuoteQuery = {
  /** Speaker name, case-insensitive substring. */
  speaker?: string;
  /** Speaker actor code prefix. */
  actor?: string;
  /** Words that must all occur in the quoted text. */
  text?: string;
  document?: string;
  limit?: number;
  offset?: number;
};

export type QuoteRow = {
  id: number;
  document: string;
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  speakerActor: string | null;
  cue: string | null;
  start: number;
  end: number;
  text: string;
  published: string | null;
  url: string | null;
  title: string | null;
};

export type RelationQuery = {
  /** Actor code prefix as subject or object ("IGOWSTNAT", or "JPN" for JPN and JPNGOV). */
  actor?: string;
  subject?: string;
  object?: string;
  /** Exact codes (a graph's nodes): only relations with both subject and object among them. */
  among?: string[];
  /** Exact predicate: member_of, partner_of, ally_of, applicant_to, partner_count, … */
  predicate?: string;
  /** Read from the article's text, or what the knowledge held on the article's date. */
  from?: 'text' | 'knowledge';
  /** Inclusive ISO dates of the relation (the article's date, or the clause's). */
  since?: string;
  until?: string;
  /** With since or until, keep relations without a date as well (articles of unknown date). */
  undated?: boolean;
  document?: string;
  limit?: number;
  offset?: number;
};

export type RelationRow = {
  id: number;
  document: string;
  subject: string;
  predicate: string;
  object: string;
  count: number | null;
  date: string | null;
  from: 'text' | 'knowledge';
  evidence: { start: number; end: number } | null;
  /** The words of the evidence span. */
  text: string | null;
  rule: string | null;
  note: string | null;
  conflict: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
};

/** The store's tables (sentences, actors, people, places and mentions are views over the record JSON). */
export const TABLES = ['documents', 'document_sources', 'document_bands', 'events', 'quotes', 'relations', 'knowledge', 'document_knowledge'] as const;
export type TableName = (typeof TABLES)[number];

export type StoredDocument = { id: string; dictVersion: string | null };

/** A record checked and turned into what the store's writer takes (see Store.stage). */
export type StagedRecord = { readonly id: string; readonly staged: WriteRef };

export type Store = {
  readonly backend: Backend;
  /**
   * Whether the database refreshes its planner statistics by itself as rows change (PostgreSQL with autovacuum
   * on), so that a large ingest need not call optimize().
   */
  readonly analyzesItself: boolean;
  /** Stores a coded document in one transaction; idempotent by id and by normalised text. */
  put(record: DocRecord, meta?: PutMeta): Promise<PutResult>;
  /**
   * Stores several documents with one commit (much cheaper per document). Each document is still all or
   * nothing: one that fails is rolled back alone and reported, the others are stored. A kill before the
   * commit loses the whole group, never part of a document; storing them again repairs that.
   */
  putMany(records: Array<DocRecord | StagedRecord>, meta?: PutMeta): Promise<Array<PutResult | PutFailure>>;
  /**
   * Checks a record as putMany would (`meta.trusted` alike) and readies it for a later putMany: SQLite's writer
   * thread is sent the record at once, PostgreSQL's gets its rows (made here: its server shares that thread's
   * core). A caller that gathers records into groups stages each as it is coded, so that the record itself is
   * garbage at once rather than kept until its group is sent (which kept the collector's threads busy beside
   * the writer). Throws what putMany would report as the record's failure.
   */
  stage(record: DocRecord, meta?: Pick<PutMeta, 'trusted'>): StagedRecord;
  /** Replaces a stored document's text-derived annotations in one transaction. False when `id` is not stored. */
  replace(id: string, record: DocRecord, meta?: PutMeta): Promise<boolean>;
  get(id: string): Promise<DocRecord | null>;
  documents(): AsyncGenerator<StoredDocument>;
  events(query?: EventFilter & Page): Promise<EventRow[]>;
  eachEvent(query?: EventFilter & Page): AsyncGenerator<EventRow>;
  countEvents(filter?: EventFilter): Promise<number>;
  stories(query?: EventFilter & Page): Promise<StoryEvent[]>;
  eachStory(query?: EventFilter & Page): AsyncGenerator<StoryEvent>;
  stats(by: StatsBy, filter?: EventFilter): Promise<StatRow[]>;
  quotes(query?: QuoteQuery): Promise<QuoteRow[]>;
  /** Stored relations, ordered by date, document and their order in it. */
  relations(query?: RelationQuery): Promise<RelationRow[]>;
  counts(): Promise<Record<TableName, number>>;
  /** Integrity problems found (empty when the store is sound). */
  check(): Promise<string[]>;
  /** Refreshes the query planner's statistics; worth calling after a large ingest. */
  optimize(): Promise<void>;
  /** Applied schema migrations, oldest first. */
  migrations(): Promise<number[]>;
  close(): Promise<void>;
};
