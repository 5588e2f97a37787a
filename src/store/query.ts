// SQL for the read side, written once for both backends. A Dialect supplies what differs: placeholders,
// code-prefix matching, full-text search, booleans and week arithmetic.
import type { EventFilter, EventSort, Page, QuoteQuery, RelationQuery, StatsBy } from './types.ts';

export type Dialect = {
  /** The placeholder for parameter number `n` (1-based). */
  param(n: number): string;
  /** `column` starts with `value`, written so an index serves it. */
  prefix(column: string, value: string, bind: (value: unknown) => string): string;
  /** The first three letters of an actor code column (the country or IGO part), exactly as indexed. */
  countryOf(column: string): string;
  /** Documents (integer keys) whose title and text contain all the words (stemmed). */
  documentsMatching(words: string, bind: (value: unknown) => string): string;
  /** Quote ids whose text contains all the words (stemmed). */
  quotesMatching(words: string, bind: (value: unknown) => string): string;
  /** What to write before OFFSET when there is no LIMIT. */
  noLimit: string;
  bool(value: boolean): unknown;
  /** The Monday starting the ISO week of an ISO date column, as YYYY-MM-DD. */
  weekOf(column: string): string;
  /** Case-insensitive LIKE with backslash escapes, for the bound pattern `ref`. */
  containsInsensitive(column: string, ref: string): string;
  /** Length of the JSON array at top-level `key` of a JSON text column. */
  jsonLength(column: string, key: string): string;
  /** The fact ids in the knowledge column of the document whose id is the bound `ref`. */
  factsOf(ref: string): string;
  /** Length of the JSON array in a text column, 0 when it is null. */
  arrayLength(column: string): string;
};

export type Sql = { text: string; values: unknown[] };

const EVENT_COLUMNS = `e.id, d.id AS document, e.sentence, e.date, e.source, e.source_name, e.source_text, e.target, e.target_name, e.target_text,
  e.cameo, e.root, e.quad, e.goldstein, e.plover_event, e.plover_mode, e.negated, e.mode,
  e.place_name, e.place_country, e.place_lat, e.place_lon, e.evidence_start, e.evidence_end, e.evidence, e.verb,
  e.rule, d.url, d.title, d.published, d.outlet`;

const ORDER: Record<EventSort, string> = {
  date: 'e.date, e.id',
  '-date': 'e.date DESC, e.id DESC',
  goldstein: 'e.goldstein, e.id',
  '-goldstein': 'e.goldstein DESC, e.id',
  cameo: 'e.cameo, e.id',
  id: 'e.id',
};

/** The string just after every string that starts with `prefix`, for an index range. */
export const after = (prefix: string): string => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/**
 * An actor code prefix on one side, through the index on (first three letters, date, code): the three letters
 * are matched exactly (or as a range when fewer are given), so a date range that follows is a seek too.
 */
function actorPrefix(dialect: Dialect, column: string, value: string, bind: (value: unknown) => string): string {
  const country = dialect.countryOf(column);
  if (value.length < 3) return `${country} >= ${bind(value)} AND ${country} < ${bind(after(value))}`;
  const exact = `${country} = ${bind(value.slice(0, 3))}`;
  return value.length > 3 ? `${exact} AND ${dialect.prefix(column, value, bind)}` : exact;
}

/** The WHERE clause over `events e` (documents only through subqueries) for a filter, with its bound values. */
export function whereClause(dialect: Dialect, filter: EventFilter, values: unknown[]): string {
  const bind = (value: unknown): string => {
    values.push(value);
    return dialect.param(values.length);
  };
  const during = (): string[] => [
    ...(filter.from !== undefined ? [`e.date >= ${bind(filter.from)}`] : []),
    ...(filter.to !== undefined ? [`e.date <= ${bind(filter.to)}`] : []),
  ];
  const terms: string[] = [];
  if (filter.actor !== undefined) {
    // The date range goes inside each side so that each side is one index seek (databases do not distribute
    // an AND over an OR for us).
    const side = (column: string): string => [actorPrefix(dialect, column, filter.actor ?? '', bind), ...during()].join(' AND ');
    terms.push(`((${side('e.source')}) OR (${side('e.target')}))`);
  }
  if (filter.source !== undefined) terms.push(actorPrefix(dialect, 'e.source', filter.source, bind));
  if (filter.target !== undefined) terms.push(actorPrefix(dialect, 'e.target', filter.target, bind));
  if (filter.cameo !== undefined) terms.push(dialect.prefix('e.cameo', filter.cameo, bind));
  // A root is the first two digits of its codes; as a code prefix it is served by the cameo index.
  if (filter.roots?.length) terms.push(`(${filter.roots.map((root) => dialect.prefix('e.cameo', root, bind)).join(' OR ')})`);
  if (filter.quads?.length) terms.push(`e.quad IN (${filter.quads.map(bind).join(', ')})`);
  if (filter.actor === undefined) terms.push(...during());
  if (filter.country !== undefined) terms.push(`e.place_country = ${bind(filter.country)}`);
  if (filter.place !== undefined) terms.push(`lower(e.place_name) = lower(${bind(filter.place)})`);
  if (filter.text !== undefined) terms.push(`e.doc IN (${dialect.documentsMatching(filter.text, bind)})`);
  if (filter.negated !== undefined) terms.push(`e.negated = ${bind(dialect.bool(filter.negated))}`);
  if (filter.mode === null) terms.push('e.mode IS NULL');
  else if (filter.mode !== undefined) terms.push(`e.mode = ${bind(filter.mode)}`);
  if (filter.document !== undefined) terms.push(`e.doc = (SELECT doc FROM documents WHERE id = ${bind(filter.document)})`);
  return terms.length ? `WHERE ${terms.join(' AND ')}` : '';
}

function paging(page: Page, values: unknown[], dialect: Dialect): string {
  let sql = '';
  if (page.limit !== undefined) {
    values.push(page.limit);
    sql += ` LIMIT ${dialect.param(values.length)}`;
  }
  if (page.offset) {
    if (page.limit === undefined) sql += dialect.noLimit;
    values.push(page.offset);
    sql += ` OFFSET ${dialect.param(values.length)}`;
  }
  return sql;
}

export function eventsSql(dialect: Dialect, query: EventFilter & Page): Sql {
  const values: unknown[] = [];
  const where = whereClause(dialect, query, values);
  const order = ORDER[query.sort ?? 'date'];
  if (query.limit === undefined && !query.offset) {
    return { text: `SELECT ${EVENT_COLUMNS} FROM events e JOIN documents d ON d.doc = e.doc ${where} ORDER BY ${order}`, values };
  }
  // A page: find its event ids first (from the indexes alone when the sort allows), then read those rows.
  const text = `SELECT ${EVENT_COLUMNS} FROM events e JOIN documents d ON d.doc = e.doc
    WHERE e.id IN (SELECT e.id FROM events e ${where} ORDER BY ${order}${paging(query, values, dialect)})
    ORDER BY ${order}`;
  return { text, values };
}

export function countSql(dialect: Dialect, filter: EventFilter): Sql {
  const values: unknown[] = [];
  const where = whereClause(dialect, filter, values);
  return { text: `SELECT CAST(count(*) AS INTEGER) AS n FROM events e ${where}`, values };
}

/**
 * GDELT's story-level events: one row per (date, source, target, code, place), and per negation and mode so
 * that "did not attack" never merges with "attacked". Mentions, outlets and articles are counted over every
 * source of a document: a wire story stored once and republished by three sites is four articles, and each
 * of its mentions counts four times.
 */
export function storiesSql(dialect: Dialect, query: EventFilter & Page): Sql {
  const values: unknown[] = [];
  const where = whereClause(dialect, query, values);
  const order = ORDER[query.sort ?? 'date'].replaceAll('e.', 'g.');
  const text = `SELECT g.*, coalesce(first.url, first.source) AS source_url FROM (
      SELECT min(e.id) AS id, e.date, e.source, min(e.source_name) AS source_name, e.target,
        min(e.target_name) AS target_name, e.cameo, min(e.root) AS root, min(e.quad) AS quad,
        min(e.goldstein) AS goldstein, min(e.plover_event) AS plover_event, min(e.plover_mode) AS plover_mode,
        e.negated, e.mode, e.place_name, e.place_country, min(e.place_lat) AS place_lat,
        min(e.place_lon) AS place_lon, max(CASE WHEN e.sentence = 0 THEN 1 ELSE 0 END) AS is_root,
        CAST(count(*) AS INTEGER) AS num_mentions, CAST(count(DISTINCT s.outlet) AS INTEGER) AS num_sources,
        CAST(count(DISTINCT CAST(e.doc AS TEXT) || ' ' || s.source) AS INTEGER) AS num_articles, min(e.doc) AS first_doc,
        min(d.ingested_at) AS added
      FROM events e JOIN documents d ON d.doc = e.doc JOIN document_sources s ON s.doc = e.doc ${where}
      GROUP BY e.date, e.source, e.target, e.cameo, e.negated, e.mode, e.place_name, e.place_country
    ) g JOIN documents first ON first.doc = g.first_doc
    ORDER BY ${order}${paging(query, values, dialect)}`;
  return { text, values };
}

export function statsSql(dialect: Dialect, by: StatsBy, filter: EventFilter): Sql {
  const values: unknown[] = [];
  const where = whereClause(dialect, filter, values);
  const key: Record<StatsBy, string> = {
    day: 'e.date',
    week: dialect.weekOf('e.date'),
    month: 'substr(e.date, 1, 7)',
    dyad: `e.source || ' ' || coalesce(e.target, '')`,
    quad: 'CAST(e.quad AS TEXT)',
    root: 'e.root',
  };
  const dated = by === 'day' || by === 'week' || by === 'month';
  const extra = dated ? `${where ? ' AND' : 'WHERE'} e.date IS NOT NULL` : '';
  const order = dated || by === 'quad' || by === 'root' ? 'key' : 'count DESC, key';
  return {
    text: `SELECT ${key[by]} AS key, CAST(count(*) AS INTEGER) AS count, avg(e.goldstein) AS goldstein
      FROM events e ${where}${extra} GROUP BY 1 ORDER BY ${order}`,
    values,
  };
}

export function quotesSql(dialect: Dialect, query: QuoteQuery): Sql {
  const values: unknown[] = [];
  const bind = (value: unknown): string => {
    values.push(value);
    return dialect.param(values.length);
  };
  const terms: string[] = [];
  if (query.speaker !== undefined) terms.push(dialect.containsInsensitive('q.speaker', bind(`%${query.speaker.replace(/[\\%_]/g, '\\$&')}%`)));
  if (query.actor !== undefined) terms.push(dialect.prefix('q.speaker_actor', query.actor, bind));
  if (query.text !== undefined) terms.push(`q.id IN (${dialect.quotesMatching(query.text, bind)})`);
  if (query.document !== undefined) terms.push(`d.id = ${bind(query.document)}`);
  const where = terms.length ? `WHERE ${terms.join(' AND ')}` : '';
  const text = `SELECT q.id, d.id AS document, q.kind, q.speaker, q.speaker_actor, q.cue, q.start_offset, q.end_offset,
      q.text, d.published, d.url, d.title
    FROM quotes q JOIN documents d ON d.doc = q.doc ${where}
    ORDER BY d.published, q.id${paging(query, values, dialect)}`;
  return { text, values };
}

/**
 * Relations as stored: text relations are rows of their own (`r`), knowledge relations facts stored once (`k`)
 * linked to each document that holds them (`l`). Each kind is selected with the same filter and the two are
 * merged in date, document and record order.
 */
export function relationsSql(dialect: Dialect, query: RelationQuery): Sql {
  const values: unknown[] = [];
  const bind = (value: unknown): string => {
    values.push(value);
    return dialect.param(values.length);
  };
  const where = (r: string, doc: string): string => {
    const terms: string[] = [];
    if (query.actor !== undefined) terms.push(`(${dialect.prefix(`${r}.subject`, query.actor, bind)} OR ${dialect.prefix(`${r}.object`, query.actor, bind)})`);
    if (query.subject !== undefined) terms.push(dialect.prefix(`${r}.subject`, query.subject, bind));
    if (query.object !== undefined) terms.push(dialect.prefix(`${r}.object`, query.object, bind));
    if (query.among !== undefined) {
      const codes = query.among.length ? query.among : [''];
      terms.push(`${r}.subject IN (${codes.map(bind).join(', ')}) AND ${r}.object IN (${codes.map(bind).join(', ')})`);
    }
    if (query.predicate !== undefined) terms.push(`${r}.predicate = ${bind(query.predicate)}`);
    const dated = [
      ...(query.since !== undefined ? [`${r}.date >= ${bind(query.since)}`] : []),
      ...(query.until !== undefined ? [`${r}.date <= ${bind(query.until)}`] : []),
    ];
    if (dated.length) terms.push(query.undated ? `(${dated.join(' AND ')} OR ${r}.date IS NULL)` : dated.join(' AND '));
    if (query.document !== undefined) {
      terms.push(`${doc} = (SELECT doc FROM documents WHERE id = ${bind(query.document)})`);
      // Links are keyed by fact first: the document's own list of facts makes its links a seek each.
      if (r === 'k') terms.push(`l.fact IN (${dialect.factsOf(bind(query.document))})`);
    }
    return terms.length ? `WHERE ${terms.join(' AND ')}` : '';
  };
  const parts: string[] = [];
  if (query.from !== 'knowledge') {
    parts.push(`SELECT r.id, r.doc, r.n, d.id AS document, r.subject, r.predicate, r.object, r.count, r.date, r.origin, r.evidence_start,
        r.evidence_end, r.evidence, r.rule, r.note, r.conflict, d.url, d.title, d.published
      FROM relations r JOIN documents d ON d.doc = r.doc ${where('r', 'r.doc')}`);
  }
  if (query.from !== 'text') {
    parts.push(`SELECT k.id, l.doc, l.n, d.id AS document, k.subject, k.predicate, k.object, k.count, k.date, 'knowledge' AS origin,
        CAST(NULL AS INTEGER) AS evidence_start, CAST(NULL AS INTEGER) AS evidence_end, CAST(NULL AS TEXT) AS evidence, k.rule, k.note, k.conflict,
        d.url, d.title, d.published
      FROM knowledge k JOIN document_knowledge l ON l.fact = k.id JOIN documents d ON d.doc = l.doc ${where('k', 'l.doc')}`);
  }
  const text = `SELECT * FROM (${parts.join(' UNION ALL ')}) x ORDER BY date, doc, n${paging(query, values, dialect)}`;
  return { text, values };
}

/** Full-text words → a safe FTS5 query: each word quoted, all required. */
export function fts5Query(words: string): string {
  const terms = words.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.map((term) => `"${term}"`).join(' ');
}
