// The /v1 routes: what each one reads from the store or the coder, declared with its schemas.
import type { Source } from '../doc.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { VerbPattern } from '../lexicon/verbs.ts';
import { code } from '../pipeline.ts';
import { textSource } from '../read/text.ts';
import type { DocRecord } from '../record.ts';
import { knowledgeAt, listedFromStore } from '../relations/listing.ts';
import type { EventFilter, EventRow, RelationQuery, Store } from '../store/types.ts';
import { fetchPage, type FetchOptions } from './fetch-page.ts';
import { HttpError, route, type Route } from './route.ts';
import {
  ActorAnswer,
  ActorParams,
  ActorQuery,
  type Article,
  CodeBody,
  DocRecord as DocRecordSchema,
  DocumentsBody,
  DocumentsPage,
  DocumentsQuery,
  type EventFilterQuery,
  EventsPage,
  EventsQuery,
  Health,
  IdParams,
  IngestAnswer,
  NetworkAnswer,
  NetworkQuery,
  QuotesPage,
  QuotesQuery,
  RelationsAnswer,
  RelationsQuery,
  RuleAnswer,
  RuleQuery,
  CameoAnswer,
  StatsAnswer,
  StatsQuery,
} from './schemas.ts';
import type { z } from 'zod';

export type ApiContext = {
  store: Store;
  lexicon: Lexicon;
  /** Recorded with each ingested document (see store/dict-version.ts). */
  dictVersion: string | null;
  fetch?: FetchOptions;
  version: string;
};

export function toFilter(query: EventFilterQuery): EventFilter {
  const filter: EventFilter = {};
  if (query.actor) filter.actor = query.actor.toUpperCase();
  if (query.source) filter.source = query.source.toUpperCase();
  if (query.target) filter.target = query.target.toUpperCase();
  if (query.cameo) filter.cameo = query.cameo;
  if (query.root) filter.roots = query.root.split(',');
  if (query.quad) filter.quads = query.quad.split(',').map(Number);
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  if (query.country) filter.country = query.country;
  if (query.place) filter.place = query.place;
  if (query.text) filter.text = query.text;
  if (query.negated) filter.negated = query.negated === 'true';
  if (query.mode) filter.mode = query.mode === 'asserted' ? null : query.mode;
  if (query.document) filter.document = query.document;
  return filter;
}

/** An article as the readers would have produced it from a JSON Lines line. */
export function articleSource(article: Article, uri: string): Source {
  const base: Source =
    article.text !== undefined ? textSource(uri, article.text) : { uri, mediaType: 'text/html', raw: article.html ?? '', hints: {}, warnings: [] };
  const hints = { ...base.hints };
  if (article.id !== undefined) hints.id = article.id;
  if (article.url !== undefined) hints.url = article.url;
  if (article.title !== undefined) hints.title = article.title;
  if (article.date !== undefined && hints.date === undefined) hints.date = article.date;
  return { ...base, uri: article.url ?? article.id ?? uri, hints };
}

/** "verb TARGET word|word &class ~" as written in the dictionary (TABARI elements in TABARI's signs). */
function patternText(pattern: VerbPattern): string {
  const elements = pattern.elements.map((element) => {
    switch (element.kind) {
      case 'word':
        return element.lemmas.join('|');
      case 'class':
        return `&${element.name}`;
      case 'object':
        return '~';
      case 'phrase':
        return element.options.length === 1 ? element.options[0].join(' ') : `{${element.options.map((option) => option.join(' ')).join('|')}}`;
      case 'skip':
        return '^';
      case 'compound':
        return '%';
      default:
        return element.kind.toUpperCase();
    }
  });
  return [pattern.verb.join(' '), ...elements].join(' ');
}

export function apiRoutes(context: ApiContext): Route[] {
  const { store, lexicon } = context;
  const rules = new Map<string, VerbPattern>();
  for (const index of [lexicon.verbs, lexicon.formVerbs]) {
    for (const patterns of index.values()) for (const pattern of patterns) rules.set(pattern.rule, pattern);
  }

  const codeArticle = (source: Source): DocRecord => code(source, { lexicon });

  return [
    route({
      method: 'GET',
      url: '/healthz',
      summary: 'Liveness: the server answers and the store is reachable',
      tag: 'meta',
      response: Health,
      async handler() {
        await store.migrations();
        return { ok: true, backend: store.backend, version: context.version };
      },
    }),

    route<undefined, undefined, CodeBody | string>({
      method: 'POST',
      url: '/v1/code',
      summary: 'Code one article and return its DocRecord; nothing is stored',
      tag: 'coding',
      body: CodeBody as z.ZodType<CodeBody | string>,
      bodyTypes: ['text/plain', 'text/html'],
      response: DocRecordSchema,
      errors: { 400: 'Malformed body', 413: 'Body (or fetched page) too large', 502: 'The URL could not be fetched' },
      async handler({ body, request }) {
        if (typeof body === 'string') {
          const html = (request.headers['content-type'] ?? '').includes('html');
          return codeArticle(html ? { uri: 'request', mediaType: 'text/html', raw: body, hints: {}, warnings: [] } : textSource('request', body));
        }
        if ('text' in body || 'html' in body) return codeArticle(articleSource(body as Article, 'request'));
        const page = await fetchPage(body.url as string, context.fetch);
        const source: Source =
          page.mediaType === 'text/html'
            ? { uri: page.url, mediaType: 'text/html', raw: page.body, hints: { url: page.url }, warnings: page.warnings }
            : { ...textSource(page.url, page.body, page.warnings), hints: { url: page.url } };
        if (body.date !== undefined) source.hints.date ??= body.date;
        return codeArticle(source);
      },
    }),

    route<undefined, undefined, z.infer<typeof DocumentsBody>>({
      method: 'POST',
      url: '/v1/documents',
      summary: 'Code and store one article, or many as {documents: [...]}',
      tag: 'documents',
      write: true,
      body: DocumentsBody,
      response: IngestAnswer,
      errors: { 400: 'Malformed body', 401: 'No or wrong bearer token', 403: 'Writes are off: the server has no token', 413: 'Body too large' },
      async handler({ body }) {
        const articles = 'documents' in body ? body.documents : [body];
        const results: z.infer<typeof IngestAnswer>['results'] = [];
        for (const [index, article] of articles.entries()) {
          try {
            const record = codeArticle(articleSource(article, `request#${index}`));
            results.push(await store.put(record, { dictVersion: context.dictVersion }));
          } catch (error) {
            results.push({ status: 'failed', index, message: (error as Error).message });
          }
        }
        return { results };
      },
    }),

    route<z.infer<typeof DocumentsQuery>>({
      method: 'GET',
      url: '/v1/documents',
      summary: 'Stored documents in the order they were added, with titles and counts',
      tag: 'documents',
      query: DocumentsQuery,
      response: DocumentsPage,
      async handler({ query }) {
        const documents: z.infer<typeof DocumentsPage>['documents'] = [];
        let skipped = 0;
        for await (const stored of store.documents()) {
          if (skipped++ < query.offset) continue;
          const record = await store.get(stored.id);
          if (record) {
            const { id, title, url, published } = record;
            documents.push({ id, title, url, published, events: record.events.length, quotes: record.quotes.length });
          }
          if (documents.length >= query.limit) break;
        }
        return { offset: query.offset, limit: query.limit, documents };
      },
    }),

    route<undefined, z.infer<typeof IdParams>>({
      method: 'GET',
      url: '/v1/documents/:id',
      summary: 'One stored document as its DocRecord',
      tag: 'documents',
      params: IdParams,
      response: DocRecordSchema,
      errors: { 404: 'No document with this id' },
      async handler({ params }) {
        const record = await store.get(params.id);
        if (!record) throw new HttpError(404, 'not-found', `no document "${params.id}"`);
        return record;
      },
    }),

    route<z.infer<typeof EventsQuery>>({
      method: 'GET',
      url: '/v1/events',
      summary: 'Coded events matching the filters of `dyad events`, one page at a time',
      tag: 'events',
      query: EventsQuery,
      response: EventsPage,
      async handler({ query }) {
        const filter = toFilter(query);
        const [total, events] = await Promise.all([
          store.countEvents(filter),
          store.events({ ...filter, sort: query.sort, limit: query.limit, offset: query.offset }),
        ]);
        return { total, offset: query.offset, limit: query.limit, events };
      },
    }),

    route<z.infer<typeof ActorQuery>, z.infer<typeof ActorParams>>({
      method: 'GET',
      url: '/v1/actors/:code',
      summary: "An actor's events, partners and quotes (the code is a prefix: USA covers USAGOV)",
      tag: 'events',
      params: ActorParams,
      query: ActorQuery,
      response: ActorAnswer,
      async handler({ params, query }) {
        const actor = params.code.toUpperCase();
        const [count, dyads, recent, quotes] = await Promise.all([
          store.countEvents({ actor }),
          store.stats('dyad', { actor }),
          store.events({ actor, sort: '-date', limit: query.limit }),
          store.quotes({ actor, limit: query.limit }),
        ]);
        return { code: actor, name: nameOf(actor, recent), events: count, partners: partnersOf(actor, dyads, recent), recent, quotes };
      },
    }),

    route<z.infer<typeof StatsQuery>>({
      method: 'GET',
      url: '/v1/stats',
      summary: 'Counts: rows per table, events matching the filters, and optionally events grouped (by day, week, month, dyad, quad, root) with mean Goldstein',
      tag: 'events',
      query: StatsQuery,
      response: StatsAnswer,
      async handler({ query }) {
        const { by, ...rest } = query;
        const filter = toFilter(rest);
        const [tables, events, rows] = await Promise.all([store.counts(), store.countEvents(filter), by ? store.stats(by, filter) : Promise.resolve([])]);
        return { events, tables, by: by ?? null, rows };
      },
    }),

    route<z.infer<typeof NetworkQuery>>({
      method: 'GET',
      url: '/v1/network',
      summary: 'Actors and the dyads between them (directed), with event counts, mean QuadClass and mean Goldstein',
      tag: 'events',
      query: NetworkQuery,
      response: NetworkAnswer,
      async handler({ query }) {
        const { limit, ...rest } = query;
        return network(store.eachEvent({ ...toFilter(rest), sort: 'id' }), limit);
      },
    }),

    route<z.infer<typeof RelationsQuery>>({
      method: 'GET',
      url: '/v1/relations',
      summary: 'Standing relations (memberships, partnerships, counts) from the store, with their evidence, and what the dated knowledge holds for the actors asked about',
      tag: 'events',
      query: RelationsQuery,
      response: RelationsAnswer,
      async handler({ query }) {
        const at = query.at ?? new Date().toISOString().slice(0, 10);
        const actor = query.actor?.toUpperCase();
        const among = query.actors === undefined ? undefined : withCountries(query.actors.toUpperCase().split(','));
        const ask: RelationQuery = { limit: query.limit };
        if (actor !== undefined) ask.actor = actor;
        if (among !== undefined) ask.among = [...among];
        if (query.predicate !== undefined) ask.predicate = query.predicate;
        if (query.from !== undefined) ask.from = query.from;
        if (query.at !== undefined) Object.assign(ask, { until: query.at, undated: true });
        const stored = (await store.relations(ask)).map(listedFromStore);
        const known =
          query.from === 'text' || (actor === undefined && among === undefined)
            ? []
            : knowledgeAt(lexicon.relations.knowledge, { actor, among }, at).filter((relation) => query.predicate === undefined || relation.predicate === query.predicate);
        return { at, relations: [...stored, ...known] };
      },
    }),

    route<z.infer<typeof QuotesQuery>>({
      method: 'GET',
      url: '/v1/quotes',
      summary: 'Quotations, by speaker, speaker actor, words or document',
      tag: 'events',
      query: QuotesQuery,
      response: QuotesPage,
      async handler({ query }) {
        return { offset: query.offset, limit: query.limit, quotes: await store.quotes(query) };
      },
    }),

    route<z.infer<typeof RuleQuery>>({
      method: 'GET',
      url: '/v1/rule',
      summary: 'The dictionary entry behind an event (its `rule`): pattern, code and example',
      tag: 'coding',
      query: RuleQuery,
      response: RuleAnswer,
      errors: { 404: 'No entry with this rule in the loaded dictionaries' },
      async handler({ query }) {
        const pattern = rules.get(query.id);
        if (!pattern) throw new HttpError(404, 'not-found', `no dictionary entry "${query.id}" in the loaded dictionaries`);
        return { rule: pattern.rule, id: pattern.id, code: pattern.code, name: lexicon.cameo.get(pattern.code)?.name ?? null, pattern: patternText(pattern), example: pattern.example };
      },
    }),

    route({
      method: 'GET',
      url: '/v1/cameo',
      summary: 'The CAMEO code table the server codes with: name, root, QuadClass, Goldstein',
      tag: 'coding',
      response: CameoAnswer,
      async handler() {
        return { codes: [...lexicon.cameo.values()].map(({ code, name, root, quad, goldstein }) => ({ code, name, root, quad, goldstein })) };
      },
    }),
  ];
}

/** The codes and the country each stands for (USAGOV for USA): knowledge and relations name countries. */
function withCountries(codes: string[]): Set<string> {
  const all = new Set(codes);
  for (const code of codes) if (code.length > 3 && !/^(IGO|NGO)/.test(code)) all.add(code.slice(0, 3));
  return all;
}

function nameOf(actor: string, events: EventRow[]): string | null {
  for (const event of events) {
    if (event.source === actor && event.sourceName) return event.sourceName;
    if (event.target === actor && event.targetName) return event.targetName;
  }
  return null;
}

function partnersOf(actor: string, dyads: Array<{ key: string; count: number; goldstein: number | null }>, events: EventRow[]): z.infer<typeof ActorAnswer>['partners'] {
  const partners = new Map<string, { code: string; name: string | null; out: number; in: number; weighted: number; counted: number }>();
  for (const dyad of dyads) {
    const [source, target = ''] = dyad.key.split(' ');
    const outward = source.startsWith(actor);
    const other = outward ? target : source;
    if (other === '') continue;
    const entry = partners.get(other) ?? { code: other, name: nameOf(other, events), out: 0, in: 0, weighted: 0, counted: 0 };
    if (outward) entry.out += dyad.count;
    else entry.in += dyad.count;
    if (dyad.goldstein !== null) {
      entry.weighted += dyad.goldstein * dyad.count;
      entry.counted += dyad.count;
    }
    partners.set(other, entry);
  }
  return [...partners.values()]
    .map(({ weighted, counted, ...partner }) => ({ ...partner, goldstein: counted ? weighted / counted : null }))
    .sort((a, b) => b.out + b.in - (a.out + a.in) || a.code.localeCompare(b.code));
}

/** Streams the matching events once and keeps the `limit` busiest dyads and the actors on them. */
async function network(events: AsyncIterable<EventRow>, limit: number): Promise<z.infer<typeof NetworkAnswer>> {
  const edges = new Map<string, { source: string; target: string; count: number; quads: number; goldsteins: number }>();
  const names = new Map<string, string | null>();
  let total = 0;
  for await (const event of events) {
    if (event.target === null || event.target === event.source) continue;
    total++;
    const key = `${event.source} ${event.target}`;
    const edge = edges.get(key) ?? { source: event.source, target: event.target, count: 0, quads: 0, goldsteins: 0 };
    edge.count++;
    edge.quads += event.quad;
    edge.goldsteins += event.goldstein;
    edges.set(key, edge);
    if (!names.get(event.source)) names.set(event.source, event.sourceName);
    if (!names.get(event.target)) names.set(event.target, event.targetName);
  }
  const kept = [...edges.values()].sort((a, b) => b.count - a.count || (a.source + a.target).localeCompare(b.source + b.target)).slice(0, limit);
  const counts = new Map<string, number>();
  for (const edge of kept) {
    counts.set(edge.source, (counts.get(edge.source) ?? 0) + edge.count);
    counts.set(edge.target, (counts.get(edge.target) ?? 0) + edge.count);
  }
  return {
    events: total,
    nodes: [...counts].map(([code, count]) => ({ code, name: names.get(code) ?? null, count })),
    edges: kept.map(({ quads, goldsteins, ...edge }) => ({ ...edge, quad: quads / edge.count, goldstein: goldsteins / edge.count })),
  };
}
