// Event filters from text options (CLI flags, HTTP query strings), checked, with errors that name the option.
import { EVENT_SORTS, type EventFilter, type EventSort, type Page } from './types.ts';

export type FilterOptions = Partial<
  Record<
    'actor' | 'source' | 'target' | 'cameo' | 'root' | 'quad' | 'from' | 'to' | 'country' | 'place' | 'text' | 'negated' | 'mode' | 'document' | 'sort' | 'limit' | 'offset',
    string
  >
>;

/** The options filterFromOptions reads, for parseArgs. */
export const FILTER_OPTIONS = {
  actor: { type: 'string' },
  source: { type: 'string' },
  target: { type: 'string' },
  cameo: { type: 'string' },
  root: { type: 'string' },
  quad: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  country: { type: 'string' },
  place: { type: 'string' },
  text: { type: 'string' },
  negated: { type: 'string' },
  mode: { type: 'string' },
  document: { type: 'string' },
  sort: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
} as const;

const ACTOR = /^[A-Z0-9]{1,30}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(name: string, value: string, pattern: RegExp, what: string): string[] {
  const items = value.split(',').map((item) => item.trim());
  for (const item of items) if (!pattern.test(item)) throw new Error(`--${name} "${item}" is not ${what}`);
  return items;
}

function count(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}

/** Throws an Error naming the option and the problem. */
export function filterFromOptions(options: FilterOptions): EventFilter & Page {
  const query: EventFilter & Page = {};
  for (const side of ['actor', 'source', 'target'] as const) {
    const value = options[side];
    if (value === undefined) continue;
    const code = value.toUpperCase();
    if (!ACTOR.test(code)) throw new Error(`--${side} "${value}" is not an actor code (letters and digits, e.g. USA or IGOWSTNAT)`);
    query[side] = code;
  }
  if (options.cameo !== undefined) {
    if (!/^\d{1,4}$/.test(options.cameo)) throw new Error(`--cameo "${options.cameo}" is not a CAMEO code (digits with the leading zero, e.g. 036)`);
    query.cameo = options.cameo;
  }
  if (options.root !== undefined) query.roots = list('root', options.root, /^(0[1-9]|1\d|20)$/, 'a CAMEO root (01 to 20)');
  if (options.quad !== undefined) query.quads = list('quad', options.quad, /^[1-4]$/, 'a quad class (1 to 4)').map(Number);
  for (const bound of ['from', 'to'] as const) {
    const value = options[bound];
    if (value === undefined) continue;
    if (!DATE.test(value)) throw new Error(`--${bound} must be YYYY-MM-DD, not "${value}"`);
    query[bound] = value;
  }
  if (options.country !== undefined) {
    if (!/^[A-Za-z]{3}$/.test(options.country)) throw new Error(`--country "${options.country}" is not a 3-letter ISO country code`);
    query.country = options.country.toUpperCase();
  }
  if (options.place !== undefined) query.place = options.place;
  if (options.text !== undefined) {
    if (!/[\p{L}\p{N}]/u.test(options.text)) throw new Error(`--text "${options.text}" has no words to search for`);
    query.text = options.text;
  }
  if (options.negated !== undefined) {
    const value = options.negated.toLowerCase();
    if (!['yes', 'no', 'true', 'false'].includes(value)) throw new Error(`--negated must be yes or no, not "${options.negated}"`);
    query.negated = value === 'yes' || value === 'true';
  }
  if (options.mode !== undefined) query.mode = options.mode === 'none' ? null : options.mode;
  if (options.document !== undefined) query.document = options.document;
  if (options.sort !== undefined) {
    if (!(EVENT_SORTS as readonly string[]).includes(options.sort)) throw new Error(`--sort must be one of ${EVENT_SORTS.join(', ')}, not "${options.sort}"`);
    query.sort = options.sort as EventSort;
  }
  if (options.limit !== undefined) query.limit = count('limit', options.limit);
  if (options.offset !== undefined) query.offset = count('offset', options.offset);
  return query;
}
