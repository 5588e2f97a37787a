// The browser's side of /v1: typed fetches that turn an error answer into an Error with the server's message.
import type { DocRecord } from '../../src/record.ts';
import type { EventRow, QuoteRow, StatRow } from '../../src/store/types.ts';

export type { DocRecord, EventRow, QuoteRow, StatRow };

export type EventsPage = { total: number; offset: number; limit: number; events: EventRow[] };
export type DocumentSummary = { id: string; title: string | null; url: string | null; published: string | null; events: number; quotes: number };
export type Partner = { code: string; name: string | null; out: number; in: number; goldstein: number | null };
export type ActorAnswer = { code: string; name: string | null; events: number; partners: Partner[]; recent: EventRow[]; quotes: QuoteRow[] };
export type StatsAnswer = { events: number; tables: Record<string, number>; by: string | null; rows: StatRow[] };
export type NetworkAnswer = {
  events: number;
  nodes: Array<{ code: string; name: string | null; count: number }>;
  edges: Array<{ source: string; target: string; count: number; quad: number; goldstein: number }>;
};
export type ListedRelation = {
  subject: string;
  predicate: string;
  object: string;
  count?: number;
  date: string | null;
  from: 'text' | 'knowledge';
  note?: string;
  conflict?: string;
  document: string | null;
  text: string | null;
};
export type RelationsAnswer = { at: string; relations: ListedRelation[] };
export type RuleAnswer = { rule: string; id: string; code: string; name: string | null; pattern: string; example: string };
export type CameoCode = { code: string; name: string; root: string; quad: number; goldstein: number };

export type Query = Record<string, string | number | undefined>;

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function answer<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const text = body && typeof body === 'object' && 'message' in body ? String(body.message) : response.statusText;
    throw new Error(`${response.status}: ${text}`);
  }
  return body as T;
}

export async function get<T>(path: string, query: Query = {}): Promise<T> {
  return answer<T>(await fetch(`${path}${queryString(query)}`, { headers: { accept: 'application/json' } }));
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}

let cameo: Promise<Map<string, CameoCode>> | null = null;

/** The CAMEO table, fetched once: names for codes. */
export function cameoTable(): Promise<Map<string, CameoCode>> {
  cameo ??= get<{ codes: CameoCode[] }>('/v1/cameo').then(({ codes }) => new Map(codes.map((entry) => [entry.code, entry])));
  return cameo;
}
