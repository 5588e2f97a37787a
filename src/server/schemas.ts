// The zod schemas that validate every request, and the shapes of the answers. The OpenAPI document is
// generated from these same objects (openapi.ts), so the documentation cannot drift from the checks.
import { z } from 'zod';
import { DocRecord, Relation } from '../record.ts';
import { EVENT_SORTS, STATS_BY, type EventRow, type QuoteRow, type StatRow } from '../store/types.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const code = z.string().regex(/^[A-Za-z0-9]{1,30}$/, 'must be letters and digits');

// Query strings carry text only: lists are comma-separated and split by the handler, so the JSON Schema of each
// parameter stays plain.
export const EventFilterQuery = z.strictObject({
  actor: code.optional().describe('Actor code prefix on either side ("USA" matches USAGOV)'),
  source: code.optional().describe('Source actor code prefix'),
  target: code.optional().describe('Target actor code prefix'),
  cameo: z.string().regex(/^\d{2,4}$/, 'must be 2 to 4 digits').optional().describe('CAMEO code prefix ("03", "036")'),
  root: z.string().regex(/^\d{2}(,\d{2})*$/, 'must be two-digit roots separated by commas').optional().describe('CAMEO roots, comma-separated ("14,18")'),
  quad: z.string().regex(/^[1-4](,[1-4])*$/, 'must be QuadClasses 1-4 separated by commas').optional().describe('QuadClasses, comma-separated ("3,4")'),
  from: isoDate.optional().describe('First date, inclusive'),
  to: isoDate.optional().describe('Last date, inclusive'),
  country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code').optional().describe('Country of the event place'),
  place: z.string().min(1).max(200).optional().describe('Event place name, case-insensitive'),
  text: z.string().min(1).max(500).optional().describe('Words that must all occur in the article'),
  negated: z.enum(['true', 'false']).optional().describe('Only negated (true) or only asserted (false) events'),
  mode: z.string().regex(/^[a-z]+$/).optional().describe('"asserted" for events with no mode, or a mode ("future", "hypothetical")'),
  document: z.string().min(1).max(300).optional().describe('Stored document id'),
});
export type EventFilterQuery = z.infer<typeof EventFilterQuery>;

export const EventsQuery = EventFilterQuery.extend({
  sort: z.enum(EVENT_SORTS).default('date').describe('Order; a leading "-" reverses it'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Rows per page'),
  offset: z.coerce.number().int().min(0).default(0).describe('Rows to skip'),
});

export const StatsQuery = EventFilterQuery.extend({
  by: z.enum(STATS_BY).optional().describe('Group events by period, dyad, QuadClass or root; without it, table counts'),
});

export const QuotesQuery = z.strictObject({
  speaker: z.string().min(1).max(200).optional().describe('Speaker name, case-insensitive substring'),
  actor: code.optional().describe('Speaker actor code prefix'),
  text: z.string().min(1).max(500).optional().describe('Words that must all occur in the quote'),
  document: z.string().min(1).max(300).optional().describe('Stored document id'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Rows per page'),
  offset: z.coerce.number().int().min(0).default(0).describe('Rows to skip'),
});

export const NetworkQuery = EventFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(2000).default(300).describe('Keep the dyads with the most events'),
});

export const RelationsQuery = z.strictObject({
  actors: z
    .string()
    .regex(/^[A-Za-z0-9]{1,30}(,[A-Za-z0-9]{1,30}){0,499}$/, 'must be up to 500 actor codes separated by commas')
    .optional()
    .describe('Actor codes (a graph\'s nodes, "USAGOV" standing for USA too): only relations between two of them'),
  actor: code.optional().describe('Actor code prefix as subject or object ("IGOWSTNAT"); for a body, its members and partners on the date'),
  at: isoDate.optional().describe('Date of the knowledge asked, and last date of the stored relations; without it, today and every stored relation'),
  predicate: z.string().regex(/^[a-z_]{1,40}$/, 'must be a predicate such as member_of').optional().describe('member_of, partner_of, ally_of, applicant_to, partner_count, …'),
  from: z.enum(['text', 'knowledge']).optional().describe('Only relations read from text, or only knowledge'),
  limit: z.coerce.number().int().min(1).max(5000).default(1000).describe('Stored relations to return at most'),
});

export const DocumentsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Documents per page'),
  offset: z.coerce.number().int().min(0).default(0).describe('Documents to skip'),
});

export const ActorQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Events and quotes to return'),
});

export const IdParams = z.strictObject({ id: z.string().min(1).max(300) });
export const ActorParams = z.strictObject({ code });
export const RuleQuery = z.strictObject({ id: z.string().min(1).max(300).describe('An event\'s `rule`, e.g. "verbs/04-consult.yaml:meet-with"') });

/** One article to code: plain or dated text, or HTML, with what is known about it. */
export const Article = z
  .strictObject({
    id: z.string().min(1).max(300).optional().describe('Your id for it; by default a hash of the clean text'),
    url: z.string().max(2000).optional(),
    title: z.string().max(2000).optional(),
    date: isoDate.optional().describe('Publication date when the text carries none'),
    text: z.string().optional().describe('Plain text, or dated text starting "date YYYY-MM-DD"'),
    html: z.string().optional().describe('An HTML page; its body is extracted'),
  })
  .refine((article) => article.text !== undefined || article.html !== undefined, { message: 'give "text" or "html"' });
export type Article = z.infer<typeof Article>;

export const CodeBody = z.union([
  Article,
  z.strictObject({
    url: z.url({ protocol: /^https?$/ }).max(2000).describe('A web page to fetch and code'),
    date: isoDate.optional(),
  }),
]);
export type CodeBody = z.infer<typeof CodeBody>;

export const MAX_DOCUMENTS_PER_REQUEST = 1000;

export const DocumentsBody = z.union([
  Article,
  z.strictObject({ documents: z.array(Article).min(1).max(MAX_DOCUMENTS_PER_REQUEST) }),
]);

// ---- answers

export const ErrorBody = z.object({ error: z.string(), message: z.string() });

export const EventRowSchema = z.object({
  id: z.number(),
  document: z.string(),
  sentence: z.number(),
  date: z.string().nullable(),
  source: z.string(),
  sourceName: z.string().nullable(),
  sourceText: z.string().nullable().describe('The words that named the source'),
  target: z.string().nullable(),
  targetName: z.string().nullable(),
  targetText: z.string().nullable().describe('The words that named the target'),
  cameo: z.string(),
  root: z.string(),
  quad: z.number(),
  goldstein: z.number(),
  ploverEvent: z.string().nullable(),
  ploverMode: z.string().nullable(),
  negated: z.boolean(),
  mode: z.string().nullable(),
  placeName: z.string().nullable(),
  placeCountry: z.string().nullable(),
  placeLat: z.number().nullable(),
  placeLon: z.number().nullable(),
  evidenceStart: z.number(),
  evidenceEnd: z.number(),
  evidence: z.string(),
  verb: z.string(),
  rule: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  outlet: z.string(),
});

export const EventsPage = z.object({
  total: z.number().describe('Events matching the filters'),
  offset: z.number(),
  limit: z.number(),
  events: z.array(EventRowSchema),
});

export const StatRowSchema = z.object({ key: z.string(), count: z.number(), goldstein: z.number().nullable() });

export const StatsAnswer = z.object({
  events: z.number().describe('Events matching the filters'),
  tables: z.record(z.string(), z.number()).describe('Rows in each table of the store'),
  by: z.enum(STATS_BY).nullable(),
  rows: z.array(StatRowSchema),
});

export const QuoteRowSchema = z.object({
  id: z.number(),
  document: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  speaker: z.string().nullable(),
  speakerActor: z.string().nullable(),
  cue: z.string().nullable(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
});

export const QuotesPage = z.object({ offset: z.number(), limit: z.number(), quotes: z.array(QuoteRowSchema) });

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  events: z.number(),
  quotes: z.number(),
});

export const DocumentsPage = z.object({ offset: z.number(), limit: z.number(), documents: z.array(DocumentSummary) });

export const Partner = z.object({
  code: z.string(),
  name: z.string().nullable(),
  /** Events this actor directed at the partner, and the partner at it. */
  out: z.number(),
  in: z.number(),
  goldstein: z.number().nullable(),
});

export const ActorAnswer = z.object({
  code: z.string(),
  name: z.string().nullable(),
  events: z.number().describe('All events with this actor (code prefix) on either side'),
  partners: z.array(Partner),
  recent: z.array(EventRowSchema),
  quotes: z.array(QuoteRowSchema),
});

export const NetworkAnswer = z.object({
  events: z.number().describe('Events with a target that matched the filters'),
  nodes: z.array(z.object({ code: z.string(), name: z.string().nullable(), count: z.number() })),
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      count: z.number(),
      quad: z.number().describe('Mean QuadClass of the events from source to target'),
      goldstein: z.number().describe('Mean Goldstein value'),
    }),
  ),
});

export const ListedRelation = Relation.extend({
  document: z.string().nullable().describe('The stored document it was read from (null for knowledge asked on the date)'),
  text: z.string().nullable().describe('The words of the evidence span'),
});

export const RelationsAnswer = z.object({
  at: isoDate.describe('The date the knowledge was asked for'),
  relations: z.array(ListedRelation).describe('Stored relations (date, document, order), then the knowledge on the date'),
});

export const IngestResult = z.union([
  z.object({ status: z.literal('added'), id: z.string(), sentences: z.number(), events: z.number() }),
  z.object({ status: z.literal('exists'), id: z.string() }),
  z.object({
    status: z.literal('duplicate'),
    id: z.string(),
    of: z.string().describe('The stored document this one is recorded as another source of'),
    kind: z.enum(['exact', 'near']).describe('Same normalised text, or a near-duplicate by MinHash'),
    similarity: z.number().describe('Estimated Jaccard similarity of the two texts (1 for exact)'),
  }),
  z.object({ status: z.literal('failed'), index: z.number(), message: z.string() }),
]);

export const IngestAnswer = z.object({ results: z.array(IngestResult) });

export const RuleAnswer = z.object({
  rule: z.string(),
  id: z.string(),
  code: z.string(),
  name: z.string().nullable().describe('The CAMEO name of the code'),
  pattern: z.string(),
  example: z.string(),
});

export const CameoAnswer = z.object({
  codes: z.array(z.object({ code: z.string(), name: z.string(), root: z.string(), quad: z.number(), goldstein: z.number() })),
});

// The answer schemas document the store's rows; these fail to compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const ROWS_MATCH_STORE: [Same<z.infer<typeof EventRowSchema>, EventRow>, Same<z.infer<typeof QuoteRowSchema>, QuoteRow>, Same<z.infer<typeof StatRowSchema>, StatRow>] = [true, true, true];

export const Health = z.object({ ok: z.boolean(), backend: z.string(), version: z.string() });

export { DocRecord };
